package dev.pamphlet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pamphlet.source.Suggestions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksUnitTest {

    @Test
    void suggestionsFindSwappedAndMissingLetters() {
        List<String> keys = List.of("title", "summary", "reviewed", "review_due", "sources");
        assertThat(Suggestions.closest("reveiwed", keys)).isEqualTo("reviewed");
        assertThat(Suggestions.closest("sumary", keys)).isEqualTo("summary");
        assertThat(Suggestions.closest("reviewdue", keys)).isEqualTo("review_due");
        assertThat(Suggestions.closest("colour", keys)).isNull();
    }

    @Test
    void readabilityScoresEasyAndHardText() {
        Readability.Score easy =
                Readability.score("The cat sat on the mat. It was a warm day. The dog ran to the park.");
        assertThat(easy.sentences()).isEqualTo(3);
        assertThat(easy.words()).isEqualTo(17);
        assertThat(easy.readingEase()).isGreaterThan(90);
        Readability.Score hard = Readability.score(
                "Pharmacological interventions necessitate comprehensive multidisciplinary evaluation.");
        assertThat(hard.readingAge()).isGreaterThan(18);
    }

    @Test
    void syllablesAreEstimatedSensibly() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("dopamine")).isEqualTo(3);
        assertThat(Readability.syllables("syndrome")).isEqualTo(2);
        assertThat(Readability.score("Dopamine is a chemical.").syllables()).isEqualTo(8);
        // Case and letters outside a-z do not change the count, including letters that lower-case into a-z.
        assertThat(Readability.syllables("DOPAMINE")).isEqualTo(3);
        assertThat(Readability.syllables("Syndrome's")).isEqualTo(2);
        assertThat(Readability.syllables("café")).isEqualTo(Readability.syllables("caf"));
        assertThat(Readability.syllables("\u212Aidney")).isEqualTo(Readability.syllables("kidney")); // Kelvin sign
    }

    @Test
    void aSentenceScoredInPlaceCountsWhatItsWordsCount() {
        String[] pieces = {
            "a",
            "Dopamine",
            "syndrome's",
            "well-being",
            "don't",
            "’",
            "'",
            "-",
            " ",
            "  ",
            ".",
            ",",
            "12",
            "café",
            "\u212Aidney",
            "ÉCOLE",
            "naïve",
            "𝐀𝐁",
            "😀",
            "٣",
            "Ⅻ",
            "x",
            "\t",
            "--",
            "e",
            "es"
        };
        java.util.Random random = new java.util.Random(2026_11_27);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sentence = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                sentence.append(pieces[random.nextInt(pieces.length)]);
            }
            java.util.List<String> words = Readability.words(sentence.toString());
            int syllables = words.stream().mapToInt(Readability::syllables).sum();
            Readability.Score expected = words.isEmpty()
                    ? new Readability.Score(0, 0, 0)
                    : new Readability.Score(1, words.size(), syllables);
            assertThat(Readability.sentenceScore(sentence.toString()))
                    .as(sentence.toString())
                    .isEqualTo(expected);
        }
    }

    @Test
    void scoresInMessagesRoundAsFormattedNumbersDo() {
        java.util.Random random = new java.util.Random(27);
        for (int i = 0; i < 5000; i++) {
            double value = i < 80 ? i * 0.05 - 2 : random.nextDouble() * 300 - 100;
            for (int places = 0; places <= 1; places++) {
                assertThat(ReadabilityChecker.decimals(value, places))
                        .as("%s", value)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%." + places + "f", value));
            }
        }
    }

    @Test
    void fleschFormulaMatchesItsDefinition() {
        Readability.Score s = new Readability.Score(2, 20, 30);
        assertThat(s.readingEase()).isCloseTo(206.835 - 1.015 * 10 - 84.6 * 1.5, within(0.001));
        assertThat(s.grade()).isCloseTo(0.39 * 10 + 11.8 * 1.5 - 15.59, within(0.001));
    }

    @Test
    void relativeLinksResolveAgainstTheLinkingFile() {
        assertThat(LinkChecker.resolve("a/b.md", "../c.md")).isEqualTo("c.md");
        assertThat(LinkChecker.resolve("a/b.md", "d/e.md")).isEqualTo("a/d/e.md");
        assertThat(LinkChecker.resolve("b.md", "../c.md")).isNull();
        assertThat(LinkChecker.resolve("a/b.md", "./")).isEqualTo("a/");
        assertThat(LinkChecker.relativePath("a/b.md", "c/d.md")).isEqualTo("../c/d.md");
        assertThat(LinkChecker.relativePath("b.md", "c.md")).isEqualTo("c.md");
    }
}

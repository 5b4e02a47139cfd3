package dev.pamphlet.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readability scores of English text: Flesch reading ease and the Flesch-Kincaid grade, reported as a UK reading
 * age (grade + 5). Syllables are estimated from vowel groups, as every readability tool does.
 */
public final class Readability {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+(?=[\"'(\\[]?[A-Z0-9])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    /** Totals for a passage of text. */
    public record Score(int sentences, int words, int syllables) {
        public double readingEase() {
            return words == 0 ? 100 : 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
        }

        public double grade() {
            return words == 0 ? 0 : 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
        }

        public double readingAge() {
            return grade() + 5;
        }

        Score plus(Score o) {
            return new Score(sentences + o.sentences, words + o.words, syllables + o.syllables);
        }
    }

    private Readability() {
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    public static Score score(String text) {
        Score total = new Score(0, 0, 0);
        for (String sentence : sentences(text)) {
            List<String> words = words(sentence);
            if (words.isEmpty()) {
                continue;
            }
            int syllables = words.stream().mapToInt(Readability::syllables).sum();
            total = total.plus(new Score(1, words.size(), syllables));
        }
        return total;
    }

    public static Score combine(Score a, Score b) {
        return a.plus(b);
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = VOWELS.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}

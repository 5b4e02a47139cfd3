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
            total = total.plus(score(words(sentence)));
        }
        return total;
    }

    /** The score of one sentence, given its words; a sentence without words counts for nothing. */
    public static Score score(List<String> sentenceWords) {
        if (sentenceWords.isEmpty()) {
            return new Score(0, 0, 0);
        }
        int syllables = 0;
        for (String word : sentenceWords) {
            syllables += syllables(word);
        }
        return new Score(1, sentenceWords.size(), syllables);
    }

    public static Score combine(Score a, Score b) {
        return a.plus(b);
    }

    /**
     * Vowel groups in the word's letters, after dropping a silent ending ("-es", "-ed", "-e") and a leading "y".
     * Hand-written rather than with regular expressions: it runs for every word of every page.
     */
    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        char[] w = new char[lower.length()];
        int n = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                w[n++] = c;
            }
        }
        if (n <= 3) {
            return 1;
        }
        if (w[n - 2] == 'e' && w[n - 1] == 's' && !isSoft(w[n - 3])) {
            n -= 3;
        } else if (w[n - 2] == 'e' && w[n - 1] == 'd') {
            n -= 2;
        } else if (w[n - 1] == 'e' && !isSoft(w[n - 2])) {
            n -= 2;
        }
        int start = n > 0 && w[0] == 'y' ? 1 : 0;
        int count = 0;
        boolean inGroup = false;
        for (int i = start; i < n; i++) {
            boolean vowel = isVowel(w[i]);
            if (vowel && !inGroup) {
                count++;
            }
            inGroup = vowel;
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** The letters before which a final "e" or "es" is still sounded ("table", "houses"). */
    private static boolean isSoft(char c) {
        return c == 'l' || isVowel(c);
    }
}

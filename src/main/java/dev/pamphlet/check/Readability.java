package dev.pamphlet.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Readability scores of English text: Flesch reading ease and the Flesch-Kincaid grade, reported as a UK reading
 * age (grade + 5). Syllables are estimated from vowel groups, as every readability tool does.
 */
public final class Readability {

    /** Totals for a passage of text. */
    public record Score(int sentences, int words, int syllables) {
        public double readingEase() {
            return words == 0
                    ? 100
                    : 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
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

    private Readability() {}

    /**
     * Splits text after '.', '!' or '?' (and any closing quotes or brackets) where whitespace is followed by a
     * capital letter or digit, optionally after an opening quote or bracket: "It hurts. See a GP." is two
     * sentences, "e.g. this" is one. Hand-written rather than a regular expression: it runs on every paragraph.
     */
    public static List<String> sentences(String text) {
        String t = text.strip();
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 1;
        while (i < t.length()) {
            char end = t.charAt(i - 1);
            if (end != '.' && end != '!' && end != '?') {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && isCloser(t.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < t.length() && isSpace(t.charAt(k))) {
                k++;
            }
            if (k > j && startsSentence(t, k)) {
                addSentence(out, t.substring(start, i));
                start = k;
                i = k + 1;
            } else {
                i++;
            }
        }
        addSentence(out, t.substring(start));
        return out;
    }

    private static void addSentence(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean startsSentence(String t, int k) {
        if (k >= t.length()) {
            return false;
        }
        char c = t.charAt(k);
        if ((c == '"' || c == '\'' || c == '(' || c == '[')
                && k + 1 < t.length()
                && isCapitalOrDigit(t.charAt(k + 1))) {
            return true;
        }
        return isCapitalOrDigit(c);
    }

    private static boolean isCapitalOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Words: a letter or digit, then letters, digits, apostrophes and hyphens ("don't", "well-being"). */
    public static List<String> words(String sentence) {
        return words(sentence, Integer.MAX_VALUE);
    }

    /** The first {@code most} words of a sentence, read no further than they go. */
    public static List<String> words(String sentence, int most) {
        List<String> out = new ArrayList<>();
        for (int start = wordStart(sentence, 0); start < sentence.length() && out.size() < most; ) {
            int end = wordEnd(sentence, start);
            out.add(sentence.substring(start, end));
            start = wordStart(sentence, end);
        }
        return out;
    }

    /** Where the next word starts at or after {@code i}; the text's length when none does. */
    private static int wordStart(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) { // most of every page: decided without decoding a code point
                if (isLetterOrNumber(c)) {
                    return i;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Where the word starting at {@code start} ends. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) {
                if (!isLetterOrNumber(c) && c != '\'' && c != '-') {
                    break;
                }
                i++;
                continue;
            }
            int next = text.codePointAt(i);
            if (!isLetterOrNumber(next) && next != '\'' && next != '’' && next != '-') {
                break;
            }
            i += Character.charCount(next);
        }
        return i;
    }

    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    public static Score score(String text) {
        Score total = new Score(0, 0, 0);
        for (String sentence : sentences(text)) {
            total = total.plus(sentenceScore(sentence));
        }
        return total;
    }

    /**
     * The score of one sentence, counted where its words stand rather than on copies of them: this runs for
     * every word of every page. A sentence without words counts for nothing.
     */
    public static Score sentenceScore(String sentence) {
        int words = 0;
        int syllables = 0;
        for (int start = wordStart(sentence, 0); start < sentence.length(); ) {
            int end = wordEnd(sentence, start);
            words++;
            syllables += syllables(sentence, start, end);
            start = wordStart(sentence, end);
        }
        return words == 0 ? new Score(0, 0, 0) : new Score(1, words, syllables);
    }

    public static Score combine(Score a, Score b) {
        return a.plus(b);
    }

    /**
     * Vowel groups in the word's letters, after dropping a silent ending ("-es", "-ed", "-e") and a leading "y".
     * Hand-written rather than with regular expressions, and without lower-casing ASCII words into new
     * strings: it runs for every word of every page.
     */
    static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    /** The syllables of the word at {@code from} to {@code to} of {@code text}. */
    private static int syllables(String text, int from, int to) {
        char[] w = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                // lower case can turn some into a-z
                return syllablesOfLetters(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z') {
                w[n++] = c;
            }
        }
        return syllables(w, n);
    }

    private static int syllablesOfLetters(String lower) {
        char[] w = new char[lower.length()];
        int n = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                w[n++] = c;
            }
        }
        return syllables(w, n);
    }

    /** Syllables of the first {@code n} letters of {@code w}, all a-z. */
    private static int syllables(char[] w, int n) {
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

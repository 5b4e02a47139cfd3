package dev.pamphlet.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct words of a text, as search finds them: runs of letters, marks, digits and apostrophes, folded
 * ({@link SearchFolding}), written one after another with a space between. Found without a regular expression:
 * this runs over every word of every page.
 */
final class SearchWords {
    private final Set<String> distinct = new HashSet<>();
    private final StringBuilder words = new StringBuilder();
    private final int shortest;
    private final boolean afterApostrophes;
    private final int budget;

    /**
     * @param shortest         the fewest characters a word needs to be kept
     * @param afterApostrophes whether the part after an apostrophe is a word too: the search page finds a word
     *                         at the start of any word of a title or summary, "hopital" in "L'hôpital"
     * @param budget           the most characters of words to keep
     */
    SearchWords(int shortest, boolean afterApostrophes, int budget) {
        this.shortest = shortest;
        this.afterApostrophes = afterApostrophes;
        this.budget = budget;
    }

    /** The words of a title or summary: every one, down to single letters, as the search page matched them. */
    static String ofHeading(String text) {
        SearchWords words = new SearchWords(1, true, Integer.MAX_VALUE);
        words.add(text == null ? "" : text);
        return words.toString();
    }

    /**
     * Adds the new words of one block, word by word, so that a page stops costing time once its budget is
     * spent, however long it is.
     *
     * @return false once the budget is spent
     */
    boolean add(String block) {
        int n = block.length();
        int i = 0;
        while (i < n) {
            int cp = block.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean lower = true; // only a-z, 0-9 and ': the word is its own folded form
            boolean ascii = true;
            do {
                lower &= (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '\'';
                ascii &= cp < 128;
                i += Character.charCount(cp);
            } while (i < n && isWordChar(cp = block.codePointAt(i)));
            String word = block.substring(start, i);
            word = lower ? word : ascii ? word.toLowerCase(Locale.ROOT) : SearchFolding.fold(word);
            if (!keep(word)) {
                return false;
            }
            if (afterApostrophes) {
                for (int at = word.indexOf('\''); at >= 0; at = word.indexOf('\'', at + 1)) {
                    if (!keep(word.substring(at + 1))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** @return false once the budget is spent */
    private boolean keep(String word) {
        if (word.length() < shortest || !distinct.add(word)) {
            return true;
        }
        if (words.length() + word.length() + 1 > budget) {
            return false;
        }
        if (!words.isEmpty()) {
            words.append(' ');
        }
        words.append(word);
        return true;
    }

    /** The words kept, in the order they came, a space between each. */
    @Override
    public String toString() {
        return words.toString();
    }

    /** What {@code [\\p{L}\\p{M}\\p{N}'’]} matches: letters, marks, numbers of any kind, both apostrophes. */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '\'';
        }
        if (cp == '’' || Character.isLetter(cp) || SearchFolding.isMark(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}

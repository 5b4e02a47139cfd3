package dev.pamphlet.render;

/**
 * The distinct words of a text, as search finds them: runs of letters, marks, digits and apostrophes, folded
 * ({@link SearchFolding}), written one after another with a space between. Found without a regular expression:
 * this runs over every word of every page.
 */
final class SearchWords {
    /**
     * The words kept so far, by a hash of their letters (open addressing), so that a word met again is found
     * without being cut out of its text and folded: most words of a page are ones it had already.
     */
    private String[] table = new String[256];

    private int[] hashes = new int[256];
    private int size;
    private final StringBuilder words = new StringBuilder();
    private char[] buffer = new char[256];
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
    boolean add(String text) {
        int n = text.length();
        if (buffer.length < n) {
            buffer = new char[Math.max(n, 2 * buffer.length)];
        }
        char[] block = buffer; // the loop below reads every character: quicker from an array, kept for the next
        text.getChars(0, n, block, 0);
        int i = 0;
        while (i < n) {
            char c = block[i];
            if (c < 128 ? LOWER[c] == 0 : !isWordChar(Character.codePointAt(block, i))) {
                i += c < 128 ? 1 : Character.charCount(Character.codePointAt(block, i));
                continue;
            }
            int start = i;
            boolean ascii = true;
            int hash = 0; // of the word in lower case, as it goes: the folded form of an ASCII word
            while (i < n) {
                c = block[i];
                if (c < 128) {
                    char lower = LOWER[c];
                    if (lower == 0) {
                        break;
                    }
                    hash = 31 * hash + lower;
                    i++;
                } else {
                    int cp = Character.codePointAt(block, i);
                    if (!isWordChar(cp)) {
                        break;
                    }
                    ascii = false;
                    i += Character.charCount(cp);
                }
            }
            boolean going = ascii
                    ? keepAscii(block, start, i, hash)
                    : keep(SearchFolding.fold(new String(block, start, i - start)));
            if (!going) {
                return false;
            }
        }
        return true;
    }

    /** Keeps {@code block[start, end)}, ASCII letters, digits and apostrophes, in lower case. */
    private boolean keepAscii(char[] block, int start, int end, int hash) {
        int length = end - start;
        if (length < shortest) {
            return true;
        }
        int mask = table.length - 1;
        for (int at = hash & mask; table[at] != null; at = (at + 1) & mask) {
            if (hashes[at] == hash && sameLowerCase(block, start, table[at], length)) {
                return true;
            }
        }
        char[] lower = new char[length];
        for (int i = 0; i < length; i++) {
            lower[i] = LOWER[block[start + i]];
        }
        return keepNew(new String(lower), hash);
    }

    /** Keeps a folded word. */
    private boolean keep(String word) {
        if (word.length() < shortest) {
            return true;
        }
        int hash = word.hashCode();
        int mask = table.length - 1;
        for (int at = hash & mask; table[at] != null; at = (at + 1) & mask) {
            if (hashes[at] == hash && table[at].equals(word)) {
                return true;
            }
        }
        return keepNew(word, hash);
    }

    /** @return false once the budget is spent */
    private boolean keepNew(String word, int hash) {
        if (words.length() + word.length() + 1 > budget) {
            return false;
        }
        if (!words.isEmpty()) {
            words.append(' ');
        }
        words.append(word);
        insert(word, hash);
        if (afterApostrophes) {
            for (int at = word.indexOf('\''); at >= 0; at = word.indexOf('\'', at + 1)) {
                if (!keep(word.substring(at + 1))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void insert(String word, int hash) {
        if (++size * 2 > table.length) {
            String[] oldTable = table;
            int[] oldHashes = hashes;
            table = new String[oldTable.length * 2];
            hashes = new int[table.length];
            for (int i = 0; i < oldTable.length; i++) {
                if (oldTable[i] != null) {
                    place(oldTable[i], oldHashes[i]);
                }
            }
        }
        place(word, hash);
    }

    private void place(String word, int hash) {
        int mask = table.length - 1;
        int at = hash & mask;
        while (table[at] != null) {
            at = (at + 1) & mask;
        }
        table[at] = word;
        hashes[at] = hash;
    }

    /** The words kept, in the order they came, a space between each. */
    @Override
    public String toString() {
        return words.toString();
    }

    /** Whether {@code block[start, start + length)} in lower case is {@code word}, which is in lower case. */
    private static boolean sameLowerCase(char[] block, int start, String word, int length) {
        if (word.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (LOWER[block[start + i]] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Each ASCII character of a word in lower case (letters, digits, apostrophe); 0 for the others. */
    private static final char[] LOWER = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LOWER[c] = c;
            LOWER[c - 'a' + 'A'] = c;
        }
        for (char c = '0'; c <= '9'; c++) {
            LOWER[c] = c;
        }
        LOWER['\''] = '\'';
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

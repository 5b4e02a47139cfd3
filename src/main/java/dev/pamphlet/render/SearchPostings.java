package dev.pamphlet.render;

import java.util.Arrays;

/**
 * Which pages each word is on, and where: anywhere on the page, in its summary, in its title (the search page
 * ranks a title match above a summary match above one in the text). Pages are numbered in reading order and
 * added in that order, so each word's list of pages comes out sorted.
 */
final class SearchPostings {
    /** Where a word is found, as indexes into {@link Word#pages}. */
    static final int ANYWHERE = 0;

    static final int SUMMARY = 1;
    static final int TITLE = 2;

    /** The words, by a hash of their letters (open addressing): found without cutting each word out of its line. */
    private Word[] table = new Word[1 << 12];

    private int size;
    /** An entry's words, copied out of it to be read letter by letter. */
    private char[] buffer = new char[4096];

    /** One word's pages in each place; a place it is never in has no list. */
    static final class Word {
        final String text;
        final char[] letters;
        final int hash;
        final int[][] pages = new int[3][];
        final int[] counts = new int[3];

        Word(String text, int hash) {
            this.text = text;
            this.letters = text.toCharArray();
            this.hash = hash;
        }

        void add(int place, int page) {
            int count = counts[place];
            int[] list = pages[place];
            if (list == null) {
                list = pages[place] = new int[4];
            } else if (list[count - 1] == page) {
                return; // the same word twice on a page: once in its title and once in its text, say
            } else if (count == list.length) {
                list = pages[place] = Arrays.copyOf(list, count + (count >> 1));
            }
            list[count] = page;
            counts[place] = count + 1;
        }
    }

    /**
     * Adds a page's entry ({@link SearchEntry#encode}) as page number {@code page}, which must be higher than every
     * page added before. Read in one pass over its letters, each word found by a hash made as it goes: a site's
     * entries are megabytes, and this is most of the time that writing the index takes.
     */
    void add(int page, String entry) {
        int from = entry.indexOf('\n') + 1; // after the result line
        int n = entry.length() - from;
        if (buffer.length < n) {
            buffer = new char[Math.max(n, 2 * buffer.length)];
        }
        char[] chars = buffer;
        entry.getChars(from, entry.length(), chars, 0);
        int place = TITLE;
        int start = 0;
        int hash = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : '\n';
            if (c != ' ' && c != '\n') {
                hash = 31 * hash + c;
                continue;
            }
            if (i > start) {
                Word word = word(chars, start, i, hash);
                word.add(ANYWHERE, page);
                if (place != ANYWHERE) {
                    word.add(place, page);
                }
            }
            if (c == '\n') {
                place = place == TITLE ? SUMMARY : ANYWHERE;
            }
            start = i + 1;
            hash = 0;
        }
    }

    /** The word {@code chars[start, end)}, whose letters hash to {@code hash}, added if new. */
    private Word word(char[] chars, int start, int end, int hash) {
        int length = end - start;
        int mask = table.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            Word w = table[i];
            if (w == null) {
                w = new Word(new String(chars, start, length), hash);
                table[i] = w;
                if (++size * 2 > table.length) {
                    grow();
                }
                return w;
            }
            if (w.hash == hash && same(chars, start, w.letters, length)) {
                return w;
            }
        }
    }

    private static boolean same(char[] chars, int start, char[] letters, int length) {
        if (letters.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != letters[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        Word[] old = table;
        table = new Word[old.length * 2];
        int mask = table.length - 1;
        for (Word w : old) {
            if (w != null) {
                int i = w.hash & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = w;
            }
        }
    }

    /** Every word, in the order of {@link String#compareTo}: the words of any prefix are side by side. */
    Word[] sorted() {
        Word[] all = new Word[size];
        int n = 0;
        for (Word w : table) {
            if (w != null) {
                all[n++] = w;
            }
        }
        Arrays.sort(all, (a, b) -> a.text.compareTo(b.text));
        return all;
    }
}

package dev.pamphlet.render;

import java.util.Arrays;

/**
 * Which pages each word is on, and where: anywhere on the page, in its summary, in its title (the search page
 * ranks a title match above a summary match above one in the text). Pages are numbered in reading order; each
 * word's list of pages is kept sorted.
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

        /** Adds a page; pages come in increasing order, except those a rebuild rendered again. */
        void add(int place, int page) {
            int count = counts[place];
            int[] list = pages[place];
            if (list == null) {
                list = pages[place] = new int[4];
            } else if (list[count - 1] == page) {
                return; // the same word twice on a page: once in its title and once in its text, say
            }
            int at = count;
            if (count > 0 && list[count - 1] > page) {
                at = Arrays.binarySearch(list, 0, count, page);
                if (at >= 0) {
                    return;
                }
                at = -at - 1;
            }
            if (count == list.length) {
                list = pages[place] = Arrays.copyOf(list, count + (count >> 1));
            }
            System.arraycopy(list, at, list, at + 1, count - at);
            list[at] = page;
            counts[place] = count + 1;
        }
    }

    /**
     * Adds a page's entry ({@link SearchEntry#encode}) as page number {@code page}, once; most quickly in increasing
     * order of pages. Read in one pass over its letters, each word found by a hash made as it goes: a site's
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

    /** Adds the postings of other pages, read apart: each word's two lists of pages, sorted, become one. */
    void merge(SearchPostings other) {
        for (Word w : other.table) {
            if (w == null) {
                continue;
            }
            Word mine = word(w.letters, 0, w.letters.length, w.hash);
            for (int place = 0; place < 3; place++) {
                if (w.pages[place] == null) {
                    continue;
                }
                if (mine.pages[place] == null) {
                    mine.pages[place] = w.pages[place];
                    mine.counts[place] = w.counts[place];
                    continue;
                }
                int[] a = mine.pages[place];
                int[] b = w.pages[place];
                int na = mine.counts[place];
                int nb = w.counts[place];
                int[] out = new int[na + nb];
                int i = 0;
                int j = 0;
                int n = 0;
                while (i < na || j < nb) {
                    int next = j == nb || (i < na && a[i] <= b[j]) ? a[i++] : b[j++];
                    if (n == 0 || out[n - 1] != next) {
                        out[n++] = next;
                    }
                }
                mine.pages[place] = out;
                mine.counts[place] = n;
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

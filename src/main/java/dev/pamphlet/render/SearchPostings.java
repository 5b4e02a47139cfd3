package dev.pamphlet.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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

    private final Map<String, Word> words = new HashMap<>();

    /** One word's pages in each place; a place it is never in has no list. */
    static final class Word {
        final String text;
        final int[][] pages = new int[3][];
        final int[] counts = new int[3];

        Word(String text) {
            this.text = text;
        }

        void add(int place, int page) {
            int count = counts[place];
            int[] list = pages[place];
            if (list == null) {
                list = pages[place] = new int[4];
            } else if (list[count - 1] == page) {
                return; // the same word twice on a page: once in its title and once in its text, say
            } else if (count == list.length) {
                list = pages[place] = Arrays.copyOf(list, count * 2);
            }
            list[count] = page;
            counts[place] = count + 1;
        }
    }

    /** Adds a page's entry as page number {@code page}, which must be higher than every page added before. */
    void add(int page, SearchEntry entry) {
        add(page, entry.titleWords(), TITLE);
        add(page, entry.summaryWords(), SUMMARY);
        add(page, entry.textWords(), ANYWHERE);
    }

    private void add(int page, String spaced, int place) {
        int n = spaced.length();
        int start = 0;
        while (start < n) {
            int end = spaced.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            if (end > start) {
                Word word = words.computeIfAbsent(spaced.substring(start, end), Word::new);
                word.add(ANYWHERE, page);
                if (place != ANYWHERE) {
                    word.add(place, page);
                }
            }
            start = end + 1;
        }
    }

    /** Every word, in the order of {@link String#compareTo}: the words of any prefix are side by side. */
    Word[] sorted() {
        Word[] all = words.values().toArray(new Word[0]);
        Arrays.sort(all, (a, b) -> a.text.compareTo(b.text));
        return all;
    }
}

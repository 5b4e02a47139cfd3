package dev.pamphlet.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Cuts a site's words into chunks, so that the search page loads one small chunk per word typed rather than the
 * whole index. All words make one chunk while they fit in {@link #LIMIT} characters; a chunk that does not fit is
 * cut by the next letter of its words (the words starting "a", "b"...), and again ("ca", "co"...) until each fits.
 * A word typed goes down the cuts letter by letter to the chunk holding every word it starts: "dopa" and
 * "dopamine" to the chunk of "do" (or of "dop", if "do" was cut). A word as short as a cut ("d", or "do" where
 * "do" was cut) would need every chunk below it, so each cut also has a chunk of its own: the pages of all its
 * words together, as if they were one word.
 *
 * <p>Chunks are named after their letters ({@link #fileName}), so a chunk's file is rewritten only when one of
 * its words gained or lost a page.
 */
final class SearchChunks {
    /** Characters of a chunk before it is cut: a few dozen kilobytes, whatever the size of the site. */
    static final int LIMIT = 24_000;
    /** No cut beyond this many letters: only words sharing such a long start would ever get there. */
    static final int LONGEST_KEY = 16;

    /** A chunk of words, named t-letters; a cut's chunk of all its words' pages, u-letters. */
    static final String WORDS = "t-";

    static final String CUT = "u-";

    private final SearchPostings.Word[] words;
    private final String[][] codes;
    private final long[] sizeBefore;
    /** Each node by its letters: 0 for a chunk of words, 1 for a cut. */
    private final Map<String, Integer> nodes = new LinkedHashMap<>();
    /** Each chunk's data, JSON, by its name. */
    private final Map<String, String> chunks = new LinkedHashMap<>();

    /** What the index holds: its nodes and its chunks (see {@link #nodes} and {@link #chunks}). */
    record Chunks(Map<String, Integer> nodes, Map<String, String> chunks) {}

    private SearchChunks(SearchPostings.Word[] words) {
        this.words = words;
        this.codes = new String[words.length][];
        this.sizeBefore = new long[words.length + 1];
        IntStream.range(0, words.length).parallel().forEach(i -> {
            SearchPostings.Word w = words[i];
            String[] code = new String[3];
            for (int place = 0; place < 3; place++) {
                code[place] = w.pages[place] == null ? "" : PostingCode.encode(w.pages[place], w.counts[place]);
            }
            codes[i] = code;
        });
        for (int i = 0; i < words.length; i++) {
            long size = words[i].text.length() + 8L;
            for (String code : codes[i]) {
                size += code.length() + 3;
            }
            sizeBefore[i + 1] = sizeBefore[i] + size;
        }
    }

    /** @param sorted every word of a site, in the order of {@link SearchPostings#sorted} */
    static Chunks of(SearchPostings.Word[] sorted) {
        SearchChunks cut = new SearchChunks(sorted);
        cut.node("", 0, sorted.length);
        return new Chunks(cut.nodes, cut.chunks);
    }

    /** The node for the words {@code [from, to)}, which all start with {@code key}. */
    private void node(String key, int from, int to) {
        boolean fits = sizeBefore[to] - sizeBefore[from] <= LIMIT;
        if (fits || to - from == 1 || key.codePointCount(0, key.length()) >= LONGEST_KEY) {
            nodes.put(key, 0);
            chunks.put(WORDS + fileName(key), words(from, to));
            return;
        }
        nodes.put(key, 1);
        int i = from;
        if (words[i].text.equals(key)) {
            i++; // the word that is the cut's letters: a query finds it in the cut's own chunk
        }
        while (i < to) {
            String text = words[i].text;
            String child = text.substring(0, text.offsetByCodePoints(key.length(), 1));
            int j = i + 1;
            while (j < to && words[j].text.startsWith(child)) {
                j++;
            }
            node(child, i, j);
            i = j;
        }
        if (!key.isEmpty()) {
            chunks.put(CUT + fileName(key), together(key, from, to));
        }
    }

    /** {"word": [anywhere, summary, title], ...}, empty places at the end left out. */
    private String words(int from, int to) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            data.put(words[i].text, places(codes[i]));
        }
        return JsonWriter.write(data);
    }

    /** {"key": [anywhere, summary, title]} for the pages of all the words {@code [from, to)}. */
    private String together(String key, int from, int to) {
        String[] code = new String[3];
        for (int place = 0; place < 3; place++) {
            BitSet pages = new BitSet();
            for (int i = from; i < to; i++) {
                int[] list = words[i].pages[place];
                for (int k = 0; k < words[i].counts[place]; k++) {
                    pages.set(list[k]);
                }
            }
            code[place] = PostingCode.encode(pages.stream().toArray(), pages.cardinality());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(key, places(code));
        return JsonWriter.write(data);
    }

    private static List<String> places(String[] code) {
        int n = code.length;
        while (n > 1 && code[n - 1].isEmpty()) {
            n--;
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(code[i]);
        }
        return out;
    }

    /**
     * A chunk's letters as a file name that every file system keeps as it is: a-z and 0-9 as they are, any other
     * letter as its number in hexadecimal between underscores ("ال" is {@code _627__644_}). No name differs from
     * another in case alone, and none is a name Windows reserves ("con"): each has t- or u- in front.
     */
    static String fileName(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('_').append(Integer.toHexString(cp)).append('_');
            }
        });
        return sb.toString();
    }
}

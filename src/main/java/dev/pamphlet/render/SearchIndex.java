package dev.pamphlet.render;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The search index, collected while pages render (from many threads) and written as a JavaScript file that
 * assigns a global: browsers refuse to {@code fetch} files when a site is opened from disk, but load scripts.
 * Each page contributes its title, summary, address and the distinct words of its headings and text. The words
 * are capped per page so the file stays small enough to load on big sites: the whole text of a short guide,
 * the first few hundred characters of words per page on a site of 10,000.
 */
public final class SearchIndex {
    public static final String FILE_NAME = "search-index.js";
    /** Characters of words for the whole site; each page gets its share, within the limits below. */
    static final int WORDS_BUDGET = 4_000_000;

    static final int MIN_WORDS_PER_PAGE = 400;
    static final int MAX_WORDS_PER_PAGE = 20_000;

    /** Each page's entry as JSON, written once when the page renders: a rebuild re-renders few pages. */
    private final AtomicReferenceArray<String> entries;

    private final int wordsPerPage;
    /** The language's folder: the search page is in it, so the results' links start there. */
    private final String folder;

    public SearchIndex(Site site) {
        this.folder = site.language().folder();
        int pages = site.guide().size();
        this.entries = new AtomicReferenceArray<>(pages);
        this.wordsPerPage =
                Math.max(MIN_WORDS_PER_PAGE, Math.min(MAX_WORDS_PER_PAGE, WORDS_BUDGET / Math.max(1, pages)));
    }

    /**
     * Adds one rendered page; safe to call from many threads.
     *
     * @return the page's entry, which a later build of an unchanged site may {@link #keep} instead of re-rendering
     */
    public String add(Page page, RenderedMarkdown body) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", page.title());
        entry.put("summary", page.article().meta().summary());
        entry.put("href", PercentEncoding.path(page.outputPath().substring(folder.length())));
        entry.put("words", words(body));
        String json = JsonWriter.write(entry);
        keep(page, json);
        return json;
    }

    /**
     * Adds a page unchanged since an earlier build (same page count, place, title, summary and body). A draft
     * (built with --drafts) is not searchable: the index lists published pages only.
     */
    public void keep(Page page, String entry) {
        if (!page.article().meta().draft()) {
            entries.set(page.position(), entry);
        }
    }

    private String words(RenderedMarkdown body) {
        Set<String> distinct = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (RenderedMarkdown.Heading h : body.headings()) {
            if (!addWords(h.text(), distinct, sb)) {
                return sb.toString();
            }
        }
        for (RenderedMarkdown.TextBlock p : body.paragraphs()) {
            if (!addWords(p.text(), distinct, sb)) {
                return sb.toString();
            }
        }
        return sb.toString();
    }

    /**
     * Appends the new words of one block, word by word, so a page stops costing time once its share is full,
     * however long it is. Words are runs of letters, digits and apostrophes, found without a regular expression:
     * this runs over every word of every page.
     *
     * @return false once the page's share is full
     */
    private boolean addWords(String block, Set<String> distinct, StringBuilder sb) {
        int n = block.length();
        int i = 0;
        while (i < n) {
            int cp = block.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isWordChar(cp = block.codePointAt(i)));
            String word = SearchFolding.fold(block.substring(start, i));
            if (word.length() < 2 || !distinct.add(word)) {
                continue;
            }
            if (sb.length() + word.length() + 1 > wordsPerPage) {
                return false;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(word);
        }
        return true;
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

    /** The index file, pages in reading order, so two builds of the same content give the same bytes. */
    public byte[] toJavaScript() {
        StringBuilder js = new StringBuilder("/* Search index written by Pamphlet; read by assets/search.js. */\n"
                + "window.PAMPHLET_SEARCH_INDEX = [");
        boolean first = true;
        for (int i = 0; i < entries.length(); i++) {
            String entry = entries.get(i);
            if (entry != null) {
                js.append(first ? "" : ",").append(entry);
                first = false;
            }
        }
        return js.append("];\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}

package dev.pamphlet.render;

import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

    /** Each page's entry as JSON, written once when the page renders: a rebuild re-renders few pages. */
    private final AtomicReferenceArray<String> entries;
    private final int wordsPerPage;

    public SearchIndex(Site site) {
        int pages = site.guide().size();
        this.entries = new AtomicReferenceArray<>(pages);
        this.wordsPerPage = Math.max(MIN_WORDS_PER_PAGE, Math.min(MAX_WORDS_PER_PAGE, WORDS_BUDGET / Math.max(1, pages)));
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
        entry.put("href", page.outputPath());
        entry.put("words", words(body));
        String json = JsonWriter.write(entry);
        entries.set(page.position(), json);
        return json;
    }

    /** Adds a page unchanged since an earlier build (same page count, place, title, summary and body). */
    public void keep(Page page, String entry) {
        entries.set(page.position(), entry);
    }

    private String words(RenderedMarkdown body) {
        Set<String> distinct = new LinkedHashSet<>();
        List<String> blocks = new ArrayList<>();
        body.headings().forEach(h -> blocks.add(h.text()));
        body.paragraphs().forEach(p -> blocks.add(p.text()));
        StringBuilder sb = new StringBuilder();
        for (String block : blocks) {
            // Word by word, so a page stops costing time once its share is full, however long it is.
            Matcher m = WORD.matcher(block);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (word.length() < 2 || !distinct.add(word)) {
                    continue;
                }
                if (sb.length() + word.length() + 1 > wordsPerPage) {
                    return sb.toString();
                }
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(word);
            }
        }
        return sb.toString();
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

package dev.pamphlet.render;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.CRC32;

/**
 * The search index, collected while pages render (from many threads) and written as JavaScript files: browsers
 * refuse to {@code fetch} files when a site is opened from disk, but load scripts. Each page contributes its
 * title, summary, address and the distinct words of its title, summary, headings and text.
 *
 * <p>{@value #FILE_NAME}, which the search page loads, is small: how many pages there are and how the words are
 * cut into chunks ({@link SearchChunks}). For each word typed the search page loads one chunk of words from the
 * folder {@value #FOLDER}, and for the results it shows, the chunks of {@value #RESULTS_PER_CHUNK} results that
 * hold them (results by page number, in reading order). What a search loads so stays much the same whatever
 * the size of the site. A site small enough for one chunk of each kind has them in {@value #FILE_NAME} itself,
 * and its search loads nothing more.
 *
 * <p>The words a page keeps are its distinct words in the order they come, up to its share of a budget for the
 * whole site: every word of a site of a few thousand articles, the first few hundred characters of words of each
 * of 10,000. The budget no longer bounds what a search loads, but what a build holds and reads: each page's entry
 * is kept between builds, and a rebuild after one edit reads every page's entry again.
 */
public final class SearchIndex {
    public static final String FILE_NAME = "search-index.js";
    /** The chunks' folder, beside {@value #FILE_NAME}. */
    static final String FOLDER = "search-index/";
    /**
     * Results per chunk: the search page shows ten at a time, so a search loads at most ten of these (a dozen
     * kilobytes each at most, usually one or two, as pages about one thing are near each other in reading order);
     * on a site of 10,000 pages, about 160 files to write and compare.
     */
    static final int RESULTS_PER_CHUNK = 64;
    /** Characters of words for the whole site; each page gets its share, within the limits below. */
    static final int WORDS_BUDGET = 4_000_000;

    static final int MIN_WORDS_PER_PAGE = 400;
    static final int MAX_WORDS_PER_PAGE = 20_000;

    static final String RESULTS = "d-";
    /** A page that failed before its entry was made: such a build publishes nothing, but the index is made. */
    private static final String NO_RESULT = "[\"\",\"\",\"\"]";

    /** Each page's entry, written once when the page renders: a rebuild re-renders few pages. */
    private final AtomicReferenceArray<String> entries;
    /** The language's folder: the search page is in it, so the results' links start there. */
    private final String folder;
    /** Each page's number in the index, by its place in the guide: drafts have none (-1). */
    private final int[] numbers;

    private final int searchable;
    private final int wordsPerPage;
    /**
     * Which pages each word is on, for the pages an earlier build made as this one would: read from each entry as
     * it is kept, in order, on a thread of their own. A rebuild after one edit keeps every other page in a loop
     * that leaves a core idle, and reads their entries there. The thread ends when it has nothing to do.
     */
    private final SearchPostings kept = new SearchPostings();
    /** Kept pages not yet given to the reader, by their place in the guide. */
    private final List<Integer> batch = new ArrayList<>();

    private static final int BATCH = 256;
    /** The pages rendered by this build (1), read once all are in: they come in any order. */
    private final AtomicIntegerArray rendered;

    private final ThreadPoolExecutor reader =
            new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "search index");
                thread.setDaemon(true);
                return thread;
            });

    public SearchIndex(Site site) {
        this.folder = site.language().folder();
        this.entries = new AtomicReferenceArray<>(site.guide().size());
        this.numbers = new int[site.guide().size()];
        this.rendered = new AtomicIntegerArray(site.guide().size());
        int n = 0;
        for (Page page : site.guide()) {
            numbers[page.position()] = page.article().meta().draft() ? -1 : n++;
        }
        this.searchable = n;
        this.wordsPerPage =
                Math.max(MIN_WORDS_PER_PAGE, Math.min(MAX_WORDS_PER_PAGE, WORDS_BUDGET / Math.max(1, numbers.length)));
    }

    /**
     * Adds one rendered page; safe to call from many threads.
     *
     * @return the page's entry, which a later build of an unchanged site may {@link #keep} instead of re-rendering
     */
    public String add(Page page, RenderedMarkdown body) {
        String title = page.title();
        String summary = page.article().meta().summary();
        String href = PercentEncoding.path(page.outputPath().substring(folder.length()));
        String result = JsonWriter.write(List.of(href, title, summary == null ? "" : summary));
        String entry = new SearchEntry(
                        result, SearchWords.ofHeading(title), SearchWords.ofHeading(summary), textWords(body))
                .encode();
        if (store(page, entry)) {
            rendered.set(page.position(), 1);
        }
        return entry;
    }

    /**
     * Adds a page unchanged since an earlier build (same page count, place, title, summary and body). A draft
     * (built with --drafts) is not searchable: the index lists published pages only.
     */
    public void keep(Page page, String entry) {
        if (store(page, entry)) {
            synchronized (batch) {
                batch.add(page.position());
                if (batch.size() == BATCH) {
                    read(List.copyOf(batch));
                    batch.clear();
                }
            }
        }
    }

    /** Reads kept pages' entries on the reader's thread, a batch at a time: a task per page would wake it 10,000 times. */
    private void read(List<Integer> positions) {
        reader.execute(() -> positions.forEach(at -> kept.add(numbers[at], entries.get(at))));
    }

    /** @return whether the entry is the page's, and the first it had */
    private boolean store(Page page, String entry) {
        return numbers[page.position()] >= 0
                && !page.article().meta().draft()
                && entry != null
                && entries.getAndSet(page.position(), entry) == null;
    }

    private String textWords(RenderedMarkdown body) {
        SearchWords words = new SearchWords(2, false, wordsPerPage);
        for (RenderedMarkdown.Heading h : body.headings()) {
            if (!words.add(h.text())) {
                return words.toString();
            }
        }
        for (RenderedMarkdown.TextBlock p : body.paragraphs()) {
            if (!words.add(p.text())) {
                return words.toString();
            }
        }
        return words.toString();
    }

    /**
     * Every file of the index, by path relative to the language's folder: {@value #FILE_NAME} first, then the
     * chunks. Pages in reading order, words in alphabetical order, so two builds of the same content give the same
     * bytes, and an edit changes only the chunks of the words and results it changed.
     */
    public synchronized Map<String, byte[]> files() {
        synchronized (batch) {
            read(List.copyOf(batch));
            batch.clear();
        }
        reader.shutdown();
        try {
            if (!reader.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the search index took more than ten minutes to read");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while the search index was read", e);
        }
        List<String> pages = new ArrayList<>(searchable); // each page's result
        for (int i = 0; i < entries.length(); i++) {
            if (numbers[i] >= 0) {
                String entry = entries.get(i);
                pages.add(entry == null ? NO_RESULT : SearchEntry.result(entry));
            }
        }
        SearchPostings postings = new SearchPostings();
        for (int i = 0; i < entries.length(); i++) {
            if (rendered.get(i) == 1) {
                postings.add(numbers[i], entries.get(i));
            }
        }
        kept.merge(postings); // the pages rendered into the kept ones: after an edit, one page into all the others
        SearchChunks.Chunks chunks = SearchChunks.of(kept.sorted());
        List<String> results = results(pages);

        Map<String, String> inline = new LinkedHashMap<>();
        Map<String, String> separate = new LinkedHashMap<>();
        String whole = SearchChunks.WORDS + SearchChunks.fileName("");
        chunks.chunks().forEach((name, data) -> (name.equals(whole) ? inline : separate).put(name, data));
        for (int i = 0; i < results.size(); i++) {
            (results.size() == 1 ? inline : separate).put(RESULTS + i, results.get(i));
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FILE_NAME, null); // first, made last: it holds each chunk's version
        Map<String, String> versions = new LinkedHashMap<>();
        separate.forEach((name, data) -> {
            byte[] js = bytes("PAMPHLET_SEARCH_CHUNK(\"" + name + "\"," + data + ");\n");
            files.put(FOLDER + name + ".js", js);
            versions.put(name, version(js));
        });
        files.put(FILE_NAME, bytes(manifest(pages.size(), chunks.nodes(), versions, inline)));
        return files;
    }

    /** The results, {@value #RESULTS_PER_CHUNK} to a chunk, each chunk a JSON list of [address, title, summary]. */
    private static List<String> results(List<String> pages) {
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += RESULTS_PER_CHUNK) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = from; i < Math.min(pages.size(), from + RESULTS_PER_CHUNK); i++) {
                sb.append(i > from ? "," : "").append(pages.get(i));
            }
            chunks.add(sb.append(']').toString());
        }
        return chunks;
    }

    /**
     * {@value #FILE_NAME}: it sets a global the search script reads, and notes its own address, from which the
     * chunks' addresses start (the search page may be opened from disk, at any depth).
     */
    private static String manifest(
            int pages, Map<String, Integer> nodes, Map<String, String> versions, Map<String, String> inline) {
        StringBuilder js = new StringBuilder("/* Search index written by Pamphlet; read by assets/search.js. */\n"
                + "window.PAMPHLET_SEARCH_INDEX = {\"pages\":");
        js.append(pages)
                .append(",\"resultsPerChunk\":")
                .append(RESULTS_PER_CHUNK)
                .append(",\"folder\":")
                .append(JsonWriter.write(FOLDER))
                .append(",\"nodes\":")
                .append(JsonWriter.write(nodes))
                .append(",\"versions\":")
                .append(JsonWriter.write(versions))
                .append(",\"chunks\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : inline.entrySet()) {
            js.append(first ? "" : ",")
                    .append(JsonWriter.write(e.getKey()))
                    .append(':')
                    .append(e.getValue());
            first = false;
        }
        return js.append("}};\nwindow.PAMPHLET_SEARCH_INDEX.from = document.currentScript"
                        + " ? document.currentScript.src : \"\";\n")
                .toString();
    }

    /**
     * A short checksum of a chunk, which the search page adds to the chunk's address when the site is served
     * ({@code t-do.js?v=...}): a browser that kept an earlier build's chunk in its cache does not mix it with this
     * build's index.
     */
    private static String version(byte[] js) {
        CRC32 crc = new CRC32();
        crc.update(js);
        return Long.toHexString(0x1000000 | (crc.getValue() & 0xffffff)).substring(1); // six digits are enough
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

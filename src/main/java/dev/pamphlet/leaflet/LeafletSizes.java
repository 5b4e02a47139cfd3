package dev.pamphlet.leaflet;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.site.Page;
import dev.pamphlet.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How much text each page would put into a leaflet, and which pages and leaflets are too long to be one. A leaflet
 * is made to be printed and handed to a patient: one of a few hundred pages is already more than anyone prints, and
 * making it costs seconds per megabyte, so a page of 50 MB would hold up every build for minutes. A page is
 * measured by its source file, front matter and all (its summary is printed too).
 */
final class LeafletSizes {
    /**
     * The most text one page puts in a leaflet: 500 KB of Markdown, about 150 printed pages. Links and emphasis
     * each cost the PDF library a tagged element of their own, so a page dense with them costs eight times the
     * time of plain text: a page at this limit stays within seconds, in its own leaflet and the guide's.
     */
    static final long PAGE_MOST_BYTES = 500_000;

    /** The most text a leaflet of many pages (the guide's, a section's) holds: 2 MB, about 600 printed pages. */
    static final long MOST_BYTES = 2_000_000;

    private final Map<Page, Long> bytes = new HashMap<>();

    LeafletSizes(List<Page> pages, Path contentDir) {
        pages.forEach(p -> bytes.put(p, measure(p, contentDir)));
    }

    /**
     * The size of a page's source: its length when it is in memory, else its file's size, so that a build which
     * takes its PDFs from the cache need not read the file.
     */
    private static long measure(Page page, Path contentDir) {
        SourceText source = page.article().source();
        if (!source.isRead()) {
            try {
                return Files.size(contentDir.resolve(page.article().path()));
            } catch (IOException | RuntimeException e) {
                // measured from its text below
            }
        }
        return source.text().length();
    }

    /** Whether the page fits in a leaflet; one that does not is in none, not even the guide's. */
    boolean fits(Page page) {
        return bytes.getOrDefault(page, 0L) <= PAGE_MOST_BYTES;
    }

    /** The pages of {@code pages} that fit in a leaflet, in order. */
    List<Page> printable(List<Page> pages) {
        return pages.stream().filter(this::fits).toList();
    }

    /** How much text the printable pages of {@code pages} hold together. */
    long total(List<Page> pages) {
        return printable(pages).stream().mapToLong(bytes::get).sum();
    }

    /** Whether the printable pages of {@code pages} fit in one leaflet together. */
    boolean fitTogether(List<Page> pages) {
        return total(pages) <= MOST_BYTES;
    }

    /** A warning for each page too long for a leaflet, at its file. */
    List<Diagnostic> tooLong(List<Page> pages, Function<String, String> display) {
        List<Diagnostic> out = new ArrayList<>();
        for (Page page : pages) {
            if (!fits(page)) {
                out.add(Diagnostic.warning(
                                display.apply(page.article().path()),
                                1,
                                0,
                                "no PDF leaflet of this page: its " + megabytes(bytes.get(page))
                                        + " are more than a page's leaflet holds (at most " + megabytes(PAGE_MOST_BYTES)
                                        + ", about 150 printed pages); the guide's leaflet leaves it out")
                        .withHint("split it into shorter pages to have it printed; its web page is built as usual"));
            }
        }
        return out;
    }

    /** A size as people read it: "2 MB", "0.5 MB", "52.4 MB". */
    static String megabytes(long bytes) {
        return bytes % 1_000_000 == 0
                ? String.format(Locale.ROOT, "%d MB", bytes / 1_000_000)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}

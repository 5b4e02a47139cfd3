package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a search loads on a site of 2,000 pages, generated here, in headless Chromium: a one-word search loads the
 * search page, its stylesheet and scripts, one chunk of words and the chunks of the ten results it shows, well
 * under 300 KB in all, from disk as over HTTP, and finds its pages.
 *
 * <p>The same measurement of any built site: {@code -Dpamphlet.search.site=FOLDER -Dpamphlet.search.query=WORD}
 * (the folder holding search.html), which prints what was loaded.
 */
class SearchPayloadTest {
    /** What a one-word search may load in all, the search page included. */
    static final long MOST_BYTES = 300_000;
    /** Results shown before the reader asks for more. */
    static final int SHOWN = 10;

    static final int PAGES = 2_000;
    /** Made-up words, so that each is on a known set of pages: word k is in the text of page n when k is one of n's. */
    static final int WORDS = 400;

    /** Notes when the first result is on the page, in milliseconds from the start of the page's loading. */
    static final String ANSWERED = "new MutationObserver(function (changes, observer) {"
            + " if (document.querySelector('#search-results li')) {"
            + " window.pamphletAnsweredAt = performance.now(); observer.disconnect(); } })"
            + ".observe(document, {childList: true, subtree: true});";

    @TempDir
    static Path out;

    static Path site;
    static String query;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        profile = Browser.tempProfile();
        browser = Browser.start(profile);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ANSWERED));
        String given = System.getProperty("pamphlet.search.site");
        if (given != null && !given.isBlank()) {
            site = Path.of(given).toAbsolutePath();
            query = System.getProperty("pamphlet.search.query", "symptoms");
            return;
        }
        Path content = out.resolve("content");
        generate(content);
        site = BuiltSite.build("generated", content, "/", out).root();
        query = word(5);
    }

    @AfterAll
    static void stop() throws IOException {
        Browser.stop(browser, profile);
    }

    /** Word k: two made-up syllables and an ending, all different. */
    static String word(int k) {
        String[] syllables = {
            "ka", "lo", "mi", "nu", "pe", "ri", "so", "ta", "ve", "zu", "ba", "de", "fo", "gu", "hi", "jo", "ke", "la",
            "mo", "ne"
        };
        return syllables[k % 20] + syllables[(k / 20) % 20] + "rin";
    }

    /** The made-up words in page n's text. */
    static List<Integer> wordsOf(int n) {
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            words.add((n * 7 + i * 13) % WORDS);
        }
        return words;
    }

    /** The made-up word in page n's title. */
    static int titleWordOf(int n) {
        return (n * 3) % WORDS;
    }

    static void generate(Path content) throws IOException {
        Files.createDirectories(content);
        Files.writeString(
                content.resolve("site.yml"),
                "title: Generated Library\ndescription: Generated pages.\nlanguage: en-GB\n"
                        + "base_url: https://example.org/\npublisher: Tests\npdf: false\n");
        Files.writeString(content.resolve("index.md"), page("Generated Library", "Generated pages.", 0, "Welcome."));
        for (int n = 1; n <= PAGES; n++) {
            StringBuilder body = new StringBuilder();
            for (int k : wordsOf(n)) {
                body.append("The ").append(word(k)).append(" helps with sleep. ");
            }
            Files.writeString(
                    content.resolve(String.format("page-%04d.md", n)),
                    page(
                            "Leaflet " + n + " about " + word(titleWordOf(n)),
                            "What to know about leaflet " + n + ".",
                            n,
                            body.toString()));
        }
    }

    static String page(String title, String summary, int order, String body) {
        return "---\ntitle: \"" + title + "\"\nsummary: \"" + summary + "\"\nreviewed: 2026-01-01\n"
                + "review_due: 2029-01-01\nsources:\n  - title: Tests\n    url: https://example.org/tests\norder: "
                + order
                + "\n---\n\n" + body + "\n";
    }

    /** A file the browser loaded, and its size: on the wire over HTTP, on disk from a file. */
    record Loaded(String url, long bytes) {
        boolean isIndex() {
            return url.contains("/search-index/") || url.endsWith("/search-index.js");
        }
    }

    @Test
    void aOneWordSearchFromDiskLoadsOneChunkOfWordsAndTheChunksOfTenResults() {
        browser.get(site.resolve("search.html").toUri() + "?q=" + query);
        List<WebElement> links = waitForResults();
        List<Loaded> loaded = loaded(true);
        report("from disk", loaded);
        assertBounded(loaded);
        if (generated()) {
            assertFindsTheGeneratedPages(links);
        }
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void aOneWordSearchOverHttpLoadsOneChunkOfWordsAndTheChunksOfTenResults() throws IOException {
        try (SiteServer server = new SiteServer(site, "/")) {
            browser.get(server.url() + "search.html?q=" + query);
            List<WebElement> links = waitForResults();
            List<Loaded> loaded = loaded(false);
            report("over HTTP", loaded);
            assertBounded(loaded);
            assertThat(
                            (Boolean)
                                    browser.executeScript(
                                            "return performance.getEntriesByType('resource')"
                                                    + ".filter(e => e.name.includes('/search-index/')).every(e => /[?]v=[0-9a-f]+$/.test(e.name));"))
                    .as("every chunk's address carries its version, so no cached chunk of another build is used")
                    .isTrue();
            if (generated()) {
                assertFindsTheGeneratedPages(links);
                showMoreLoadsOnlyTheNextResults(loaded.size());
            }
            assertThat(Browser.consoleErrors(browser)).isEmpty();
        }
    }

    @Test
    void everyWordOfASearchMustBeOnAPageEachLoadingItsOwnChunk() {
        org.junit.jupiter.api.Assumptions.assumeTrue(generated());
        String two = word(5) + " " + word(18).substring(0, 4);
        browser.get(site.resolve("search.html").toUri() + "?q=" + two.replace(" ", "+"));
        waitForResults();
        long found = 0;
        for (int n = 1; n <= PAGES; n++) {
            boolean first = titleWordOf(n) == 5 || wordsOf(n).contains(5);
            boolean second = titleWordOf(n) == 18 || wordsOf(n).contains(18);
            found += first && second ? 1 : 0;
        }
        assertThat(found).isPositive();
        assertThat(browser.findElement(By.id("search-status")).getText())
                .isEqualTo(found + " pages found for “" + two + "”");
        List<Loaded> loaded = loaded(true);
        assertThat(loaded)
                .filteredOn(l -> l.url().contains("/search-index/t-") || l.url().contains("/search-index/u-"))
                .as("a chunk of words for each word, or one for both")
                .hasSizeBetween(1, 2);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    /** The button under the results shows ten more, loading only their chunks, and the reader goes on from there. */
    private void showMoreLoadsOnlyTheNextResults(int before) {
        browser.findElement(By.id("search-more")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#search-results li")).size() == 2 * SHOWN);
        List<Loaded> after = loaded(false);
        List<Loaded> more = after.subList(before, after.size()).stream()
                .filter(l -> !l.url().endsWith("/favicon.svg")) // when the browser gets round to it
                .toList();
        assertThat(more)
                .as("loaded for ten more results")
                .hasSizeBetween(1, SHOWN)
                .allSatisfy(l -> assertThat(l.url()).contains("/search-index/d-"));
        String focused = (String) browser.executeScript("return document.activeElement.getAttribute('href');");
        assertThat(focused)
                .isEqualTo(browser.findElements(By.cssSelector("#search-results li a"))
                        .get(SHOWN)
                        .getAttribute("href")
                        .replaceAll(".*/", ""));
    }

    private static void assertBounded(List<Loaded> loaded) {
        long total = loaded.stream().mapToLong(Loaded::bytes).sum();
        List<String> words = loaded.stream()
                .map(Loaded::url)
                .filter(u -> u.contains("/search-index/t-") || u.contains("/search-index/u-"))
                .toList();
        List<String> results = loaded.stream()
                .map(Loaded::url)
                .filter(u -> u.contains("/search-index/d-"))
                .toList();
        assertThat(words).as("chunks of words").hasSizeLessThanOrEqualTo(1);
        assertThat(results).as("chunks of results").hasSizeLessThanOrEqualTo(SHOWN);
        assertThat(loaded).as("nothing else of the index").allSatisfy(l -> {
            if (l.isIndex()) {
                assertThat(words.contains(l.url())
                                || results.contains(l.url())
                                || l.url().endsWith("search-index.js"))
                        .as(l.url())
                        .isTrue();
            }
        });
        assertThat(total).as("bytes loaded in all").isLessThan(MOST_BYTES);
        if (!generated()) {
            return;
        }
        assertThat(words).as("chunks of words").hasSize(1);
        assertThat(results).as("chunks of results").isNotEmpty();
        long indexLoaded =
                loaded.stream().filter(Loaded::isIndex).mapToLong(Loaded::bytes).sum();
        assertThat(indexLoaded).as("of the index's %d bytes", indexBytes()).isLessThan(indexBytes() / 5);
    }

    /** The first result is the first page with the word in its title; the status counts every page with it. */
    private static void assertFindsTheGeneratedPages(List<WebElement> links) {
        int first = 1;
        while (titleWordOf(first) != 5) {
            first++;
        }
        long found = 0;
        for (int n = 1; n <= PAGES; n++) {
            if (titleWordOf(n) == 5 || wordsOf(n).contains(5)) {
                found++;
            }
        }
        assertThat(links).hasSize(SHOWN);
        assertThat(links.get(0).getAttribute("href")).endsWith(String.format("/page-%04d.html", first));
        assertThat(links.get(0).getText()).isEqualTo("Leaflet " + first + " about " + query);
        assertThat(browser.findElement(By.id("search-status")).getText())
                .isEqualTo(found + " pages found for “" + query + "”");
        assertThat(browser.findElement(By.id("search-more")).getText()).isEqualTo("Show more results");
    }

    private static List<WebElement> waitForResults() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d ->
                        !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        return browser.findElements(By.cssSelector("#search-results li a"));
    }

    /**
     * The page and every file it loaded. Over HTTP, as the browser's resource timing counts them, in the order they
     * were loaded; from disk, where the browser keeps no such record, the page and every script, stylesheet and icon
     * it has (the search script leaves each chunk it loaded in the page), with their sizes on disk.
     */
    @SuppressWarnings("unchecked")
    private static List<Loaded> loaded(boolean fromDisk) {
        String script = fromDisk
                ? "return [location.href].concat(Array.from(document.querySelectorAll('script[src], link[rel~=stylesheet], link[rel~=icon]'))"
                        + ".map(e => e.src || e.href)).map(u => [u, 0]);"
                : "return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource')).map(e => [e.name, e.transferSize]);";
        List<List<Object>> entries = (List<List<Object>>) browser.executeScript(script);
        List<Loaded> out = new ArrayList<>();
        for (List<Object> e : entries) {
            String url = ((String) e.get(0)).replaceAll("[?#].*", "");
            if (fromDisk && !url.startsWith("file:")) {
                continue; // a link to another site: not loaded
            }
            long bytes = fromDisk ? size(url) : ((Number) e.get(1)).longValue();
            out.add(new Loaded(url, bytes));
        }
        return out;
    }

    private static long size(String fileUrl) {
        try {
            return Files.size(Path.of(URI.create(fileUrl)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the site is the one generated here, rather than one given to measure. */
    private static boolean generated() {
        return System.getProperty("pamphlet.search.site") == null;
    }

    private static long indexBytes() {
        if (!Files.isDirectory(site.resolve("search-index"))) {
            return size(site.resolve("search-index.js").toUri().toString());
        }
        try (Stream<Path> files = Files.walk(site.resolve("search-index"))) {
            return Files.size(site.resolve("search-index.js"))
                    + files.filter(Files::isRegularFile)
                            .mapToLong(p -> {
                                try {
                                    return Files.size(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                            .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(String how, List<Loaded> loaded) {
        Object answered = browser.executeScript("return window.pamphletAnsweredAt;");
        System.out.println("Search for '" + query + "' in " + site + ", " + how + ": "
                + loaded.stream().mapToLong(Loaded::bytes).sum() + " bytes in " + loaded.size() + " files; first result"
                + " shown " + Math.round(((Number) answered).doubleValue()) + " ms after the page started loading");
        loaded.forEach(l -> System.out.println("  " + l.bytes() + "  " + l.url()));
    }
}

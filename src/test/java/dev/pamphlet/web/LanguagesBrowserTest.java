package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The languages fixture (English, Welsh, Arabic) in headless Chromium: searches without accents find accented
 * words in every language, both served and opened from disk, with the results and messages in the page's
 * language; Arabic pages lay out right to left. (axe and the HTML validator check every page of the fixture in
 * {@link BrowserTest} and {@link HtmlValidationTest}.)
 */
class LanguagesBrowserTest {
    @TempDir
    static Path out;

    static BuiltSite site;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() {
        profile = Browser.tempProfile();
        browser = Browser.start(profile);
        site = BuiltSite.build("languages", SiteFixtures.fixture("languages").resolve("content"), "/visit/", out);
    }

    @AfterAll
    static void stop() throws IOException {
        Browser.stop(browser, profile);
    }

    /** Query, the search page it is typed on, the page it must find, and the word marked in its title or summary. */
    record Search(String query, String searchPage, String finds, String marked) {}

    static final List<Search> SEARCHES = List.of(
            new Search("meniere", "search.html", "opening-hours.html", null),
            new Search("MENIERE", "search.html", "opening-hours.html", null),
            new Search("zolty", "search.html", "opening-hours.html", null),
            new Search("cafe", "search.html", "opening-hours.html", "café"),
            new Search("gwyl", "cy/search.html", "cy/opening-hours.html", null),
            new Search("meniere", "cy/search.html", "cy/opening-hours.html", null),
            new Search("ymweld a", "cy/search.html", "cy/index.html", "â"),
            new Search("اوقات", "ar/search.html", "ar/opening-hours.html", "أوقات"),
            new Search("المقهى", "ar/search.html", "ar/opening-hours.html", null));

    @Test
    void searchesWithoutAccentsFindAccentedWordsFromDisk() {
        for (Search s : SEARCHES) {
            browser.get(site.root().resolve(s.searchPage()).toUri() + "?q=" + encode(s.query()));
            check(s);
        }
    }

    @Test
    void searchesWithoutAccentsFindAccentedWordsOverHttp() throws IOException {
        try (SiteServer server = new SiteServer(site.root(), site.basePath())) {
            for (Search s : SEARCHES) {
                browser.get(server.url() + s.searchPage());
                WebElement box = browser.findElement(By.id("search-query"));
                box.sendKeys(s.query(), Keys.ENTER);
                check(s);
            }
        }
    }

    private static void check(Search s) {
        Browser.consoleErrors(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        List<String> found = browser.findElements(By.cssSelector("#search-results li a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertThat(found).as("%s on %s", s.query(), s.searchPage()).anyMatch(h -> h.endsWith("/" + s.finds()));
        if (s.marked() != null) {
            assertThat(browser.findElements(By.cssSelector("#search-results mark")))
                    .extracting(WebElement::getText)
                    .as("marked for %s", s.query())
                    .contains(s.marked());
        }
        assertThat(Browser.consoleErrors(browser)).as("console errors").isEmpty();
    }

    @Test
    void theSearchMessagesAreInThePagesLanguageWithItsPluralForms() {
        browser.get(site.root().resolve("ar/search.html").toUri() + "?q=" + encode("العيادة"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        assertThat(browser.findElement(By.id("search-status")).getText())
                .isEqualTo("تم العثور على صفحتين عن «العيادة»");
        browser.get(site.root().resolve("cy/search.html").toUri() + "?q=zzyzx");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("zzyzx"));
        assertThat(browser.findElement(By.id("search-status")).getText())
                .isEqualTo("Dim tudalennau ar gyfer “zzyzx”. Gwiriwch y sillafu neu rhowch gynnig ar air arall.");
        browser.get(site.root().resolve("cy/search.html").toUri() + "?q=clinig");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        assertThat(browser.findElement(By.id("search-status")).getText())
                .isEqualTo("Daethpwyd o hyd i 2 tudalen ar gyfer “clinig”");
    }

    /** In Arabic the page reads from the right: the header, text and contents start at the right-hand edge. */
    @Test
    void arabicPagesAreLaidOutRightToLeft() throws IOException {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (int width : List.of(375, 1280)) {
            Browser.width(browser, width);
            browser.get(site.root().resolve("ar/opening-hours.html").toUri().toString());
            assertThat(browser.executeScript("return getComputedStyle(document.body).direction"))
                    .isEqualTo("rtl");
            Map<?, ?> h1 = rect("h1");
            Map<?, ?> main = rect("main");
            assertThat(((Number) h1.get("right")).doubleValue())
                    .as("the heading starts at the right of the main column")
                    .isCloseTo(((Number) main.get("right")).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
            assertThat(browser.executeScript(
                            "return getComputedStyle(document.querySelector('.callout'))" + ".borderRightWidth"))
                    .isEqualTo("8px");
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertThat(scrollWidth).as("no sideways scrolling at %dpx", width).isLessThanOrEqualTo(width);
            Files.write(
                    shots.resolve("languages-ar-opening-hours-" + width + ".png"), Browser.fullPageScreenshot(browser));
        }
    }

    private static Map<?, ?> rect(String selector) {
        return (Map<?, ?>) browser.executeScript(
                "var r = document.querySelector(arguments[0])"
                        + ".getBoundingClientRect(); return {left: r.left, right: r.right};",
                selector);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

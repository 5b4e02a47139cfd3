package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built sites in a real browser: no axe-core WCAG 2.2 A/AA violations on any page at 320 pixels (the narrowest WCAG reflow width) and a desktop
 * width, no sideways scrolling at 320 pixels and on a phone, and search that finds pages both over HTTP and from disk. One browser
 * session serves every test here. Screenshots of each page are left in target/screenshots for a person to look at.
 */
class BrowserTest {
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final int PHONE = 375;
    /** WCAG 1.4.10 (reflow): content must work at 320 CSS pixels wide without scrolling sideways. */
    static final int NARROW = 320;

    static final int DESKTOP = 1280;

    @TempDir
    static Path out;

    static List<BuiltSite> sites;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() {
        profile = Browser.tempProfile();
        browser = Browser.start(profile);
        sites = BuiltSite.buildAll(out);
    }

    @AfterAll
    static void stop() throws IOException {
        Browser.stop(browser, profile);
    }

    @Test
    // axe on every page of every site at two widths: longer than other tests on a busy machine
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void noPageHasAnyAxeViolationAtNarrowOrDesktopWidth() throws IOException {
        List<String> violations = new ArrayList<>();
        int analysed = 0;
        for (BuiltSite site : sites) {
            try (SiteServer server = new SiteServer(site.root(), site.basePath())) {
                for (String page : site.pages()) {
                    for (int width : List.of(NARROW, DESKTOP)) {
                        Browser.width(browser, width);
                        browser.get(server.url() + page);
                        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
                        assertThat(results.getPasses())
                                .as("axe ran on %s", page)
                                .isNotEmpty();
                        for (Rule rule : results.getViolations()) {
                            rule.getNodes()
                                    .forEach(node -> violations.add(site + " " + page + " @" + width + "px: "
                                            + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                                            + node.getTarget() + ": " + node.getHtml()));
                        }
                        analysed++;
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(analysed).isGreaterThanOrEqualTo(24);
    }

    /**
     * The manual in src/docs/manual, the longest site here (wide code blocks and tables), built as its build
     * command builds it: no axe violation on any page at either width.
     */
    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theManualHasNoAxeViolationAtNarrowOrDesktopWidth() throws IOException {
        Path root = out.resolve("manual");
        dev.pamphlet.build.BuildResult result = new dev.pamphlet.build.Build(dev.pamphlet.SiteFixtures.options(
                                dev.pamphlet.SiteFixtures.PROJECT.resolve("src/docs/manual"), root)
                        .withToday(java.time.LocalDate.now()))
                .run();
        assertThat(result.diagnostics().sorted()).as("the manual's build").isEmpty();
        BuiltSite manual = new BuiltSite("manual", root, "/");
        List<String> problems = new ArrayList<>();
        int analysed = 0;
        try (SiteServer server = new SiteServer(manual.root(), manual.basePath())) {
            for (String page : manual.pages()) {
                for (int width : List.of(NARROW, DESKTOP)) {
                    Browser.width(browser, width);
                    browser.get(server.url() + page);
                    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
                    assertThat(results.getPasses()).as("axe ran on %s", page).isNotEmpty();
                    for (Rule rule : results.getViolations()) {
                        rule.getNodes()
                                .forEach(node -> problems.add(page + " @" + width + "px: " + rule.getId() + " ("
                                        + rule.getImpact() + ") " + rule.getHelp() + " at " + node.getTarget()
                                        + ": " + node.getHtml()));
                    }
                    analysed++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(analysed).isGreaterThanOrEqualTo(80);
    }

    /** The first few elements that stick out past the window's right edge, to say what to fix. */
    static final String WIDER_THAN_THE_WINDOW = "return Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
            + ".slice(-3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ');";

    @Test
    void noPageScrollsSidewaysOnAPhoneOrAt320Pixels() throws IOException {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        List<String> tooWide = new ArrayList<>();
        for (BuiltSite site : sites) {
            for (String page : site.pages()) {
                for (int width : List.of(NARROW, PHONE, DESKTOP)) {
                    Browser.width(browser, width);
                    browser.get(site.root().resolve(page).toUri().toString());
                    long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                    if (scrollWidth > width) {
                        tooWide.add(site + " " + page + " is " + scrollWidth + "px wide at " + width + "px: "
                                + browser.executeScript(WIDER_THAN_THE_WINDOW));
                    }
                    String name = (site.name() + "-" + page + "-" + width).replaceAll("[^A-Za-z0-9.-]", "_") + ".png";
                    Files.write(shots.resolve(name), Browser.fullPageScreenshot(browser));
                }
            }
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void headerSearchFindsAPageOverHttp() throws IOException {
        BuiltSite real = sites.get(0);
        try (SiteServer server = new SiteServer(real.root(), real.basePath())) {
            Browser.width(browser, DESKTOP);
            Browser.consoleErrors(browser);
            browser.get(server.url() + "triggers.html");
            WebElement box = browser.findElement(By.id("site-search-query"));
            box.sendKeys("Dopamine", Keys.ENTER);
            waitForResults();
            assertThat(browser.getCurrentUrl()).startsWith(server.url() + "search.html?q=Dopamine");
            assertFirstResult("causes.html", "Causes of restless legs syndrome", true);
            assertThat(browser.findElement(By.cssSelector("#search-results mark"))
                            .getText())
                    .isEqualTo("dopamine");
            assertThat(browser.findElement(By.id("search-query")).getAttribute("value"))
                    .isEqualTo("Dopamine");
            assertThat(browser.findElement(By.id("search-status")).getText()).contains("found for");
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(
                    Path.of("target", "screenshots", "real-search-results-1280.png"),
                    Browser.fullPageScreenshot(browser));

            browser.findElement(By.cssSelector("#search-results a")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/causes.html"));
            assertThat(Browser.consoleErrors(browser))
                    .as("console errors, including blocked content")
                    .isEmpty();
        }
    }

    @Test
    void typingOnTheSearchPageFindsPagesFromDisk() {
        BuiltSite real = sites.get(0);
        Browser.width(browser, PHONE);
        Browser.consoleErrors(browser);
        browser.get(real.root().resolve("search.html").toUri().toString());
        WebElement box = browser.findElement(By.id("search-query"));
        box.sendKeys("pregnancy");
        waitForResults();
        List<WebElement> links = browser.findElements(By.cssSelector("#search-results a"));
        assertThat(links)
                .extracting(a -> a.getAttribute("href"))
                .anyMatch(href -> href.endsWith("/secondary-restless-legs-syndrome.html"));
        assertThat(browser.findElement(By.id("search-status")).getText()).matches("\\d+ pages? found for .pregnancy.");
        assertFirstResult("secondary-restless-legs-syndrome.html", "Secondary restless legs syndrome", true);

        box.clear();
        box.sendKeys("caffeine");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("caffeine"));
        assertThat(browser.findElements(By.cssSelector("#search-results a")))
                .extracting(a -> a.getAttribute("href"))
                .anyMatch(href -> href.endsWith("/triggers.html"));

        box.clear();
        box.sendKeys("zzyzx");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("search-status")).getText().startsWith("No pages found"));
        assertThat(browser.findElements(By.cssSelector("#search-results li"))).isEmpty();
        assertThat(Browser.consoleErrors(browser))
                .as("console errors, including blocked content")
                .isEmpty();
    }

    @Test
    void headerSearchWorksFromDiskInASubFolder() {
        BuiltSite fixture = sites.get(1);
        Browser.width(browser, DESKTOP);
        Browser.consoleErrors(browser);
        browser.get(fixture.root().resolve("living-with/nights.html").toUri().toString());
        browser.findElement(By.id("site-search-query")).sendKeys("breathless", Keys.ENTER);
        waitForResults();
        assertFirstResult("when-to-get-help.html", "When to get help for asthma", false);
        assertThat(Browser.consoleErrors(browser))
                .as("console errors, including blocked content")
                .isEmpty();
    }

    @Test
    void printedPagesKeepTheArticleReviewDatesAndSourcesButNotTheNavigation() throws IOException {
        BuiltSite real = sites.get(0);
        Browser.width(browser, DESKTOP);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            browser.get(real.root().resolve("causes.html").toUri().toString());
            for (String hidden : List.of(
                    ".site-header",
                    ".site-search",
                    ".breadcrumbs",
                    ".guide-contents",
                    ".pagination",
                    ".site-footer",
                    ".on-this-page")) {
                assertThat(browser.findElement(By.cssSelector(hidden)).isDisplayed())
                        .as(hidden)
                        .isFalse();
            }
            for (String shown : List.of(
                    "h1", ".overdue-notice", ".trust-panel", ".review-dates", ".sources", ".adapted-from", ".credit")) {
                assertThat(browser.findElement(By.cssSelector(shown)).isDisplayed())
                        .as(shown)
                        .isTrue();
            }
            Object after = browser.executeScript(
                    "return getComputedStyle(document.querySelector('.sources a')," + " '::after').content;");
            assertThat(after.toString()).contains("https://www.nhs.uk/conditions/restless-legs-syndrome/causes/");
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(
                    Path.of("target", "screenshots", "real-causes.html-print.png"),
                    Browser.fullPageScreenshot(browser));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private static void waitForResults() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
    }

    /** The first result links to the page; a word found in a title or summary is shown in a mark element. */
    private static void assertFirstResult(String page, String title, boolean highlighted) {
        WebElement link = browser.findElement(By.cssSelector("#search-results li a"));
        assertThat(link.getAttribute("href")).endsWith("/" + page);
        assertThat(link.getText()).isEqualTo(title);
        if (highlighted) {
            assertThat(browser.findElements(By.cssSelector("#search-results li:first-child mark")))
                    .as("highlighted words")
                    .isNotEmpty();
        }
    }
}

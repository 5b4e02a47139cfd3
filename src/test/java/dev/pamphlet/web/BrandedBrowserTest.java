package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The branded fixture (a logo, a colour and header links from site.yml) in a real browser, as {@link BrowserTest}
 * checks the theme: no axe-core WCAG 2.2 A/AA violation at 320 and 1280 pixels, nothing wider than a 320-pixel
 * window, the logo drawn at the header's size; and every page valid HTML.
 */
class BrandedBrowserTest {
    @TempDir
    static Path out;

    static BuiltSite site;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() {
        site = BuiltSite.build(
                "branded fixture", SiteFixtures.fixture("branded").resolve("content"), "/", out);
        profile = Browser.tempProfile();
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() throws IOException {
        Browser.stop(browser, profile);
    }

    @Test
    void theBrandedHeaderPassesAxeAndFitsAt320And1280Pixels() throws IOException {
        List<String> problems = new ArrayList<>();
        try (SiteServer server = new SiteServer(site.root(), site.basePath())) {
            for (String page : List.of("index.html", "contact.html")) {
                for (int width : List.of(BrowserTest.NARROW, BrowserTest.DESKTOP)) {
                    Browser.width(browser, width);
                    browser.get(server.url() + page);
                    Results results =
                            new AxeBuilder().withTags(BrowserTest.WCAG_TAGS).analyze(browser);
                    assertThat(results.getPasses()).as("axe ran on %s", page).isNotEmpty();
                    for (Rule rule : results.getViolations()) {
                        rule.getNodes()
                                .forEach(node -> problems.add(page + " @" + width + "px: " + rule.getId() + " "
                                        + rule.getHelp() + " at " + node.getTarget() + ": " + node.getHtml()));
                    }
                    long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                    if (scrollWidth > width) {
                        problems.add(page + " is " + scrollWidth + "px wide at " + width + "px: "
                                + browser.executeScript(BrowserTest.WIDER_THAN_THE_WINDOW));
                    }
                    WebElement logo = browser.findElement(By.cssSelector(".site-header img.site-logo"));
                    assertThat(logo.getSize().getHeight())
                            .as("logo height at %dpx", width)
                            .isEqualTo(48);
                    assertThat(logo.getSize().getWidth())
                            .as("logo width at %dpx", width)
                            .isEqualTo(144);
                    String background = (String) browser.executeScript(
                            "return getComputedStyle(document.querySelector('.site-header')).backgroundColor;");
                    assertThat(background).isEqualTo("rgb(29, 107, 143)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        SiteChecks.Collector errors = new SiteChecks.Collector();
        SimpleDocumentValidator validator = SiteChecks.validator(errors);
        List<String> pages = site.pages();
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(site.root().resolve(page).toFile(), true);
        }
        assertThat(errors.found).isEmpty();
        assertThat(pages).contains("index.html", "contact.html");
    }
}

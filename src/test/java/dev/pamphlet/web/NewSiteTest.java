package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A site made by {@code pamphlet new}, built with no templates folder (the built-in theme alone), as a new user
 * would: no errors, no warnings but its placeholder addresses, valid HTML, no broken links and no axe violations, opened from disk.
 */
class NewSiteTest {
    @TempDir
    static Path dir;

    static Path site;
    static Path output;
    static CliRun build;

    @BeforeAll
    static void makeAndBuild() {
        site = dir.resolve("asthma");
        CliRun created = CliRun.of(
                "new",
                site.toString(),
                "--title",
                "Asthma: a guide for adults",
                "--publisher",
                "Example health library");
        assertThat(created.exitCode()).as(created.all()).isZero();
        assertThat(site.resolve("templates")).doesNotExist();
        output = site.resolve("target/site");
        build = CliRun.of(
                "build", "--content", site.resolve("content").toString(), "--output", output.toString(), "--no-cache");
    }

    @Test
    void theNewSiteBuildsWithNoErrorsAndOnlyItsPlaceholderAddressesAsWarnings() {
        assertThat(build.exitCode()).as(build.all()).isZero();
        // Six warnings of one kind: the build shows the first three and counts the rest; check lists them all.
        assertThat(build.err().lines().filter(l -> l.contains(": warning: ")))
                .hasSize(3)
                .allMatch(l -> l.contains("site.yml:") && l.contains("is still the placeholder"));
        assertThat(build.err()).contains("0 errors, 6 warnings");
        CliRun check = CliRun.of("check", "--content", site.resolve("content").toString());
        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("0 errors, 6 warnings");
        assertThat(output.resolve("index.html")).exists();
        assertThat(output.resolve("writing-a-page.html")).exists();
        assertThat(output.resolve("glossary.html")).exists();
        assertThat(output.resolve("assets/style.css")).exists();
    }

    @Test
    void theExamplePageShowsEveryFeature() throws IOException {
        Document page = Jsoup.parse(output.resolve("writing-a-page.html").toFile());
        assertThat(page.select("main h2")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.select(".on-this-page")).isNotEmpty();
        assertThat(page.select("main .callout, main [class*=callout]")).isNotEmpty();
        assertThat(page.select("main a[href^=glossary.html#]")).isNotEmpty();
        assertThat(page.select("main table")).isNotEmpty();
        assertThat(page.select("main img[alt]").attr("alt")).isNotBlank();
        assertThat(page.select("main a[href=index.html]")).isNotEmpty();
        assertThat(page.select("main a[href=index.html#where-to-start]")).isNotEmpty();
        assertThat(page.select(".sources a[href^=https://]")).isNotEmpty();
        assertThat(page.select(".review-dates time").first().attr("datetime"))
                .isEqualTo(java.time.LocalDate.now().toString());
        assertThat(page.title()).contains("Asthma: a guide for adults");
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        SiteChecks.Collector errors = new SiteChecks.Collector();
        SimpleDocumentValidator validator = SiteChecks.validator(errors);
        List<String> pages = pages();
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(output.resolve(page).toFile(), true);
        }
        assertThat(errors.found).isEmpty();
        assertThat(pages).contains("index.html", "writing-a-page.html", "404.html", "search.html", "glossary.html");
    }

    /**
     * Opened from disk, every link and every file a page loads is there. The 'page not found' page is left out: a
     * server shows it at any depth, so its links start at the site's path on the server.
     */
    @Test
    void noLinkOnAnyPageIsBrokenFromDisk() throws IOException {
        assertThat(SiteChecks.links(output, pages()).broken()).isEmpty();
    }

    @Test
    void noPageHasAnyAxeViolationOpenedFromDiskOrAsAServersMissingPage() throws IOException {
        Path profile = Browser.tempProfile();
        ChromeDriver browser = Browser.start(profile);
        try {
            List<String> violations = new ArrayList<>();
            try (SiteServer server = new SiteServer(output, "/asthma-a-guide-for-adults/")) {
                for (String page : pages()) {
                    for (int width : List.of(BrowserTest.PHONE, BrowserTest.DESKTOP)) {
                        Browser.width(browser, width);
                        // The 'page not found' page is a server's: it is shown for a missing address at any depth.
                        browser.get(
                                page.equals("404.html")
                                        ? server.url() + "no/such/page.html"
                                        : output.resolve(page).toUri().toString());
                        Results results =
                                new AxeBuilder().withTags(BrowserTest.WCAG_TAGS).analyze(browser);
                        assertThat(results.getPasses())
                                .as("axe ran on %s", page)
                                .isNotEmpty();
                        for (Rule rule : results.getViolations()) {
                            rule.getNodes()
                                    .forEach(node -> violations.add(page + " @" + width + "px: " + rule.getId() + " "
                                            + rule.getHelp() + " at " + node.getTarget()));
                        }
                    }
                }
            }
            assertThat(violations).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static List<String> pages() throws IOException {
        try (var files = Files.walk(output)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}

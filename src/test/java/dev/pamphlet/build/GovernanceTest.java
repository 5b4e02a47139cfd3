package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * Who stands behind each page, what readers are told when it is out of date, and the publisher's trust pages: on
 * the reader fixture (which names authors and reviewers, requires them, and fails overdue pages) and on small
 * sites written for each case.
 */
class GovernanceTest {
    static final String SITE_YML = """
            title: Eczema
            description: A guide to eczema.
            language: en-GB
            base_url: https://example.org/eczema/
            publisher: Example skin clinic
            """;

    @TempDir
    static Path out;

    static Path reader;

    @BeforeAll
    static void build() {
        reader = out.resolve("reader");
        BuildResult result = SiteFixtures.build(SiteFixtures.fixture("reader").resolve("content"), reader);
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
    }

    static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    static String article(String reviewDue, String extra) {
        return "---\ntitle: Dry skin\nsummary: Why skin gets dry.\nreviewed: 2020-01-01\nreview_due: " + reviewDue
                + "\n" + extra + "sources:\n  - title: NHS website\n    url: https://www.nhs.uk/\n---\n\n"
                + "## Why\n\nSkin gets dry in winter.\n";
    }

    /** A site with the given site.yml additions and a home page and article with the given front matter. */
    static Path site(Path dir, String settings, String reviewDue, String extra) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yml"), SITE_YML + settings);
        Files.writeString(
                content.resolve("index.md"), article("2030-01-01", extra).replace("Dry skin", "Eczema"));
        Files.writeString(content.resolve("dry-skin.md"), article(reviewDue, extra));
        return content;
    }

    static List<String> messages(BuildResult result) {
        return result.diagnostics().sorted().stream()
                .map(d -> Path.of(d.file()).getFileName() + ":" + d.line() + ": "
                        + d.severity().label() + ": " + d.message())
                .toList();
    }

    @Test
    void aboutThisInformationNamesTheAuthorsAndReviewersAndTheUpdateApartFromTheReview() throws IOException {
        Document doc = page(reader, "when-to-get-help.html");
        assertThat(doc.select(".trust-panel .authors").text())
                .isEqualTo("Written by Sam Lee (Asthma nurse specialist).");
        assertThat(doc.select(".trust-panel .reviewers").text())
                .isEqualTo("Clinically reviewed by Dr Asha Patel (General practitioner).");
        assertThat(doc.select(".trust-panel .review-dates").text())
                .isEqualTo("Page last reviewed: 1 March 2026 ·"
                        + " Last updated: 10 May 2026 · Next review due: 1 March 2029");
        Document nights = page(reader, "living-with/nights.html");
        assertThat(nights.select(".trust-panel .authors").text())
                .isEqualTo("Written by Sam Lee and Jo Brown" + " (Health writer).");
        assertThat(nights.select(".trust-panel .reviewers").text())
                .isEqualTo("Clinically reviewed by Dr Asha Patel"
                        + " (General practitioner) and Dr Ola Okafor (Respiratory consultant).");
        assertThat(nights.text()).doesNotContain("Last updated");
        assertThat(nights.select(".disclaimer").text())
                .isEqualTo("This information does not replace advice from your asthma nurse or doctor.");
    }

    @Test
    void schemaOrgDataNamesTheAuthorReviewerAndLastChange() throws IOException {
        Map<String, Object> data = jsonLd(page(reader, "when-to-get-help.html"));
        assertThat(data)
                .containsEntry(
                        "author", Map.of("@type", "Person", "name", "Sam Lee", "jobTitle", "Asthma nurse specialist"))
                .containsEntry(
                        "reviewedBy",
                        Map.of("@type", "Person", "name", "Dr Asha Patel", "jobTitle", "General practitioner"))
                .containsEntry("lastReviewed", "2026-03-01")
                .containsEntry("dateModified", "2026-05-10");
        Map<String, Object> nights = jsonLd(page(reader, "living-with/nights.html"));
        assertThat(nights.get("author"))
                .isEqualTo(List.of(
                        Map.of("@type", "Person", "name", "Sam Lee"),
                        Map.of("@type", "Person", "name", "Jo Brown", "jobTitle", "Health writer")));
        assertThat((List<?>) nights.get("reviewedBy")).hasSize(2);
        assertThat(nights).doesNotContainKey("dateModified");
    }

    static Map<String, Object> jsonLd(Document doc) {
        return new Json().toType(doc.select("script[type=application/ld+json]").html(), Json.MAP_TYPE);
    }

    @Test
    void everyPageFooterLinksToTheTrustPagesFromWhereverItIs() throws IOException {
        for (String path : List.of("index.html", "living-with/nights.html", "search.html", "glossary.html")) {
            Document doc = page(reader, path);
            String root = path.contains("/") ? "../" : "";
            assertThat(doc.select(".site-footer .trust-links a"))
                    .extracting(a -> a.text() + " " + a.attr("href"))
                    .as(path)
                    .containsExactly(
                            "Editorial policy " + root + "about-us.html",
                            "Funding and conflicts of interest " + root + "about-us.html",
                            "Contact us https://example.org/report",
                            "Privacy https://example.org/privacy",
                            "Accessibility statement https://example.org/accessibility");
        }
        assertThat(page(reader, "404.html").select(".trust-links a").first().attr("href"))
                .isEqualTo("/asthma/about-us.html");
    }

    @Test
    void checkWarnsAboutEachMissingTrustPageAndRejectsOneThatIsNotAPage(@TempDir Path dir) throws IOException {
        Path content = site(dir, "contact: help@example.org\nprivacy: privacy.md\n", "2030-01-01", "");
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(messages(result))
                .containsExactly(
                        "site.yml:1: warning: no 'accessibility': the site does not link to an accessibility statement",
                        "site.yml:1: warning: no 'editorial_policy': the site does not link to an editorial policy (how the"
                                + " information is produced and checked)",
                        "site.yml:1: warning: no 'funding': the site does not link to a statement of funding and conflicts"
                                + " of interest",
                        "site.yml:7: error: 'privacy' names 'privacy.md', which is not a page of the site");
        Files.writeString(
                content.resolve("site.yml"),
                SITE_YML + "feedback: https://example.org/tell-us\n"
                        + "editorial_policy: dry-skin.md\nfunding: https://example.org/funding\nprivacy: nobody\n");
        assertThat(messages(SiteFixtures.build(content, dir.resolve("site"))))
                .containsExactly("site.yml:9: error: 'privacy' must be a page of the site or an address, not 'nobody'");
    }

    @Test
    void requiredAuthorAndReviewerAreErrorsWhenMissing(@TempDir Path dir) throws IOException {
        Path content = site(dir, "require: [author, reviewed_by]\n", "2030-01-01", "author: Sam Lee\n");
        List<String> messages = messages(SiteFixtures.build(content, dir.resolve("site")));
        assertThat(messages)
                .filteredOn(m -> m.contains("error"))
                .containsExactly(
                        "dry-skin.md:1: error: missing 'reviewed_by': the site requires every page to name its clinical"
                                + " reviewer",
                        "index.md:1: error: missing 'reviewed_by': the site requires every page to name its clinical"
                                + " reviewer");
        Files.writeString(content.resolve("site.yml"), SITE_YML + "require: [author, reviewd_by]\n");
        assertThat(messages(SiteFixtures.build(content, dir.resolve("site"))))
                .contains("site.yml:6: error: 'require' cannot require 'reviewd_by' (did you mean 'reviewed_by'?)");
    }

    @Test
    void overduePagesFailUnderTheSitePolicyOnceTheGracePeriodIsOver(@TempDir Path dir) throws IOException {
        // Today is 2026-11-27: a page due on 2026-11-07 is 20 days overdue.
        Path content = site(dir, "overdue: error\noverdue_grace_days: 30\n", "2026-11-07", "");
        BuildResult withinGrace = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(withinGrace.succeeded()).isTrue();
        assertThat(messages(withinGrace))
                .contains("dry-skin.md:5: warning: overdue for review: the review was due on"
                        + " 2026-11-07 (20 days ago)");
        Files.writeString(content.resolve("site.yml"), SITE_YML + "overdue: error\noverdue_grace_days: 10\n");
        BuildResult pastGrace = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(pastGrace.succeeded()).isFalse();
        assertThat(messages(pastGrace))
                .contains("dry-skin.md:5: error: overdue for review: the review was due on"
                        + " 2026-11-07 (20 days ago); the site's policy is 'overdue: error' after 10 days");
        Files.writeString(content.resolve("site.yml"), SITE_YML + "overdue: later\n");
        assertThat(messages(SiteFixtures.build(content, dir.resolve("site"))))
                .contains("site.yml:6: error: 'overdue' must be 'error' or 'warning', not 'later'");
    }

    @Test
    void strictCheckFailsAnOverduePage(@TempDir Path dir) throws IOException {
        Path content = site(
                dir,
                "editorial_policy: dry-skin.md\nfunding: dry-skin.md\ncontact: a@example.org\n"
                        + "privacy: dry-skin.md\naccessibility: dry-skin.md\n",
                "2020-06-01",
                "");
        String templates = SiteFixtures.TEMPLATES.toString();
        CliRun relaxed = CliRun.of("check", "--content", content.toString(), "--templates", templates);
        CliRun strict = CliRun.of("check", "--strict", "--content", content.toString(), "--templates", templates);
        assertThat(relaxed.exitCode()).isZero();
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("dry-skin.md:5:1: warning: overdue for review");
    }

    @Test
    void theOverdueNoticeShowsOnlyOncePagesArePastTheirReviewDate(@TempDir Path dir) throws IOException {
        Path content = site(dir, "", "2026-11-26", "");
        assertThat(SiteFixtures.build(content, dir.resolve("site")).succeeded()).isTrue();
        Document overdue = page(dir.resolve("site"), "dry-skin.html");
        assertThat(overdue.select("main > .overdue-notice").text())
                .isEqualTo("This page is due for review Its"
                        + " review was due on 26 November 2026, so some of the information on it may be out of date.");
        assertThat(page(dir.resolve("site"), "index.html").select(".overdue-notice"))
                .isEmpty();
        assertThat(page(reader, "when-to-get-help.html").select(".overdue-notice"))
                .isEmpty();
        assertThat(messages(SiteFixtures.build(content, dir.resolve("site"))).stream()
                        .filter(m -> m.contains("error")))
                .isEmpty();
    }
}

package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages site.yml names as trust pages, on a site in English and Welsh: linked from the footer, still built,
 * in the sitemap, the search and the A to Z, but no article of the guide: not in "Pages in this guide", previous
 * and next, a hub's list or the home page's.
 */
class TrustPagesTest {
    @TempDir
    static Path dir;

    static Path site;
    static BuildResult result;

    static String page(String title, int order, String body) {
        return "---\ntitle: " + title + "\nsummary: About " + title
                + ".\nreviewed: 2026-01-01\nreview_due: 2028-01-01\n"
                + (order > 0 ? "order: " + order + "\n" : "")
                + "sources:\n  - title: NHS website\n    url: https://www.nhs.uk/\n---\n\n## " + title + "\n\n" + body
                + "\n";
    }

    @BeforeAll
    static void build() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yml"), """
                title: Eczema
                description: A guide to eczema.
                languages: [en-GB, cy]
                base_url: https://example.org/eczema/
                publisher: Example skin clinic
                editorial_policy: editorial-policy.md
                funding: https://example.org/funding
                contact: help@example.org
                privacy: https://example.org/privacy
                accessibility: living/accessibility.md
                """);
        Files.createDirectories(content.resolve("messages"));
        Files.writeString(content.resolve("messages/cy.yml"), "site.title: Ecsema\n");
        Files.writeString(content.resolve("index.md"), page("Eczema", 0, "What eczema is."));
        Files.writeString(content.resolve("index.cy.md"), page("Ecsema", 0, "Beth yw ecsema."));
        Files.writeString(content.resolve("editorial-policy.md"), page("Editorial policy", 1, "How we write."));
        Files.writeString(
                content.resolve("editorial-policy.cy.md"), page("Polisi golygyddol", 1, "Sut rydym yn ysgrifennu."));
        Files.writeString(content.resolve("dry-skin.md"), page("Dry skin", 2, "Skin gets dry in winter."));
        Files.writeString(content.resolve("dry-skin.cy.md"), page("Croen sych", 2, "Mae croen yn sychu yn y gaeaf."));
        Path living = Files.createDirectories(content.resolve("living"));
        Files.writeString(living.resolve("index.md"), page("Living with eczema", 3, "Day to day."));
        Files.writeString(living.resolve("accessibility.md"), page("Accessibility", 1, "How to use this site."));
        Files.writeString(living.resolve("itching.md"), page("Itching", 2, "Try not to scratch."));
        site = dir.resolve("site");
        result = SiteFixtures.build(content, site);
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
    }

    static Document html(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theHomePageListsTheArticlesAndNotTheTrustPagesInEachLanguage() throws IOException {
        Document home = html("index.html");
        assertThat(home.select("main").text()).contains("Dry skin").doesNotContain("Editorial policy");
        assertThat(home.select(".site-footer a[href=editorial-policy.html]")).isNotEmpty();
        Document welsh = html("cy/index.html");
        assertThat(welsh.select("main").text()).contains("Croen sych").doesNotContain("Polisi golygyddol");
    }

    @Test
    void previousAndNextStepOverTheTrustPages() throws IOException {
        for (String path : new String[] {"dry-skin.html", "cy/dry-skin.html"}) {
            Document dry = html(path);
            assertThat(dry.select(".previous a").attr("href")).as(path).endsWith("index.html");
            assertThat(dry.select(".guide-contents").text())
                    .as(path)
                    .doesNotContain("Editorial policy")
                    .doesNotContain("Polisi golygyddol");
        }
        Document itching = html("living/itching.html");
        assertThat(itching.select(".previous a").text()).contains("Living with eczema");
        assertThat(itching.select(".guide-contents").text()).doesNotContain("Accessibility");
    }

    @Test
    void aHubDoesNotListATrustPageInItsFolder() throws IOException {
        String hub = html("living/index.html").select("main").text();
        assertThat(hub).contains("Itching").doesNotContain("Accessibility");
    }

    @Test
    void aTrustPageIsBuiltWithTheGuideToHandButStepsNowhere() throws IOException {
        for (String path :
                new String[] {"editorial-policy.html", "cy/editorial-policy.html", "living/accessibility.html"}) {
            Document trust = html(path);
            assertThat(trust.select(".previous, .next")).as(path).isEmpty();
            assertThat(trust.select(".guide-contents [aria-current]")).as(path).isEmpty();
            assertThat(trust.select(".guide-contents").text()).as(path).containsAnyOf("Dry skin", "Croen sych");
        }
    }

    @Test
    void trustPagesStayInTheSitemapTheSearchAndTheAToZ() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(sitemap).contains("editorial-policy.html").contains("living/accessibility.html");
        assertThat(Files.readString(site.resolve("search-index.js"), StandardCharsets.UTF_8))
                .contains("Editorial policy");
        assertThat(html("a-z.html").select("main").text())
                .contains("Editorial policy")
                .contains("Accessibility");
    }

    @Test
    void theWholeGuidesLeafletLeavesOutTheTrustPages() throws IOException {
        for (String path : new String[] {"eczema.pdf", "cy/eczema.pdf"}) {
            assertThat(site.resolve(path)).as(path).exists();
            String text;
            try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                    org.apache.pdfbox.Loader.loadPDF(site.resolve(path).toFile())) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            }
            assertThat(text).as(path).containsAnyOf("Skin gets dry in winter.", "Mae croen yn sychu yn y gaeaf.");
            assertThat(text).as(path).doesNotContain("How we write.").doesNotContain("Sut rydym yn ysgrifennu.");
            assertThat(text).as(path).doesNotContain("How to use this site.");
        }
    }
}

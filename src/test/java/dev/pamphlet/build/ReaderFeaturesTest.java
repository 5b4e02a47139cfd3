package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import org.w3c.dom.NodeList;

/**
 * What readers and search engines get besides the articles, on the reader fixture (callouts, a glossary, a
 * sub-folder) and on the real guide: glossary links, callouts, heading links, trust panel, search index,
 * sitemap, robots, feed, canonical and Open Graph tags, schema.org data and the security policy.
 */
class ReaderFeaturesTest {
    @TempDir
    static Path out;

    static Path site;
    static Path real;

    @BeforeAll
    static void build() {
        site = out.resolve("fixture");
        BuildResult result = SiteFixtures.build(SiteFixtures.fixture("reader").resolve("content"), site);
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        real = out.resolve("real");
        assertThat(SiteFixtures.build(SiteFixtures.REAL_CONTENT, real).succeeded())
                .isTrue();
    }

    static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void firstUseOfEachGlossaryWordLinksToItsExplanation() throws IOException {
        Document doc = page(site, "when-to-get-help.html");
        List<Element> terms = doc.select("a.glossary-term");
        assertThat(terms).extracting(Element::text).containsExactly("reliever inhaler", "inhaler");
        assertThat(terms.get(0).attr("href")).isEqualTo("glossary.html#reliever-inhaler");
        assertThat(terms.get(0).attr("title")).startsWith("An inhaler you use when you have symptoms");
        assertThat(doc.select("h2 a.glossary-term, code a, a a")).isEmpty();
        assertThat(doc.select("code").text()).isEqualTo("inhaler");

        Document nested = page(site, "living-with/nights.html");
        assertThat(nested.select("a.glossary-term").eachAttr("href"))
                .containsExactly(
                        "../glossary.html#airways",
                        "../glossary.html#steroid",
                        "../glossary.html#inhaler",
                        "../glossary.html#reliever-inhaler");
    }

    @Test
    void matchingIgnoresCaseAndPrefersTheLongestWord() throws IOException {
        Document doc = page(real, "secondary-restless-legs-syndrome.html");
        List<String> terms = doc.select("a.glossary-term").eachText();
        assertThat(terms)
                .contains("iron deficiency anaemia", "Dopamine".toLowerCase())
                .doesNotContain("anaemia")
                .doesNotHaveDuplicates();
        assertThat(doc.select("a.glossary-term").eachAttr("href")).doesNotHaveDuplicates();
        Document causes = page(real, "causes.html");
        assertThat(causes.select("a.glossary-term").eachText())
                .contains("idiopathic", "basal ganglia", "dopamine", "neurotransmitter");
    }

    @Test
    void glossaryPageListsEveryWordWithAnId() throws IOException {
        Document doc = page(real, "glossary.html");
        assertThat(doc.select("dl.glossary dt dfn")).hasSize(18);
        Element dopamine = doc.getElementById("dopamine");
        assertThat(dopamine).isNotNull();
        assertThat(dopamine.select("dd").text()).startsWith("A chemical messenger in the brain.");
        assertThat(doc.select("dl.glossary dt").eachText()).startsWith("anaemia", "antidepressants");
    }

    @Test
    void calloutsAreCareCardsWithAHeadingAndASpokenPrefix() throws IOException {
        Document doc = page(site, "when-to-get-help.html");
        List<Element> callouts = doc.select("div.callout");
        assertThat(callouts)
                .extracting(e -> e.className())
                .containsExactly(
                        "callout callout-info",
                        "callout callout-non-urgent",
                        "callout callout-urgent",
                        "callout callout-immediate");
        assertThat(callouts)
                .extracting(e -> e.selectFirst(".callout-heading").text())
                .containsExactly(
                        "Important: Your asthma plan",
                        "Non-urgent advice: See a GP if:",
                        "Urgent advice: Ask for an urgent GP appointment if:",
                        "Immediate action required: Get help immediately if:");
        assertThat(callouts)
                .allSatisfy(c -> assertThat(c.select(".callout-heading > span.visually-hidden"))
                        .hasSize(1));
        assertThat(callouts.get(0).selectFirst(".callout-heading").tagName()).isEqualTo("h3");
        assertThat(callouts.get(3).select(".callout-body li")).hasSize(2);
    }

    @Test
    void theRealGuideHasNoCallouts() throws IOException {
        for (String p :
                List.of("index.html", "causes.html", "secondary-restless-legs-syndrome.html", "triggers.html")) {
            assertThat(page(real, p).select(".callout")).as(p).isEmpty();
        }
    }

    @Test
    void headingsLinkToThemselves() throws IOException {
        Document doc = page(real, "causes.html");
        Element h2 = doc.getElementById("genes-and-families");
        assertThat(h2.tagName()).isEqualTo("h2");
        assertThat(h2.select("a.heading-link").attr("href")).isEqualTo("#genes-and-families");
        assertThat(h2.text()).isEqualTo("Genes and families");
        assertThat(doc.select(".on-this-page a").eachAttr("href")).contains("#genes-and-families");
    }

    @Test
    void everyArticleHasATrustPanelWithAReportLinkNamingThePage() throws IOException {
        Document doc = page(site, "living-with/nights.html");
        Element panel = doc.selectFirst("section.trust-panel");
        assertThat(panel.text())
                .contains(
                        "Published by Example health library.",
                        "Page last reviewed: 1 March 2026",
                        "Next review due: 1 March 2029",
                        "Asthma - NHS website");
        assertThat(panel.select(".report-problem a").attr("href"))
                .isEqualTo("https://example.org/report?page="
                        + "https%3A%2F%2Fexample.org%2Fasthma%2Fliving-with%2Fnights.html&title=Asthma%20at%20night");
        assertThat(page(real, "triggers.html").select(".report-problem a").attr("href"))
                .startsWith("mailto:feedback@example.org?subject=Problem%20with%20the%20page%3A%20Things");
    }

    @Test
    void headHasCanonicalOpenGraphSchemaOrgAndASecurityPolicy() throws IOException {
        Document doc = page(site, "living-with/nights.html");
        String url = "https://example.org/asthma/living-with/nights.html";
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo(url);
        assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("Asthma at night");
        assertThat(doc.select("meta[property=og:description]").attr("content"))
                .isEqualTo("Why asthma can be worse at night and what helps.");
        assertThat(doc.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        String json = doc.select("script[type=application/ld+json]").html();
        Map<String, Object> data = new Json().toType(json, Json.MAP_TYPE);
        assertThat(data)
                .containsEntry("@context", "https://schema.org")
                .containsEntry("@type", "MedicalWebPage")
                .containsEntry("name", "Asthma at night")
                .containsEntry("description", "Why asthma can be worse at night and what helps.")
                .containsEntry("url", url)
                .containsEntry("lastReviewed", "2026-03-01")
                .containsEntry("publisher", Map.of("@type", "Organization", "name", "Example health library"))
                .containsEntry("about", Map.of("@type", "MedicalCondition", "name", "Asthma"));
        String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(doc.select("script:not([src]):not([type=application/ld+json])"))
                .isEmpty();
        assertThat(doc.select("[style], [onclick], [onload]")).isEmpty();
    }

    @Test
    void tableColumnsAlignByClassNotByObsoleteAttributesOrInlineStyles() throws IOException {
        Document doc = page(site, "living-with/nights.html");
        assertThat(doc.select("th").eachAttr("class")).containsExactly("align-left", "align-right");
        assertThat(doc.select("[align], [style]")).isEmpty();
    }

    @Test
    void everyPageHasASearchBoxThatWorksWithoutJavaScriptToo() throws IOException {
        Document doc = page(site, "living-with/nights.html");
        Element form = doc.selectFirst("header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("../search.html");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[name=q]").attr("id"))
                .isEqualTo(form.select("label").attr("for"));
        Document search = page(site, "search.html");
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly("search-index.js", "assets/search.js");
        assertThat(search.getElementById("search-status").attr("role")).isEqualTo("status");
        assertThat(search.getElementById("search-status").text()).contains("Search needs JavaScript");
        assertThat(search.select("#search-status a").attr("href")).isEqualTo("index.html");
    }

    @Test
    void searchIndexHoldsEveryPageInReadingOrder() throws IOException {
        String js = Files.readString(site.resolve("search-index.js"), StandardCharsets.UTF_8);
        assertThat(js).startsWith("/*").contains("window.PAMPHLET_SEARCH_INDEX = {");
        assertThat(js.indexOf("[\"index.html\",")).isLessThan(js.indexOf("[\"when-to-get-help.html\","));
        assertThat(js.indexOf("[\"when-to-get-help.html\",")).isLessThan(js.indexOf("[\"living-with/nights.html\","));
        assertThat(js).contains("\"breathless\":", "\"Why asthma can be worse at night and what helps.\"");
        assertThat(site.resolve("search-index"))
                .as("a small site has its whole index in one file")
                .doesNotExist();
        assertThat(Files.readString(site.resolve("assets/search.js")))
                .contains("PAMPHLET_SEARCH_INDEX", "<mark>".substring(1, 5));
    }

    @Test
    void sitemapListsEveryPageWithItsReviewDate() throws Exception {
        org.w3c.dom.Document doc = xml(site.resolve("sitemap.xml"));
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        NodeList lastmods = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod");
        assertThat(locs.getLength()).isEqualTo(5);
        assertThat(locs.item(0).getTextContent()).isEqualTo("https://example.org/asthma/");
        assertThat(locs.item(2).getTextContent()).isEqualTo("https://example.org/asthma/living-with/nights.html");
        assertThat(lastmods.item(2).getTextContent()).isEqualTo("2026-03-01");
        assertThat(locs.item(4).getTextContent()).isEqualTo("https://example.org/asthma/glossary.html");
        assertThat(Files.readString(site.resolve("robots.txt")))
                .contains("Sitemap: https://example.org/asthma/sitemap.xml");
    }

    @Test
    void atomFeedListsTheArticlesDatedByReview() throws Exception {
        org.w3c.dom.Document doc = xml(site.resolve("feed.xml"));
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        NodeList entries = doc.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(4);
        org.w3c.dom.Element last = (org.w3c.dom.Element) entries.item(2);
        assertThat(last.getElementsByTagNameNS(atom, "id").item(0).getTextContent())
                .isEqualTo("https://example.org/asthma/living-with/nights.html");
        assertThat(last.getElementsByTagNameNS(atom, "updated").item(0).getTextContent())
                .isEqualTo("2026-03-01T00:00:00Z");
        // A change without a review dates the page too: it is the latest change to the site.
        assertThat(doc.getElementsByTagNameNS(atom, "updated").item(0).getTextContent())
                .isEqualTo("2026-05-10T00:00:00Z");
    }

    @Test
    void notFoundPageLinksFromTheSitePathSoItWorksAtAnyDepth() throws IOException {
        Document doc = page(site, "404.html");
        assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("/asthma/assets/style.css");
        assertThat(doc.select("main a").eachAttr("href")).containsExactly("/asthma/index.html", "/asthma/search.html");
    }

    @Test
    void anUnknownCalloutTypeIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path content = SiteFixtures.copyFixture("reader", dir);
        Path article = content.resolve("when-to-get-help.md");
        Files.writeString(article, Files.readString(article).replace("!!! urgent", "!!! warning"));
        BuildResult result = SiteFixtures.build(content, dir.resolve("out"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .filteredOn(d -> d.isError())
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.file()).endsWith("when-to-get-help.md");
                    assertThat(d.line()).isEqualTo(30);
                    assertThat(d.message()).isEqualTo("unknown callout type 'warning'");
                    assertThat(d.hint()).contains("info, non-urgent, urgent, immediate");
                    assertThat(d.sourceLine()).startsWith("!!! warning");
                });
    }

    @Test
    void aCalloutWhoseContentIsNotIndentedIsAnError(@TempDir Path dir) throws IOException {
        Path content = SiteFixtures.copyFixture("reader", dir);
        Path article = content.resolve("when-to-get-help.md");
        Files.writeString(
                article, Files.readString(article).replace("plan\"\n    Ask your nurse", "plan\"\n\nAsk your nurse"));
        BuildResult result = SiteFixtures.build(content, dir.resolve("out"));
        assertThat(result.diagnostics().sorted())
                .filteredOn(d -> d.isError())
                .extracting(d -> d.line() + ": " + d.message() + " / " + d.hint())
                .containsExactly("21: callout 'info' is empty / indent the lines that belong in the box by four"
                        + " spaces under the !!! line");
    }

    @Test
    void aGlossaryMistakeIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Path content = SiteFixtures.copyFixture("reader", dir);
        Files.writeString(
                content.resolve("glossary.yml"),
                "inhaler: A device.\nInhaler: Again.\nsteroid:\n  - a list\n(x): Not a word.\n");
        BuildResult result = SiteFixtures.build(content, dir.resolve("out"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .filteredOn(d -> d.isError())
                .extracting(d -> d.location() + ": " + d.message())
                .anyMatch(m -> m.contains("glossary.yml:2:1: 'Inhaler' is already explained as 'inhaler'"))
                .anyMatch(m -> m.contains("glossary.yml:4:") && m.contains("'steroid' must be some text"))
                .anyMatch(m -> m.contains("glossary.yml:5:1: glossary term '(x)' must start with a letter or digit"));
    }
}

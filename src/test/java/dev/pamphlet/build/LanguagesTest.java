package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in English, Welsh and Arabic (the languages fixture): translations beside their pages, published in
 * their language's folder, with interface text, dates, links, search, glossary and feed in each language, and
 * a translation whose source was reviewed again since.
 */
class LanguagesTest {
    static final String BASE = "https://clinic.example.org/visit/";

    @TempDir
    static Path out;

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = out.resolve("site");
        result = SiteFixtures.build(SiteFixtures.fixture("languages").resolve("content"), site);
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", BASE + path);
    }

    static String text(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void translationsArePublishedInTheirLanguagesFolderWithTheirOwnSiteWideFiles() {
        for (String file : List.of(
                "index.html",
                "opening-hours.html",
                "parking.html",
                "search.html",
                "search-index.js",
                "glossary.html",
                "feed.xml",
                "sitemap.xml",
                "404.html",
                "cy/index.html",
                "cy/opening-hours.html",
                "cy/search.html",
                "cy/search-index.js",
                "cy/glossary.html",
                "cy/feed.xml",
                "ar/index.html",
                "ar/opening-hours.html",
                "ar/search.html",
                "ar/search-index.js",
                "ar/feed.xml")) {
            assertThat(site.resolve(file)).as(file).isRegularFile();
        }
        for (String absent : List.of(
                "cy/parking.html",
                "ar/glossary.html",
                "cy/sitemap.xml",
                "cy/404.html",
                "opening-hours.cy.html",
                "messages",
                "glossary.cy.yml")) {
            assertThat(site.resolve(absent)).as(absent).doesNotExist();
        }
        assertThat(result.pages()).isEqualTo(7);
    }

    @Test
    void interfaceTextDatesAndDirectionAreThePagesLanguage() throws IOException {
        Document en = page("opening-hours.html");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(en.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(en.selectFirst("#trust-panel-heading").text()).isEqualTo("About this information");
        assertThat(en.selectFirst(".callout-heading span").text()).isEqualTo("Important:");

        Document cy = page("cy/opening-hours.html");
        assertThat(cy.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(cy.selectFirst(".skip-link").text()).isEqualTo("Neidio i'r prif gynnwys");
        assertThat(cy.selectFirst("#trust-panel-heading").text()).isEqualTo("Am yr wybodaeth hon");
        assertThat(cy.selectFirst(".review-dates").text()).contains("Adolygwyd y dudalen ddiwethaf: 1 Mehefin 2026");
        assertThat(cy.select(".callout-heading").eachText())
                .containsExactly(
                        "Pwysig: Dewch â'ch llythyr apwyntiad", "Cyngor nad yw'n frys: Ewch at eich meddyg teulu os:");
        assertThat(cy.selectFirst(".site-search button").text()).isEqualTo("Chwilio");
        assertThat(cy.selectFirst(".report-problem a").attr("href")).contains("Problem%20gyda%27r%20dudalen");

        Document ar = page("ar/opening-hours.html");
        assertThat(ar.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(ar.selectFirst("#trust-panel-heading").text()).isEqualTo("عن هذه المعلومات");
        assertThat(ar.selectFirst(".callout-heading span").text()).isEqualTo("مهم:");
        assertThat(ar.selectFirst(".review-dates time").text()).isEqualTo("5 يناير 2026");
        assertThat(ar.body().text()).doesNotContain("About this information", "Page last reviewed", "Search");
        assertThat(page("ar/search.html").selectFirst("h1").text()).isEqualTo("بحث");
        assertThat(page("cy/glossary.html").selectFirst("h1").text()).isEqualTo("Geiriau meddygol wedi'u hesbonio");
        assertThat(cy.selectFirst(".site-title").text())
                .as("site.title from messages/cy.yml")
                .isEqualTo("Clinig Glan yr Afon");
        assertThat(cy.title()).isEqualTo("Oriau agor - Clinig Glan yr Afon");
        assertThat(ar.selectFirst(".site-title").text()).isEqualTo("Riverside Clinic");
    }

    /** Each page's hreflang links name every version of it, itself included, and every version names it back. */
    @Test
    void hreflangLinksAreReciprocal() throws IOException {
        Map<String, Map<String, String>> alternates = new TreeMap<>();
        for (String path : htmlPages()) {
            Document doc = page(path);
            Map<String, String> links = new TreeMap<>();
            doc.select("link[rel=alternate][hreflang]").forEach(l -> links.put(l.attr("hreflang"), l.attr("href")));
            alternates.put(BASE + path.replaceAll("(^|/)index\\.html$", "$1"), links);
        }
        Map<String, String> hours = alternates.get(BASE + "opening-hours.html");
        assertThat(hours).containsOnlyKeys("en-GB", "cy", "ar", "x-default");
        assertThat(hours.get("cy")).isEqualTo(BASE + "cy/opening-hours.html");
        assertThat(alternates.get(BASE + "parking.html")).isEmpty();
        for (Map.Entry<String, Map<String, String>> e : alternates.entrySet()) {
            for (Map.Entry<String, String> alt : e.getValue().entrySet()) {
                if (alt.getKey().equals("x-default")) {
                    continue;
                }
                assertThat(alternates.get(alt.getValue()))
                        .as("%s lists %s", e.getKey(), alt.getValue())
                        .containsValue(e.getKey());
            }
        }
        assertThat(page("cy/opening-hours.html").selectFirst("html").attr("lang"))
                .isEqualTo(keyOf(hours, BASE + "cy/opening-hours.html"));
    }

    @Test
    void theSwitcherNamesEachLanguageInItselfAndLeadsHomeWhereAPageHasNoTranslation() throws IOException {
        Document cy = page("cy/opening-hours.html");
        List<Element> links = cy.select(".language-switcher a");
        assertThat(links).extracting(Element::text).containsExactly("English", "Cymraeg", "العربية");
        assertThat(links).extracting(a -> a.attr("lang")).containsExactly("en-GB", "cy", "ar");
        assertThat(links)
                .extracting(a -> a.absUrl("href"))
                .containsExactly(
                        BASE + "opening-hours.html", BASE + "cy/opening-hours.html", BASE + "ar/opening-hours.html");
        assertThat(links.get(1).attr("aria-current")).isEqualTo("true");
        assertThat(links.get(2).attr("dir")).isEqualTo("rtl");
        assertThat(page("parking.html").select(".language-switcher a"))
                .extracting(a -> a.absUrl("href"))
                .containsExactly(BASE + "parking.html", BASE + "cy/index.html", BASE + "ar/index.html");
        assertThat(page("404.html").select(".language-switcher a"))
                .extracting(a -> a.attr("href"))
                .as("the 404 page is shown at any depth")
                .containsExactly("/visit/index.html", "/visit/cy/index.html", "/visit/ar/index.html");
    }

    @Test
    void linksStayInTheReadersLanguageOrSayWhichLanguageTheyLeadTo() throws IOException {
        Document cy = page("cy/index.html");
        Element hours = cy.selectFirst(".body a:contains(horiau agor)");
        assertThat(hours.absUrl("href")).isEqualTo(BASE + "cy/opening-hours.html");
        assertThat(hours.hasAttr("hreflang")).isFalse();
        Element parking = cy.selectFirst(".body a:contains(pharcio)");
        assertThat(parking.absUrl("href")).isEqualTo(BASE + "parking.html");
        assertThat(parking.attr("hreflang")).isEqualTo("en-GB");
        assertThat(parking.nextElementSibling().text()).isEqualTo("(yn Saesneg)");
        assertThat(page("ar/opening-hours.html").selectFirst(".link-language").text())
                .isEqualTo("(باللغة الإنجليزية)");
        assertThat(cy.select(".guide-contents a, .page-list a, .site-footer a:not(.trust-links a)")
                        .eachAttr("abs:href"))
                .allMatch(href -> href.startsWith(BASE + "cy/"));
        assertThat(page("parking.html").selectFirst(".body p a").absUrl("href")).isEqualTo(BASE + "opening-hours.html");
        Element word = page("cy/opening-hours.html").selectFirst("a.glossary-term");
        assertThat(word.absUrl("href")).isEqualTo(BASE + "cy/glossary.html#llythyr-apwyntiad");
    }

    @Test
    void eachLanguageHasItsOwnHomeNavigationSearchIndexAndFeed() throws IOException {
        assertThat(page("cy/opening-hours.html").select(".guide-contents a").eachText())
                .containsExactly("Ymweld â Chlinig Glan yr Afon", "Oriau agor");
        assertThat(page("cy/index.html").selectFirst("h1").text()).isEqualTo("Ymweld â Chlinig Glan yr Afon");
        String index = text("cy/search-index.js");
        assertThat(index)
                .contains("[\"opening-hours.html\",")
                .contains("gwyl")
                .contains("meniere")
                .doesNotContain("Parking");
        assertThat(text("ar/search-index.js")).contains("المقهى").doesNotContain("المَقْهَى");
        assertThat(page("cy/search.html")
                        .selectFirst("script[src$=search-index.js]")
                        .attr("src"))
                .isEqualTo("../cy/search-index.js");
        String feed = text("cy/feed.xml");
        assertThat(feed)
                .contains("xml:lang=\"cy\"")
                .contains("<id>" + BASE + "cy/</id>")
                .contains(BASE + "cy/opening-hours.html")
                .doesNotContain(BASE + "parking.html");
    }

    @Test
    void theSitemapListsEveryPageWithItsAlternates() throws IOException {
        String sitemap = text("sitemap.xml");
        assertThat(sitemap)
                .contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<loc>" + BASE + "cy/opening-hours.html</loc>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"" + BASE + "ar/opening-hours.html\"/>")
                .contains("<loc>" + BASE + "cy/glossary.html</loc>");
        assertThat(sitemap.split("<url>")).hasSize(1 + 7 + 2);
    }

    @Test
    void schemaOrgDataCarriesTheLanguageAndTheWorkTranslated() throws IOException {
        String json = page("cy/opening-hours.html")
                .selectFirst("script[type=application/ld+json]")
                .data();
        assertThat(json)
                .contains("\"inLanguage\":\"cy\"")
                .contains("\"translationOfWork\":{\"@id\":\"" + BASE + "opening-hours.html\"}");
        assertThat(page("opening-hours.html")
                        .selectFirst("script[type=application/ld+json]")
                        .data())
                .contains("\"inLanguage\":\"en-GB\"")
                .doesNotContain("translationOfWork");
    }

    @Test
    void aTranslationOlderThanItsSourcesReviewIsReportedAndReadersAreTold() throws IOException {
        List<Diagnostic> warnings =
                result.diagnostics().sorted().stream().filter(d -> !d.isError()).toList();
        assertThat(warnings)
                .extracting(Diagnostic::location, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "src/test/resources/sites/languages/content/opening-hours.ar.md:6:1"
                                .replace(
                                        "src/test/resources/sites/languages/content",
                                        SiteFixtures.fixture("languages")
                                                .resolve("content")
                                                .toString()),
                        "translation is out of date: it translates the review of 2025-12-01, but "
                                + SiteFixtures.fixture("languages").resolve("content") + "/opening-hours.md"
                                + " was reviewed again on 2026-06-01"));
        Element notice = page("ar/opening-hours.html").selectFirst(".translation-notice");
        assertThat(notice.text()).contains("الإنجليزية").contains("1 يونيو 2026");
        assertThat(notice.selectFirst("a").absUrl("href")).isEqualTo(BASE + "opening-hours.html");
        assertThat(page("cy/opening-hours.html").select(".translation-notice")).isEmpty();
        assertThat(page("opening-hours.html").select(".translation-notice")).isEmpty();
    }

    @Test
    void eachLanguagesLeafletIsWrittenInThatLanguage() throws IOException {
        String welsh = pdfText("cy/opening-hours.pdf");
        assertThat(welsh)
                .contains("Oriau agor", "Cyfeirnod", "Am yr wybodaeth hon", "Tudalen 1 o")
                .doesNotContain("About this information", "Reference", "Review due");
        String english = pdfText("opening-hours.pdf");
        assertThat(english).contains("About this information", "Reference", "Page 1 of");
        assertThat(welsh).contains("Pwysig:").doesNotContain("Important:");
        // Arabic letters need a font with Arabic glyphs, which the leaflets do not embed yet: only check that
        // no English interface text is left.
        assertThat(pdfText("ar/opening-hours.pdf")).doesNotContain("Reference", "Review due", "Important:");
    }

    private static String pdfText(String path) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(site.resolve(path).toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String keyOf(Map<String, String> map, String value) {
        return map.entrySet().stream()
                .filter(e -> e.getValue().equals(value))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}

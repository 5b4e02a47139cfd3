package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library fixture as a reader sees it: sections (asthma/, with asthma/children/ inside it, and gout/, which
 * has no index.md), pages at the top, tags, and Welsh translations inside a section.
 */
class LibraryTest {
    @TempDir
    static Path out;

    static BuildResult result;

    @BeforeAll
    static void build() {
        result = SiteFixtures.build(SiteFixtures.fixture("library").resolve("content"), out);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void itBuildsWithOnlyTheWarningThatGoutHasNoIndex() {
        assertThat(result.succeeded()).as("%s", result.diagnostics().sorted()).isTrue();
        List<Diagnostic> warnings = result.diagnostics().sorted();
        assertThat(warnings).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("library/content/gout");
            assertThat(d.message()).contains("this section has no index.md", "'Gout'");
            assertThat(d.hint()).contains("create ", "library/content/gout/index.md");
        });
    }

    @Test
    void aHubListsExactlyItsOwnPagesInOrderAndTheSectionsInsideIt() throws IOException {
        Document hub = page("asthma/index.html");
        assertThat(hub.select("h1").text()).isEqualTo("Asthma");
        assertThat(hub.select(".body").text()).contains("Asthma affects your airways");
        assertThat(hub.select(".page-list li > a").eachText())
                .containsExactly("Symptoms of asthma", "Treating asthma", "Asthma attacks");
        assertThat(hub.select(".page-list li p").first().text()).isEqualTo("The signs that you may have asthma.");
        assertThat(hub.select(".hub-sections li > a").eachText()).containsExactly("Asthma in children");
        assertThat(page("asthma/children/index.html")
                        .select(".page-list li > a")
                        .eachText())
                .containsExactly("Asthma at school");
    }

    @Test
    void aFolderWithoutIndexGetsAHubTitledFromItsName() throws IOException {
        Document hub = page("gout/index.html");
        assertThat(hub.select("h1").text()).isEqualTo("Gout");
        assertThat(hub.select(".page-list li > a").eachText())
                .containsExactly("Causes of gout", "Eating well with gout");
        assertThat(hub.select("nav.breadcrumbs a").eachText()).containsExactly("Riverside health library");
    }

    @Test
    void theHomePageListsTheSectionsWithTheirPageCountsAndOnlyTheTopPages() throws IOException {
        Document home = page("index.html");
        assertThat(home.select(".hub-sections li > a").eachText()).containsExactly("Asthma", "Gout");
        assertThat(home.select(".hub-sections li > a").eachAttr("href"))
                .containsExactly("asthma/index.html", "gout/index.html");
        assertThat(home.select(".hub-sections .count").eachText()).containsExactly("Pages: 5", "Pages: 2");
        assertThat(home.select(".page-list li > a").eachText())
                .containsExactly("About this library", "Getting help quickly");
        assertThat(home.select(".library-links a").eachAttr("href")).containsExactly("a-z.html", "topics.html");
    }

    @Test
    void everyPageHasBreadcrumbsInANamedNavAndAsBreadcrumbList() throws IOException {
        for (String path : List.of(
                "about-us.html",
                "asthma/index.html",
                "asthma/symptoms.html",
                "asthma/children/at-school.html",
                "gout/diet.html",
                "gout/index.html",
                "a-z.html",
                "topics.html",
                "topics/diet.html",
                "cy/asthma/symptoms.html")) {
            Document doc = page(path);
            Element nav = doc.selectFirst("nav.breadcrumbs");
            assertThat(nav).as(path).isNotNull();
            assertThat(nav.attr("aria-label")).as(path).isNotBlank();
            assertThat(doc.select("script[type=application/ld+json]").html())
                    .as(path)
                    .contains("\"@type\":\"BreadcrumbList\"");
        }
        Document school = page("asthma/children/at-school.html");
        assertThat(school.select("nav.breadcrumbs a").eachText())
                .containsExactly("Riverside health library", "Asthma", "Asthma in children");
        assertThat(school.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("../../index.html", "../../asthma/index.html", "../../asthma/children/index.html");
        assertThat(school.select("script[type=application/ld+json]").html())
                .contains("\"position\":4,\"name\":\"Asthma at school\","
                        + "\"item\":\"https://library.example.org/health/asthma/children/at-school.html\"");
        assertThat(page("cy/asthma/symptoms.html").select("nav.breadcrumbs a").eachText())
                .containsExactly("Llyfrgell iechyd Glan yr Afon", "Asthma");
    }

    @Test
    void pagesInThisGuideAndPreviousAndNextStayInTheSection() throws IOException {
        Document treatment = page("asthma/treatment.html");
        assertThat(treatment.select(".guide-contents a").eachText())
                .containsExactly("Asthma", "Symptoms of asthma", "Treating asthma", "Asthma attacks");
        assertThat(treatment.select("a[rel=prev]").attr("href")).isEqualTo("../asthma/symptoms.html");
        assertThat(treatment.select("a[rel=next]").attr("href")).isEqualTo("../asthma/attacks.html");
        Document attacks = page("asthma/attacks.html");
        assertThat(attacks.select("a[rel=next]"))
                .as("the last page of its section")
                .isEmpty();
        Document diet = page("gout/diet.html");
        assertThat(diet.select(".guide-contents a").eachText())
                .containsExactly("Causes of gout", "Eating well with gout");
        assertThat(page("about-us.html").select(".guide-contents a").eachText())
                .containsExactly("Riverside health library", "About this library", "Getting help quickly");
    }

    @Test
    void theAToZListsEveryPageAndSectionUnderItsLetter() throws IOException {
        Document az = page("a-z.html");
        assertThat(az.select(".letter-index a").eachText()).containsExactly("A", "C", "E", "G", "S", "T");
        assertThat(az.select(".letter-index a").first().attr("href")).isEqualTo("#letter-a");
        assertThat(az.select("#letter-a + ul a").eachText())
                .containsExactly(
                        "About this library", "Asthma", "Asthma at school", "Asthma attacks", "Asthma in children");
        assertThat(az.select("#letter-g + ul a").eachText()).containsExactly("Getting help quickly", "Gout");
        assertThat(az.select("#letter-g + ul a").eachAttr("href"))
                .containsExactly("getting-help.html", "gout/index.html");
        assertThat(page("index.html").select(".site-footer a[href=a-z.html]")).hasSize(1);
        assertThat(page("asthma/children/at-school.html").select(".site-footer a[href=../../a-z.html]"))
                .hasSize(1);
    }

    @Test
    void theWelshAToZHasItsOwnLetters() throws IOException {
        Document az = page("cy/a-z.html");
        assertThat(az.select("html").attr("lang")).isEqualTo("cy");
        // "Lleddfu" is under Ll, a letter of its own in Welsh that comes after L.
        assertThat(az.select(".letter-index a").eachText()).containsExactly("A", "Ll", "S");
        assertThat(az.select("#letter-ll + ul a").eachText()).containsExactly("Lleddfu asthma");
    }

    @Test
    void topicPagesListTheirPagesAcrossSectionsAndEachPageLinksToItsTopics() throws IOException {
        Document urgent = page("topics/urgent care.html");
        assertThat(urgent.select("h1").text()).isEqualTo("Topic: urgent care");
        assertThat(urgent.select(".page-list li > a").eachText())
                .containsExactly("Getting help quickly", "Asthma attacks");
        assertThat(urgent.select(".page-list li > a").eachAttr("href"))
                .containsExactly("../getting-help.html", "../asthma/attacks.html");
        Document diet = page("gout/diet.html");
        assertThat(diet.select(".page-topics a").eachText()).containsExactly("diet", "Healthy eating");
        assertThat(diet.select(".page-topics a").eachAttr("href"))
                .containsExactly("../topics/diet.html", "../topics/Healthy%20eating.html");
        assertThat(out.resolve("topics/Healthy eating.html")).exists();
        Document index = page("topics.html");
        assertThat(index.select(".topic-list a").eachText())
                .containsExactly("breathing", "children", "diet", "Healthy eating", "medicines", "urgent care");
        assertThat(page("cy/topics.html").select(".topic-list a").eachText()).containsExactly("anadlu");
    }

    @Test
    void aWelshTranslationInASectionIsInTheWelshSection() throws IOException {
        Document hub = page("cy/asthma/index.html");
        assertThat(hub.select(".page-list li > a").eachText()).containsExactly("Symptomau asthma", "Lleddfu asthma");
        assertThat(page("cy/index.html").select(".hub-sections li > a").eachText())
                .containsExactly("Asthma");
        assertThat(page("cy/asthma/symptoms.html")
                        .select(".language-switcher a[hreflang=en-GB]")
                        .attr("href"))
                .isEqualTo("../../asthma/symptoms.html");
    }

    @Test
    void theSitemapListsTheHubs() throws IOException {
        assertThat(Files.readString(out.resolve("sitemap.xml")))
                .contains("https://library.example.org/health/asthma/</loc>");
    }

    @Test
    void eachSectionHasALeafletOfItsOwnThatItsPagesLinkTo() throws IOException {
        assertThat(out.resolve("asthma/asthma.pdf")).isNotEmptyFile();
        assertThat(out.resolve("asthma/children/asthma-in-children.pdf")).isNotEmptyFile();
        assertThat(out.resolve("gout/gout.pdf")).isNotEmptyFile();
        assertThat(out.resolve("cy/asthma/asthma.pdf")).isNotEmptyFile();
        assertThat(page("asthma/treatment.html").select(".pdf-links a").eachAttr("href"))
                .containsExactly("treatment.pdf", "../asthma/asthma.pdf");
        assertThat(page("asthma/index.html").select(".pdf-links a").eachAttr("href"))
                .containsExactly("index.pdf", "../asthma/asthma.pdf");
        // A page at the top belongs to no section: "this guide" is the whole site's, which is small enough.
        assertThat(page("about-us.html").select(".pdf-links a").eachAttr("href"))
                .containsExactly("about-us.pdf", "riverside-health-library.pdf");
        String asthma = new String(
                Files.readAllBytes(out.resolve("asthma/asthma.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(asthma).startsWith("%PDF-");
    }
}

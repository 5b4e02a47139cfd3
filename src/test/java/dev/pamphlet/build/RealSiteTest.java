package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** Builds the real restless-legs guide and checks what a reader gets. */
class RealSiteTest {
    @TempDir
    static Path out;

    static BuildResult result;
    static String allText;

    @BeforeAll
    static void build() throws IOException {
        result = SiteFixtures.build(SiteFixtures.REAL_CONTENT, out.resolve("site"));
        StringBuilder sb = new StringBuilder();
        for (Path page : pages()) {
            sb.append(Jsoup.parse(page.toFile(), "UTF-8").text()).append('\n');
        }
        allText = sb.toString().replaceAll("\\s+", " ");
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("site"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void buildsWithoutErrors() {
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .isEmpty();
        assertThat(result.succeeded()).isTrue();
        assertThat(out.resolve("site/index.html")).exists();
        assertThat(out.resolve("site/causes.html")).exists();
        assertThat(out.resolve("site/secondary-restless-legs-syndrome.html")).exists();
        assertThat(out.resolve("site/triggers.html")).exists();
        assertThat(out.resolve("site/assets/style.css")).exists();
    }

    @Test
    void onlyWarningsAreTheHonestOverdueReviews() {
        assertThat(result.diagnostics().sorted())
                .filteredOn(d -> d.message().startsWith("overdue for review"))
                .hasSize(4);
        assertThat(result.summaries()).contains("4 pages are overdue for review");
    }

    @Test
    void everyFactOfTheSourceIsOnTheSite() {
        String text = allText.toLowerCase();
        for (String fact : List.of(
                "idiopathic",
                "primary restless legs syndrome",
                "genes",
                "run in families",
                "before the age of 40",
                "basal ganglia",
                "dopamine",
                "neurotransmitter",
                "nervous system",
                "co-ordinate movement",
                "nerve cells",
                "muscle spasms",
                "involuntary movements",
                "end of the day",
                "evening",
                "night",
                "secondary restless legs syndrome",
                "iron deficiency anaemia",
                "chronic kidney disease",
                "diabetes",
                "parkinson's disease",
                "rheumatoid arthritis",
                "underactive thyroid gland",
                "fibromyalgia",
                "pregnan",
                "week 27",
                "four weeks",
                "antidepressants",
                "antipsychotics",
                "lithium",
                "bipolar disorder",
                "calcium channel blockers",
                "high blood pressure",
                "antihistamines",
                "metoclopramide",
                "nausea",
                "smoking",
                "caffeine",
                "alcohol",
                "overweight",
                "obese",
                "stress",
                "lack of exercise")) {
            assertThat(text).as("fact '%s'", fact).contains(fact);
        }
    }

    @Test
    void noneOfTheSourcesRunTogetherWords() {
        for (String typo : List.of(
                "it'sknown",
                "andit",
                "andmovement",
                "ifnerve",
                "andinvoluntary",
                "occuras",
                "secondaryrestless",
                "candevelop",
                "triggeringrestless",
                "27until",
                "causerestless")) {
            assertThat(allText.toLowerCase()).doesNotContain(typo);
        }
    }

    /**
     * The doctor's review of 29 November 2016 was of the NHS page the guide is adapted from, not of the guide: each
     * page says so, carries the credit the NHS asks for, and claims no review of its own.
     */
    @Test
    void everyPageSaysItIsAdaptedFromTheNhsPageADoctorReviewedAndCreditsTheNhs() throws IOException {
        for (String name :
                List.of("index.html", "causes.html", "secondary-restless-legs-syndrome.html", "triggers.html")) {
            Document doc = Jsoup.parse(out.resolve("site").resolve(name).toFile(), "UTF-8");
            assertThat(doc.select(".trust-panel .adapted-from").text())
                    .isEqualTo(
                            "This page is adapted from Causes"
                                    + " of restless legs syndrome - NHS website, which a doctor medically reviewed on 29 November 2016.");
            assertThat(doc.select(".adapted-from a").attr("href"))
                    .isEqualTo("https://www.nhs.uk/conditions/restless-legs-syndrome/causes/");
            Element credit = doc.selectFirst(".trust-panel .credit a");
            assertThat(credit).isNotNull();
            assertThat(credit.text()).isEqualTo("Content supplied by the NHS website");
            assertThat(credit.attr("href")).startsWith("https://www.nhs.uk/");
            assertThat(doc.text())
                    .contains("Next review due: 29 November 2019")
                    .doesNotContain("Page last reviewed")
                    .doesNotContain("Written by")
                    .doesNotContain("Clinically reviewed by");
            assertThat(doc.select(".sources a").text()).contains("NHS");
            assertThat(doc.select("html").attr("lang")).isEqualTo("en-GB");
            Map<String, Object> data = new Json()
                    .toType(doc.select("script[type=application/ld+json]").html(), Json.MAP_TYPE);
            assertThat(data)
                    .doesNotContainKeys("lastReviewed", "author", "reviewedBy")
                    .containsEntry("creditText", "Content supplied by the NHS website")
                    .containsEntry(
                            "isBasedOn",
                            Map.of(
                                    "@type",
                                    "MedicalWebPage",
                                    "name",
                                    "Causes of restless legs syndrome - NHS website",
                                    "url",
                                    "https://www.nhs.uk/conditions/restless-legs-syndrome/causes/",
                                    "lastReviewed",
                                    "2016-11-29",
                                    "reviewedBy",
                                    Map.of("@type", "Person", "jobTitle", "doctor")));
        }
    }

    @Test
    void everyOverduePageTellsItsReadersNearTheTop() throws IOException {
        for (String name :
                List.of("index.html", "causes.html", "secondary-restless-legs-syndrome.html", "triggers.html")) {
            Document doc = Jsoup.parse(out.resolve("site").resolve(name).toFile(), "UTF-8");
            Element notice = doc.selectFirst("main .overdue-notice");
            assertThat(notice).as(name).isNotNull();
            assertThat(notice.text())
                    .isEqualTo("This page is due for review Its review was due on 29 November 2019,"
                            + " so some of the information on it may be out of date.");
            assertThat(notice.previousElementSibling().tagName()).isEqualTo("h1");
        }
    }

    @Test
    void homeListsTheArticlesInOrder() throws IOException {
        Document home = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        List<String> hrefs = home.select(".page-list a").eachAttr("href");
        assertThat(hrefs).containsExactly("causes.html", "secondary-restless-legs-syndrome.html", "triggers.html");
    }

    @Test
    void articlePageHasTheNavigationAReaderExpects() throws IOException {
        Document doc = Jsoup.parse(
                out.resolve("site/secondary-restless-legs-syndrome.html").toFile(), "UTF-8");
        assertThat(doc.select("a.skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(doc.getElementById("main-content")).isNotNull();
        assertThat(doc.select("nav[aria-label=Breadcrumb] a").eachAttr("href")).containsExactly("index.html");
        assertThat(doc.select(".guide-contents a[aria-current=page]").attr("href"))
                .isEqualTo("secondary-restless-legs-syndrome.html");
        assertThat(doc.select("a[rel=prev]").attr("href")).isEqualTo("causes.html");
        assertThat(doc.select("a[rel=next]").attr("href")).isEqualTo("triggers.html");
    }

    /** Opened from disk, a link only works if it names a file that exists; a fragment only if the id exists. */
    @Test
    void everyInternalLinkAndFragmentResolvesToAFile() throws IOException {
        Path site = out.resolve("site");
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.matches("^[a-z]+:.*") || page.getFileName().toString().equals("404.html")) {
                    continue;
                }
                assertThat(url).as("root-relative link in %s", page).doesNotStartWith("/");
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
                Path target =
                        path.isEmpty() ? page : page.getParent().resolve(path).normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + " -> " + url);
                    continue;
                }
                if (fragment != null && !fragment.isEmpty()) {
                    Document targetDoc = Jsoup.parse(target.toFile(), "UTF-8");
                    if (targetDoc.getElementById(fragment) == null) {
                        broken.add(site.relativize(page) + " -> " + url + " (no such id)");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void crossPageFragmentLinksAreRewrittenToPages() throws IOException {
        String html = Files.readString(out.resolve("site/causes.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("href=\"secondary-restless-legs-syndrome.html#what-secondary-restless-legs-syndrome-means\"");
        assertThat(html).doesNotContain(".md\"").doesNotContain(".md#");
    }

    @Test
    void checkOfTheRealContentHasNoErrors() {
        BuildResult check = new Build(SiteFixtures.options(SiteFixtures.REAL_CONTENT, out.resolve("unused"))
                        .checkOnly())
                .run();
        assertThat(check.diagnostics().errorCount()).isZero();
        assertThat(out.resolve("unused")).doesNotExist();
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path second = out.resolve("second");
        SiteFixtures.build(SiteFixtures.REAL_CONTENT, second);
        for (Path page : pages()) {
            Path rel = out.resolve("site").relativize(page);
            assertThat(Files.readAllBytes(second.resolve(rel)))
                    .as(rel.toString())
                    .isEqualTo(Files.readAllBytes(page));
        }
        try (Stream<Path> a = Files.walk(out.resolve("site"));
                Stream<Path> b = Files.walk(second)) {
            assertThat(b.map(p -> second.relativize(p).toString()).collect(Collectors.toSet()))
                    .isEqualTo(a.map(p -> out.resolve("site").relativize(p).toString())
                            .collect(Collectors.toSet()));
        }
    }
}

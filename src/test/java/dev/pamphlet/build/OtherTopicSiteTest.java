package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site on another topic, with CRLF line endings, a byte-order mark, a table, an image, a sub-folder and
 * cross-page fragment links, built with the default templates: it must come out right and carry nothing of the
 * restless-legs guide.
 */
class OtherTopicSiteTest {
    @TempDir
    static Path out;

    static BuildResult result;

    @BeforeAll
    static void build() {
        result = SiteFixtures.build(SiteFixtures.fixture("clinic/content"), out.resolve("site"));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void buildsCleanly() {
        assertThat(AwkwardInputsTest.withoutSectionNotes(result))
                .as(result.diagnostics().sorted().toString())
                .isEmpty();
    }

    @Test
    void crlfFileWithATableAndAnImage() throws IOException {
        Document doc = page("opening-hours.html");
        assertThat(doc.select("h1").text()).isEqualTo("Opening hours");
        assertThat(doc.select("table th").eachText()).containsExactly("Day", "Opening time", "Closing time");
        assertThat(doc.select("table td").first().text()).isEqualTo("Monday");
        assertThat(doc.select("img").attr("src")).isEqualTo("images/sign.png");
        assertThat(doc.select("img").attr("alt")).isEqualTo("A sign showing the opening hours");
        assertThat(out.resolve("site/images/sign.png")).exists();
        assertThat(Files.readString(out.resolve("site/opening-hours.html"))).doesNotContain("\r");
    }

    @Test
    void fileWithAByteOrderMarkInASubFolder() throws IOException {
        Document doc = page("visiting/parking.html");
        assertThat(doc.select("h1").text()).isEqualTo("Parking and buses");
        assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/style.css");
        assertThat(doc.select(".body a:not(.heading-link)").eachAttr("href"))
                .containsExactly("../opening-hours.html#weekdays", "../index.html");
        assertThat(page("opening-hours.html").getElementById("weekdays")).isNotNull();
        assertThat(doc.select(".sources a").text()).isEqualTo("Council travel guide: buses");
        assertThat(doc.text()).contains("Café");
    }

    @Test
    void reviewDatesInWords() throws IOException {
        assertThat(page("index.html").select(".review-dates").text())
                .isEqualTo("Page last reviewed: 1 March 2025 · Next review due: 1 March 2028");
    }

    @Test
    void noTraceOfTheRestlessLegsGuide() throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("site"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text =
                        new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase();
                assertThat(text)
                        .as(f.toString())
                        .doesNotContain("restless")
                        .doesNotContain("dopamine")
                        .doesNotContain("nhs");
            }
        }
    }
}

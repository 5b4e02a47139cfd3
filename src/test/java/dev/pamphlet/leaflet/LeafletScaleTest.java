package dev.pamphlet.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.memory.BuildMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site too big to print gets no leaflets unless it asks, and never one of the whole guide: a library of
 * thousands of articles must not spend minutes on PDFs, or hundreds of megabytes on one, without being asked.
 */
class LeafletScaleTest {
    @TempDir
    Path dir;

    /** A site of the home page and {@code articles} short articles, with {@code pdf} in site.yml (or none). */
    private Path site(int articles, String pdf) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yml"), """
                title: Big library
                description: Many short articles.
                language: en-GB
                base_url: https://example.org/
                publisher: Example publisher
                """ + (pdf == null ? "" : "pdf: " + pdf + "\n"));
        Files.writeString(content.resolve("index.md"), SiteFixtures.page("Home", "Welcome."));
        for (int i = 1; i <= articles; i++) {
            Files.writeString(
                    content.resolve("a" + i + ".md"), SiteFixtures.page("Article " + i, "Article number " + i + "."));
        }
        return content;
    }

    private BuildResult build(Path content, Path output) {
        return new Build(SiteFixtures.options(content, output), BuildMemory.onDisk(dir.resolve("cache"))).run();
    }

    private static List<String> pdfs(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".pdf"))
                    .map(p -> site.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    private static List<String> warnings(BuildResult result) {
        return result.diagnostics().sorted().stream()
                .filter(d -> !d.isError())
                .map(Diagnostic::message)
                .toList();
    }

    private static Document html(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void aSiteOfMoreThanAHundredPagesGetsNoLeafletsWithoutAskingAndIsToldHowToChoose() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = build(site(100, null), out);

        assertThat(result.succeeded()).isTrue();
        assertThat(pdfs(out)).isEmpty();
        assertThat(warnings(result))
                .anyMatch(m -> m.equals("no PDF leaflets: the site has 101 pages, and leaflets are made without"
                        + " asking only for a site of at most 100"));
        Diagnostic warning = result.diagnostics().sorted().stream()
                .filter(d -> d.message().startsWith("no PDF leaflets"))
                .findFirst()
                .orElseThrow();
        assertThat(warning.file()).endsWith("content/site.yml");
        assertThat(warning.hint()).contains("pdf: true").contains("pdf: false");
        assertThat(html(out.resolve("a1.html")).select("section.pdf-links")).isEmpty();
        assertThat(html(out.resolve("index.html")).select("section.pdf-links")).isEmpty();
    }

    @Test
    void checkGivesTheSameWarningAsABuild() throws IOException {
        Path content = site(100, null);
        BuildResult check = new Build(new BuildOptions(
                        content, SiteFixtures.TEMPLATES, dir.resolve("unused"), null, false, SiteFixtures.TODAY, false))
                .run();

        assertThat(warnings(check)).anyMatch(m -> m.startsWith("no PDF leaflets: the site has 101 pages"));
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void aBigSiteThatSaysNoGetsNoWarning() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = build(site(100, "false"), out);

        assertThat(result.succeeded()).isTrue();
        assertThat(pdfs(out)).isEmpty();
        assertThat(warnings(result)).noneMatch(m -> m.contains("PDF"));
    }

    @Test
    void aBigSiteThatAsksGetsALeafletOfEachPageButNoneOfTheWholeGuide() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = build(site(100, "true"), out);

        assertThat(result.succeeded()).isTrue();
        assertThat(pdfs(out)).hasSize(100).contains("a1.pdf", "a100.pdf").doesNotContain("big-library.pdf");
        assertThat(warnings(result))
                .contains("no PDF leaflet of the whole guide: its 101 pages are more than one leaflet holds (at most"
                        + " 100); each page has its own")
                .noneMatch(m -> m.startsWith("no PDF leaflets"));
        Document article = html(out.resolve("a7.html"));
        assertThat(article.select("section.pdf-links a").eachAttr("href")).containsExactly("a7.pdf");
        assertThat(article.select("section.pdf-links a").text()).contains("KB");
        // The home page's leaflet would be the whole guide's: it has none to link to.
        assertThat(html(out.resolve("index.html")).select("section.pdf-links")).isEmpty();
    }

    @Test
    void aSiteOfAHundredPagesGetsItsLeafletsAndTheGuidesWithoutAsking() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = build(site(99, null), out);

        assertThat(result.succeeded()).isTrue();
        assertThat(pdfs(out)).hasSize(100).contains("big-library.pdf", "a99.pdf");
        assertThat(warnings(result)).noneMatch(m -> m.contains("PDF"));
        assertThat(html(out.resolve("a3.html")).select("section.pdf-links a").eachAttr("href"))
                .containsExactly("a3.pdf", "big-library.pdf");
    }
}

package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.LiveMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing that runs a script reaches the site unless the site allows it: static HTML and SVG files are checked
 * when raw HTML is not allowed, and a script address in raw HTML is taken out of the page and its PDF when it is.
 */
class ActiveContentTest {
    private static final String SCRIPTED_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n"
            + "<circle r=\"4\" onload=\"alert(document.cookie)\"/>\n</svg>\n";
    private static final String VERIFICATION = "google-site-verification: google1234abcd.html\n";
    private static final String DRAWING = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<use href=\"#c\"/><circle id=\"c\" r=\"4\"/></svg>\n";

    @TempDir
    Path dir;

    private Path clinic() {
        return SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
    }

    private static void allowHtml(Path content, boolean allow) throws IOException {
        Path yml = content.resolve("site.yml");
        String text = Files.readString(yml).replaceAll("(?m)^allow_html: .*\\n", "");
        Files.writeString(yml, text + (allow ? "allow_html: true\n" : "allow_html: false\n"));
    }

    private CliRun build(Path content) {
        return CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--output",
                dir.resolve("site").toString());
    }

    @Test
    void plainHtmlAndSvgFilesArePublishedUnchanged() throws IOException {
        Path content = clinic();
        Files.writeString(content.resolve("google1234abcd.html"), VERIFICATION);
        Files.writeString(content.resolve("images/drawing.svg"), DRAWING);

        CliRun run = build(content);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("google1234abcd.html").doesNotContain("drawing.svg");
        assertThat(dir.resolve("site/google1234abcd.html")).hasContent(VERIFICATION.strip());
        assertThat(dir.resolve("site/images/drawing.svg"))
                .hasSameBinaryContentAs(content.resolve("images/drawing.svg"));
    }

    @Test
    void aSiteThatAllowsRawHtmlPublishesItsActiveFilesAsTheyAre() throws IOException {
        Path content = clinic();
        allowHtml(content, true);
        Files.writeString(content.resolve("images/logo.svg"), SCRIPTED_SVG);
        Files.writeString(content.resolve("welcome.html"), "<p onclick=\"hello()\">Welcome</p>\n");

        CliRun run = build(content);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(dir.resolve("site/images/logo.svg")).hasSameBinaryContentAs(content.resolve("images/logo.svg"));
        assertThat(dir.resolve("site/welcome.html")).hasSameBinaryContentAs(content.resolve("welcome.html"));
    }

    @Test
    void takingBackAllowHtmlChecksTheFilesAnEarlierBuildPublished() throws IOException {
        Path content = clinic();
        allowHtml(content, true);
        Files.writeString(content.resolve("images/logo.svg"), SCRIPTED_SVG);
        Path output = dir.resolve("site");
        // The preview's memory: it remembers the SVG as published, and is told only that site.yml changed.
        LiveMemory memory = BuildMemory.inProcess();
        assertThat(new Build(SiteFixtures.options(content, output), memory)
                        .run()
                        .succeeded())
                .isTrue();
        Map<String, byte[]> before = InvalidSitesTest.snapshot(output);

        allowHtml(content, false);
        memory.forget("site.yml");
        BuildResult again = new Build(SiteFixtures.options(content, output), memory).run();

        assertThat(again.succeeded()).isFalse();
        assertThat(again.diagnostics().sorted())
                .filteredOn(d -> d.isError())
                .extracting(d -> d.location() + ": " + d.message())
                .containsExactly(content + "/images/logo.svg:2:15: SVG file has an event handler (onload), which a"
                        + " browser runs as a script");
        assertThat(InvalidSitesTest.snapshot(output))
                .as("the published site is kept")
                .isEqualTo(before);
    }

    @Test
    void aScriptLinkInRawHtmlIsLeftOutOfThePageAndItsPdfWithAWarningAtItsLine() throws IOException {
        Path content = clinic();
        allowHtml(content, true);
        Path page = content.resolve("opening-hours.md");
        String text = Files.readString(page);
        int line = (int) text.lines().count() + 2;
        Files.writeString(
                page,
                text + "\nCome by <a href=\"JaVaScRiPt:alert(document.cookie)\" class=\"map\">the car park map</a>"
                        + " or <a href=\"visiting/parking.html\">parking</a>.\n");

        CliRun run = build(content);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err())
                .contains(
                        page + ":" + line + ":12: warning: <a href> runs a script ('JaVaScRiPt:alert(document.cook…');"
                                + " the address has been left out of the page and its PDF, the text kept")
                .contains("hint: link to a page or a web address instead");
        Path site = dir.resolve("site");
        Document html = Jsoup.parse(site.resolve("opening-hours.html").toFile(), "UTF-8");
        assertThat(html.select("a.map")).singleElement().satisfies(a -> {
            assertThat(a.hasAttr("href")).isFalse();
            assertThat(a.text()).isEqualTo("the car park map");
        });
        assertThat(html.select("a[href=visiting/parking.html]"))
                .extracting(a -> a.text())
                .contains("parking");
        for (Path pdf : List.of(site.resolve("opening-hours.pdf"), site.resolve("visiting-elm-street-practice.pdf"))) {
            assertThat(linkTargets(pdf))
                    .as(pdf.getFileName().toString())
                    .isNotEmpty()
                    .noneMatch(t -> t.toLowerCase().contains("script"));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                        .contains("the car park map");
            }
        }
        assertThat(filesContaining(site, "alert(document.cookie)"))
                .as("no page, search index, feed, sitemap or page data holds the address")
                .isEmpty();
    }

    /** Where every link in a PDF goes: its address, or what its action is. */
    private static List<String> linkTargets(Path pdf) throws IOException {
        List<String> targets = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : doc.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        targets.add(
                                action instanceof PDActionURI uri
                                        ? uri.getURI()
                                        : action == null ? "destination" : action.getSubType());
                    }
                }
            }
        }
        return targets;
    }

    private static List<String> filesContaining(Path site, String text) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".pdf")
                        && new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text)) {
                    found.add(site.relativize(f).toString());
                }
            }
        }
        return found;
    }
}

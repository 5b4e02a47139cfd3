package dev.pamphlet.leaflet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.memory.BuildMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long pages in leaflets: a long paragraph is printed whole and in order, in time that grows with its length; a
 * page too long for any leaflet gets none, with a warning at its file; a leaflet the PDF library cannot make is an
 * error a publisher can read.
 */
class LeafletLengthTest {
    private static final Duration NEVER_ENDS = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** A site of a home page and the article {@code long.md} with {@code body}; {@code extra} goes in site.yml. */
    private Path site(String body, String extra) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yml"), """
                title: Long pages
                description: A guide with a long page.
                language: en-GB
                base_url: https://example.org/
                publisher: Example publisher
                """ + extra);
        Files.writeString(content.resolve("index.md"), SiteFixtures.page("Home", "Welcome."));
        Files.writeString(content.resolve("long.md"), SiteFixtures.page("Long page", body));
        return content;
    }

    private BuildResult build(Path content, Path out) {
        return assertTimeoutPreemptively(
                NEVER_ENDS,
                () -> new Build(SiteFixtures.options(content, out), BuildMemory.onDisk(dir.resolve("cache"))).run());
    }

    private static List<String> numberedWords(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Arrays.stream(new PDFTextStripper().getText(doc).split("\\s+"))
                    .filter(w -> w.matches("w\\d+"))
                    .toList();
        }
    }

    @Test
    void aLongParagraphIsPrintedWholeAndInOrder() throws IOException {
        // 60,000 words, about 400 KB: laid out in two hundred pieces.
        List<String> words = IntStream.range(0, 60_000).mapToObj(i -> "w" + i).toList();
        Path out = dir.resolve("site");

        BuildResult result = build(site(String.join(" ", words), ""), out);

        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .isEmpty();
        assertThat(numberedWords(out.resolve("long.pdf"))).isEqualTo(words);
        assertThat(numberedWords(out.resolve("long-pages.pdf"))).isEqualTo(words);
    }

    @Test
    void aPageTooLongForALeafletGetsNoneAndTheGuideLeavesItOutWithAWarningAtItsFile() throws IOException {
        String paragraph = "Restless legs keep people awake at night. ".repeat(15_000); // 0.6 MB
        Path out = dir.resolve("site");

        BuildResult result = build(site(paragraph, ""), out);

        assertThat(result.succeeded()).isTrue();
        Diagnostic warning = result.diagnostics().sorted().stream()
                .filter(d -> d.message().startsWith("no PDF leaflet of this page"))
                .findFirst()
                .orElseThrow();
        assertThat(warning.location()).endsWith("content/long.md:1");
        assertThat(warning.message())
                .contains("0.6 MB")
                .contains("at most 0.5 MB")
                .contains("leaves it out");
        assertThat(warning.hint()).contains("shorter pages");
        assertThat(out.resolve("long.html")).exists();
        assertThat(out.resolve("long.pdf")).doesNotExist();
        assertThat(LeafletTest.text(out.resolve("long-pages.pdf")))
                .contains("Welcome.")
                .doesNotContain("Restless legs keep people awake");
        assertThat(Files.readString(out.resolve("long.html"))).doesNotContain("long.pdf");
    }

    @Test
    void aLeafletThePdfLibraryCannotMakeIsAReadableErrorAtItsPage() throws IOException {
        Path content = site("A page no paper fits.", "");
        // A print template whose paper has no size: the PDF library gives up on every leaflet.
        Path templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        Path print = templates.resolve(LeafletWriter.TEMPLATE);
        Files.writeString(print, Files.readString(print).replace("size: A4;", "size: 0mm 0mm;"));
        Path out = dir.resolve("site");

        BuildResult result = assertTimeoutPreemptively(
                NEVER_ENDS,
                () -> new Build(
                                new BuildOptions(content, templates, out, null, false, SiteFixtures.TODAY, true),
                                BuildMemory.onDisk(dir.resolve("cache")))
                        .run());

        assertThat(result.succeeded()).isFalse();
        Diagnostic error = result.diagnostics().sorted().stream()
                .filter(d -> d.isError() && d.message().contains("long.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(error.location()).endsWith("content/long.md");
        assertThat(error.message())
                .isEqualTo("cannot make the PDF leaflet long.pdf: its pages leave no room for text (the page size,"
                        + " less the margins, is zero or less)");
        assertThat(error.hint()).contains("@page").contains("print.ftlh");
        assertThat(error.message() + error.hint()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]|Exception");
    }

    @Test
    void theLibrarysMessagesLoseTheirJavaNames() {
        assertThat(LeafletFailure.plain("java.lang.NullPointerException: Cannot invoke"
                        + " \"com.openhtmltopdf.render.Box.getStyle()\" because \"box\" is null"))
                .doesNotContain("java.lang")
                .doesNotContain("Exception")
                .doesNotContain("com.openhtmltopdf");
        LeafletFailure failure = LeafletFailure.of(
                "causes.pdf",
                new LeafletFailure.PdfException(
                        "laying out the leaflet's pages", new IllegalStateException("java.io.EOFException")));
        assertThat(failure.message())
                .isEqualTo("cannot make the PDF leaflet causes.pdf: the PDF library failed while laying out the"
                        + " leaflet's pages");
    }
}

package dev.pamphlet.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.memory.BuildMemory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF is made again only when what it is made from changes; a site can do without them. */
class LeafletCacheTest {
    static final String GUIDE = "visiting-elm-street-practice.pdf";

    @TempDir
    Path dir;

    Path content;
    Path cache;

    @BeforeEach
    void copyFixture() {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        cache = dir.resolve("cache");
    }

    BuildResult build(Path output) {
        return build(SiteFixtures.options(content, output));
    }

    BuildResult build(BuildOptions options) {
        BuildResult result = new Build(options, BuildMemory.onDisk(cache)).run();
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .isEmpty();
        return result;
    }

    List<Path> cached() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("pdf"))) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /**
     * Dates every content file an hour back, as for a site edited before today: a file saved in the last seconds
     * may be saved again without its time changing, so no build trusts its time alone.
     */
    void ageContent() throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
    }

    static List<String> pdfsIn(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".pdf"))
                    .map(p -> site.relativize(p).toString())
                    .toList();
        }
    }

    @Test
    void aBuildIntoANewFolderTakesEveryPdfFromTheCache() throws IOException {
        build(dir.resolve("first"));
        assertThat(cached()).hasSize(3);
        // Mark each cached PDF: a PDF made again would not carry the mark.
        for (Path pdf : cached()) {
            Files.write(
                    pdf,
                    (new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1) + "%cached\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
        }
        Path fresh = dir.resolve("fresh");
        build(fresh);
        assertThat(pdfsIn(fresh)).hasSize(3);
        for (String pdf : pdfsIn(fresh)) {
            assertThat(Files.readString(fresh.resolve(pdf), StandardCharsets.ISO_8859_1))
                    .endsWith("%cached\n");
        }
        assertThat(cached()).hasSize(3);
    }

    @Test
    void aBuildIntoANewFolderFromInputsUnchangedSinceTakesThePdfsWithoutMakingPrintHtml() throws Exception {
        ageContent();
        classesLoadedByABuild(dir.resolve("first"));
        List<String> classes = classesLoadedByABuild(dir.resolve("fresh"));
        assertThat(pdfsIn(dir.resolve("fresh"))).hasSize(3);
        for (String pdf : pdfsIn(dir.resolve("fresh"))) {
            assertThat(dir.resolve("fresh").resolve(pdf))
                    .hasSameBinaryContentAs(dir.resolve("first").resolve(pdf));
        }
        assertThat(classes).noneMatch(l -> l.contains("dev.pamphlet.leaflet.PrintModel"));
    }

    @Test
    void aFileSavedTooRecentlyToTrustItsTimeIsComparedByWhatItHolds() throws Exception {
        // A time ahead of the clock: no build can tell by it whether the file was saved again since.
        Path file = content.resolve("visiting/parking.md");
        FileTime ahead = FileTime.from(Instant.now().plus(Duration.ofHours(1)));
        Files.setLastModifiedTime(file, ahead);
        classesLoadedByABuild(dir.resolve("first"));
        assertThat(classesLoadedByABuild(dir.resolve("fresh")))
                .as("the same text: the PDFs are taken as they are")
                .noneMatch(l -> l.contains("dev.pamphlet.leaflet.PrintModel"));
        edit("visiting/parking.md", "The car park has 20 spaces.", "The car park has 25 spaces.");
        Files.setLastModifiedTime(file, ahead); // the same size and the same time: only the text tells
        Path again = dir.resolve("again");
        assertThat(classesLoadedByABuild(again)).anyMatch(l -> l.contains("dev.pamphlet.leaflet.PrintModel"));
        assertThat(LeafletTest.text(again.resolve("visiting/parking.pdf"))).contains("The car park has 25 spaces.");
    }

    @Test
    void aBuildIntoANewFolderAfterAnEditTakesNoPdfMadeBeforeIt() throws IOException {
        ageContent();
        build(dir.resolve("first"));
        edit("visiting/parking.md", "The car park has 20 spaces.", "The car park has 25 spaces.");
        ageContent(); // an hour old again, but not the same time as before
        Path fresh = dir.resolve("fresh");
        build(fresh);
        assertThat(LeafletTest.text(fresh.resolve("visiting/parking.pdf"))).contains("The car park has 25 spaces.");
        assertThat(LeafletTest.text(fresh.resolve(GUIDE))).contains("The car park has 25 spaces.");
        assertThat(fresh.resolve("opening-hours.pdf"))
                .hasSameBinaryContentAs(dir.resolve("first").resolve("opening-hours.pdf"));
    }

    @Test
    void aPdfGoneFromTheCacheIsMadeAgainForANewFolder() throws IOException {
        ageContent();
        build(dir.resolve("first"));
        for (Path pdf : cached()) {
            Files.delete(pdf);
        }
        Path fresh = dir.resolve("fresh");
        build(fresh);
        assertThat(pdfsIn(fresh)).hasSize(3);
        assertThat(LeafletTest.text(fresh.resolve("visiting/parking.pdf"))).contains("The car park has 20 spaces.");
        assertThat(cached()).hasSize(3);
    }

    @Test
    void anEditMakesAgainOnlyThePdfsItChanges() throws IOException {
        Path site = dir.resolve("site");
        build(site);
        byte[] hours = Files.readAllBytes(site.resolve("opening-hours.pdf"));
        edit("visiting/parking.md", "The car park has 20 spaces.", "The car park has 25 spaces.");
        build(site);
        assertThat(cached()).as("the edited page's and the guide's are new").hasSize(5);
        assertThat(site.resolve("opening-hours.pdf")).hasBinaryContent(hours);
        assertThat(LeafletTest.text(site.resolve("visiting/parking.pdf")))
                .contains("The car park has 25 spaces.")
                .doesNotContain("20 spaces");
        assertThat(LeafletTest.text(site.resolve(GUIDE))).contains("The car park has 25 spaces.");
    }

    @Test
    void everyPageShowsTheGuidesNewSizeWhenItGrows() throws IOException {
        Path site = dir.resolve("site");
        build(site);
        String before = LeafletWriter.size(Files.size(site.resolve(GUIDE)));
        edit(
                "visiting/parking.md",
                "## By bus",
                ("The car park is free for the first hour. ".repeat(12) + "\n\n").repeat(30) + "## By bus");
        BuildResult grown = build(site);
        String after = LeafletWriter.size(Files.size(site.resolve(GUIDE)));
        assertThat(after).isNotEqualTo(before);
        assertThat(grown.rendered()).as("every page shows the guide's size").isEqualTo(3);
        for (String page : List.of("index.html", "opening-hours.html", "visiting/parking.html")) {
            assertThat(Jsoup.parse(site.resolve(page).toFile(), "UTF-8").text())
                    .contains("Download this guide as a PDF (" + after + ")");
        }
    }

    @Test
    void aChangedImageChangesItsPagesPdf() throws IOException {
        Path site = dir.resolve("site");
        build(site);
        byte[] hours = Files.readAllBytes(site.resolve("opening-hours.pdf"));
        byte[] parking = Files.readAllBytes(site.resolve("visiting/parking.pdf"));
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ImageIO.write(image, "png", content.resolve("images/sign.png").toFile());
        build(site);
        assertThat(Files.readAllBytes(site.resolve("opening-hours.pdf"))).isNotEqualTo(hours);
        assertThat(site.resolve("visiting/parking.pdf")).hasBinaryContent(parking);
    }

    @Test
    void pdfFalseMakesNoPdfsAndNoLinksToThem() throws IOException {
        Path site = dir.resolve("site");
        build(site);
        assertThat(pdfsIn(site)).hasSize(3);
        Files.writeString(content.resolve("site.yml"), Files.readString(content.resolve("site.yml")) + "pdf: false\n");
        build(site);
        assertThat(pdfsIn(site)).as("the PDFs published before are removed").isEmpty();
        for (String page : List.of("index.html", "opening-hours.html", "visiting/parking.html")) {
            assertThat(Files.readString(site.resolve(page)))
                    .doesNotContain("PDF")
                    .doesNotContain(".pdf");
        }
    }

    @Test
    void aFileAtTheAddressOfAPdfIsAnError() throws IOException {
        Files.writeString(content.resolve("opening-hours.pdf"), "not a leaflet");
        BuildResult result =
                new Build(SiteFixtures.options(content, dir.resolve("site")), BuildMemory.onDisk(cache)).run();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.file()).endsWith("content/opening-hours.pdf");
                    assertThat(d.message()).contains("PDF leaflet of").contains("opening-hours.md");
                    assertThat(d.hint()).contains("pdf: false");
                });
    }

    @Test
    void aSitesOwnPrintTemplateRestylesItsLeaflets() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String print = Files.readString(SiteFixtures.TEMPLATES.resolve(LeafletWriter.TEMPLATE));
        assertThat(print).contains("<div class=\"masthead\">");
        Files.writeString(
                templates.resolve(LeafletWriter.TEMPLATE),
                print.replace(
                        "<div class=\"masthead\">", "<div class=\"masthead\"><p>Patient information leaflet</p>"));
        Path site = dir.resolve("site");
        build(new BuildOptions(content, templates, site, null, false, SiteFixtures.TODAY, true));
        assertThat(LeafletTest.text(site.resolve("opening-hours.pdf"))).contains("Patient information leaflet");
        assertThat(PdfUa.failedRules(site.resolve("opening-hours.pdf"))).isEmpty();
    }

    /** The command as a user runs it, in a JVM of its own, listing every class it loads. */
    List<String> classesLoadedByABuild(Path output) throws Exception {
        Path log = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.pamphlet.cli.Main",
                "build",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                output.toString(),
                "--cache",
                cache.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PAMPHLET_TUNED_JVM", "off");
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(printed).isZero();
        return Files.readAllLines(log);
    }

    @Test
    void thePdfLibrariesAreLoadedOnlyWhenAPdfMustBeMade() throws Exception {
        assertThat(classesLoadedByABuild(dir.resolve("first"))).anyMatch(l -> l.contains("com.openhtmltopdf."));
        List<String> fresh = classesLoadedByABuild(dir.resolve("fresh"));
        assertThat(pdfsIn(dir.resolve("fresh"))).hasSize(3);
        assertThat(fresh)
                .noneMatch(l -> l.contains("com.openhtmltopdf.")
                        || l.contains("org.apache.pdfbox.")
                        || l.contains("org.jsoup."));
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = content.resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}

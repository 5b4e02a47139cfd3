package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.memory.BuildMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each build here is a new {@link Build} with nothing in memory, as a new process would be: all it knows of the
 * build before comes from the cache on disk. Whatever happened in between, it must publish exactly what a full
 * build of the same sources into another folder publishes, and report the same diagnostics.
 */
class DiskCacheTest {
    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private Path output;
    private Path cacheDir;
    /** Files are given times in the past, one second apart, as if saved a while before each build. */
    private Instant clock = Instant.now().minus(1, ChronoUnit.HOURS);

    @BeforeEach
    void firstBuild() throws IOException {
        content = SiteFixtures.copy(SiteFixtures.fixture("warnings/content"), dir.resolve("content"));
        // The counts below are of the fixture's first four pages; its callout page shows a warning of its own.
        Files.delete(content.resolve("callout.md"));
        Files.createDirectories(content.resolve("visiting"));
        Files.writeString(content.resolve("visiting/parking.md"), """
                ---
                title: Parking and buses
                summary: Where to park and which buses stop nearby.
                reviewed: 2025-03-01
                review_due: 2028-03-01
                order: 2
                sources:
                  - title: Council travel guide
                    url: https://council.example.org/buses
                ---

                ## Car park

                The car park has 20 spaces. Read the [overdue page](../overdue.md) before you come.
                """);
        templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        age(content);
        age(templates);
        output = dir.resolve("site");
        cacheDir = dir.resolve("cache");
        BuildResult first = build(options());
        assertThat(first.succeeded())
                .as(first.diagnostics().sorted().toString())
                .isTrue();
        assertThat(first.rendered()).isEqualTo(first.pages()).isEqualTo(4);
    }

    @Test
    void aSecondBuildWithNothingChangedRendersAndWritesNothingAndReportsTheSame() {
        BuildResult first = fullBuild();
        BuildResult again = build(options());
        assertThat(again.rendered()).isZero();
        assertThat(again.files().written()).isZero();
        assertThat(again.files().unchanged())
                .isEqualTo(SiteFixtures.filesOf(output).size());
        assertThat(again.files().deleted()).isZero();
        assertThat(again.diagnostics().sorted())
                .isNotEmpty()
                .isEqualTo(first.diagnostics().sorted());
        assertThat(again.summaries()).isEqualTo(first.summaries()).isNotEmpty();
        assertThat(again.pages()).isEqualTo(first.pages());
    }

    @Test
    void aBuildWithNothingChangedDoesNotReadTheMarkdown() throws IOException {
        // Same size and time, other bytes: only a build that reads the file would notice.
        Path file = content.resolve("overdue.md");
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("title: Overdue", "title: Ovxrdue"));
        Files.setLastModifiedTime(file, time);
        BuildResult again = build(options());
        assertThat(again.rendered()).isZero();
        assertThat(Files.readString(output.resolve("overdue.html")))
                .contains("Overdue")
                .doesNotContain("Ovxrdue");
    }

    @Test
    void aSourceChangedJustBeforeABuildIsConfirmedByItsTextNotItsTime() throws IOException {
        // A time this close to the build's (here, ahead of it) may not move when the file is saved again.
        Path file = content.resolve("overdue.md");
        String text = Files.readString(file);
        FileTime racy = FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(file, racy);
        BuildResult touched = build(options());
        assertThat(touched.rendered()).isEqualTo(1);
        assertThat(touched.files().written()).isZero();
        assertThat(build(options()).rendered())
                .as("the same text: nothing to render")
                .isZero();

        Files.writeString(file, text.replace("title: Overdue", "title: Ovxrdue"));
        Files.setLastModifiedTime(file, racy);
        BuildResult edited = build(options());
        // The page, and those listing it at the top of the site; visiting/parking.md is in a section of its own.
        assertThat(edited.rendered()).isEqualTo(3);
        assertThat(Files.readString(output.resolve("overdue.html"))).contains("Ovxrdue");
        assertSameAsFullBuild(edited);
    }

    @Test
    void aBodyEditRendersOnlyThatPage() throws IOException {
        edit("overdue.md", "should have been reviewed already", "should have been looked at already");
        BuildResult result = build(options());
        assertThat(result.rendered()).isEqualTo(1);
        assertThat(result.files().written())
                .as("the page, its PDF, the guide's PDF and the search index")
                .isEqualTo(4);
        assertThat(Files.readString(output.resolve("overdue.html"))).contains("looked at already");
        assertSameAsFullBuild(result);
        assertThat(build(options()).rendered()).as("and the build after it").isZero();
    }

    @Test
    void aTitleEditRendersThePagesThatShowIt() throws IOException {
        edit("overdue.md", "title: Overdue", "title: Late for review");
        BuildResult result = build(options());
        // Every page: each shows the guide PDF's size, which the new title changes.
        assertThat(result.rendered()).isEqualTo(4);
        assertThat(Files.readString(output.resolve("index.html"))).contains("Late for review");
        assertThat(Files.readString(output.resolve("a-z.html"))).contains("Late for review");
        assertSameAsFullBuild(result);
    }

    @Test
    void onALargeSiteATitleEditRendersOnlyThePagesThatShowIt() throws IOException {
        // Above 40 pages, each page lists the 10 pages either side of it in its section; the section's hub lists
        // them all (here a hub made from the folder's name, which every build writes).
        // The pages alone: with PDFs, every page also shows the guide PDF's size, which a new title can change.
        edit("site.yml", "title: ", "pdf: false\ntitle: ");
        for (int i = 1; i <= 60; i++) {
            write(String.format("guide/page-%02d.md", i), """
                    ---
                    title: Page %d
                    summary: Page %d of the guide.
                    reviewed: 2025-03-01
                    review_due: 2028-03-01
                    order: %d
                    sources:
                      - title: Practice handbook
                        url: https://clinic.example.org/handbook
                    ---

                    ## About

                    This is a short page. It says very little.
                    """.formatted(i, i, 100 + i));
        }
        assertThat(build(options()).succeeded()).isTrue();
        int pages = 4 + 60;
        edit("guide/page-30.md", "title: Page 30", "title: The thirtieth page");
        BuildResult retitled = build(options());
        assertThat(retitled.rendered())
                .as("itself and the 10 pages either side")
                .isEqualTo(21);
        assertThat(Files.readString(output.resolve("guide/index.html"))).contains("The thirtieth page");
        assertSameAsFullBuild(retitled);

        edit("guide/page-30.md", "order: 130", "order: 999");
        BuildResult moved = build(options());
        assertThat(moved.rendered()).isGreaterThan(21).isLessThan(pages);
        assertSameAsFullBuild(moved);

        Files.delete(content.resolve("guide/page-45.md"));
        BuildResult removed = build(options());
        assertThat(removed.rendered())
                .as("every page of the section says how many pages it has, and the home page lists its count;"
                        + " visiting/parking.md, in a section of its own, does not show it")
                .isEqualTo(pages - 2);
        assertSameAsFullBuild(removed);
    }

    @Test
    void aBrokenLinkInAPageKeptFromTheCacheIsReportedWithItsLine() throws IOException {
        Files.delete(content.resolve("overdue.md"));
        BuildResult result = build(options());
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted()).anySatisfy(d -> {
            assertThat(d.file()).endsWith("index.md");
            assertThat(d.sourceLine()).contains("[the overdue page](overdue.md)");
        });
        assertSameAsFullBuild(result);
    }

    @Test
    void addedDeletedAndRenamedFilesAreFollowed() throws IOException {
        write(
                "visiting/wheelchairs.md",
                Files.readString(content.resolve("visiting/parking.md"))
                        .replace("title: Parking and buses", "title: Wheelchair access"));
        assertSameAsFullBuild(build(options()));
        Files.move(content.resolve("visiting/wheelchairs.md"), content.resolve("visiting/access.md"));
        assertSameAsFullBuild(build(options()));
        assertThat(output.resolve("visiting/wheelchairs.html")).doesNotExist();
        write("visiting/sign.png", "not really a picture");
        assertSameAsFullBuild(build(options()));
        Files.delete(content.resolve("pic.png"));
        assertSameAsFullBuild(build(options()));
    }

    @Test
    void outputFilesDeletedEditedOrAddedByHandAreSetRight() throws IOException {
        Files.delete(output.resolve("overdue.html"));
        Files.writeString(output.resolve("index.html"), "edited by hand");
        Files.writeString(output.resolve("sitemap.xml"), "edited by hand");
        Files.writeString(output.resolve("pic.png"), "edited by hand");
        Files.writeString(output.resolve("visiting/extra.html"), "added by hand");
        BuildResult result = build(options());
        assertThat(result.rendered()).as("the deleted and the edited page").isEqualTo(2);
        assertSameAsFullBuild(result);
    }

    @Test
    void aDeletedOrEmptiedOutputFolderIsWrittenWhole() throws IOException {
        deleteTree(output);
        assertSameAsFullBuild(build(options()));
        deleteTree(output);
        Files.createDirectories(output);
        assertSameAsFullBuild(build(options()));
    }

    @Test
    void aDeletedOrDamagedCacheMeansAFullBuild() throws IOException {
        deleteTree(cacheDir);
        BuildResult rebuilt = build(options());
        assertThat(rebuilt.rendered()).isEqualTo(4);
        assertSameAsFullBuild(rebuilt);

        Path file = cacheFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        BuildResult afterDamage = build(options());
        assertThat(afterDamage.rendered()).isEqualTo(4);
        assertThat(afterDamage.diagnostics().sorted())
                .as("a damaged cache is reported")
                .anyMatch(d -> d.file().endsWith("build.bin") && d.message().startsWith("cannot read the build cache"));
        assertSameAsFullBuild(afterDamage);

        // Damage in the details, which only a build with something to redo reads: it starts from nothing.
        assertThat(build(options()).rendered()).isZero();
        bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x5A;
        Files.write(file, bytes);
        edit("overdue.md", "should have been reviewed already", "was due long ago");
        BuildResult afterDetailsDamage = build(options());
        assertThat(afterDetailsDamage.rendered()).isEqualTo(4);
        assertSameAsFullBuild(afterDetailsDamage);

        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 100));
        assertThat(build(options()).rendered()).isEqualTo(4);
        Files.writeString(file, "");
        assertThat(build(options()).rendered()).isEqualTo(4);
        assertThat(build(options()).rendered())
                .as("each full build saves the cache again")
                .isZero();
    }

    @Test
    void templatesSettingsBaseUrlAndDateChangesRenderEveryPage() throws IOException {
        Path layout = templates.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<p>Printed leaflet.</p></footer>"));
        touch(layout);
        assertEveryPageRendered(build(options()));

        Files.writeString(templates.resolve("assets/extra.css"), "p { color: black; }");
        touch(templates.resolve("assets/extra.css"));
        assertEveryPageRendered(build(options()));

        edit("site.yml", "title: ", "title: The ");
        assertEveryPageRendered(build(options()));

        BuildOptions otherUrl = new BuildOptions(
                content, templates, output, "https://elsewhere.example/guide/", false, SiteFixtures.TODAY, true);
        assertEveryPageRendered(build(otherUrl));
        assertThat(Files.readString(output.resolve("sitemap.xml"))).contains("https://elsewhere.example/guide/");

        BuildOptions tomorrow = options().withToday(SiteFixtures.TODAY.plusDays(1));
        BuildResult nextDay = build(tomorrow);
        assertThat(nextDay.rendered()).isEqualTo(4);
        assertThat(nextDay.diagnostics().sorted())
                .isEqualTo(new Build(tomorrow.withOutput(dir.resolve("fresh-day")))
                        .run()
                        .diagnostics()
                        .sorted());
    }

    @Test
    void aFailedBuildLeavesTheCacheAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(cacheFile());
        String original = Files.readString(content.resolve("overdue.md"));
        edit("overdue.md", "title: Overdue", "titel: Overdue");
        assertThat(build(options()).succeeded()).isFalse();
        assertThat(cacheFile()).hasBinaryContent(before);

        write("overdue.md", original);
        BuildResult fixed = build(options());
        assertThat(fixed.rendered())
                .as("the page read again, with nothing in it changed")
                .isEqualTo(1);
        assertThat(fixed.files().written()).isZero();
        assertSameAsFullBuild(fixed);
    }

    @Test
    void aBuildWithoutTheCacheInBetweenIsNoticed() throws IOException {
        edit("overdue.md", "should have been reviewed already", "was due long ago");
        new Build(options()).run(); // publishes without saving what it did
        edit("overdue.md", "was due long ago", "should have been reviewed already");
        BuildResult result = build(options());
        assertSameAsFullBuild(result);
    }

    @Test
    void buildsIntoDifferentOutputFoldersKeepApart() throws IOException {
        Path other = dir.resolve("other-site");
        assertThat(build(options().withOutput(other)).rendered()).isEqualTo(4);
        edit("overdue.md", "should have been reviewed already", "was due long ago");
        assertThat(build(options().withOutput(other)).rendered()).isEqualTo(1);
        assertThat(build(options()).rendered()).isEqualTo(1);
        assertThat(SiteFixtures.filesOf(other)).isEqualTo(SiteFixtures.filesOf(output));
    }

    @Test
    void theCommandLineRepeatsTheReportAndSaysNothingWasWritten() {
        Path site = dir.resolve("cli-site");
        String[] args = {
            "build",
            "--content",
            content.toString(),
            "--templates",
            templates.toString(),
            "--output",
            site.toString(),
            "--cache",
            cacheDir.toString()
        };
        CliRun first = CliRun.of(args);
        CliRun second = CliRun.of(args);
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.err()).isEqualTo(first.err()).contains("warning:");
        assertThat(second.out())
                .matches("(?s)Built 4 pages in .* \\(0 rendered, 0 files written, \\d+ unchanged,"
                        + " 0 removed\\)\\s*");
        CliRun uncached = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                site.toString(),
                "--no-cache");
        assertThat(uncached.out()).contains("(4 rendered, ");
    }

    @Test
    void aCacheFolderInsideTheOutputFolderIsRefusedAndNothingIsWritten() {
        Map<String, String> published = SiteFixtures.filesOf(output);
        BuildResult result = new Build(options(), BuildMemory.onDisk(output.resolve("cache"))).run();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .isEqualTo("refusing to use this folder as the build cache: it is inside the output folder "
                                + output));
        assertThat(output.resolve("cache")).doesNotExist();
        assertThat(SiteFixtures.filesOf(output)).isEqualTo(published);
    }

    private void assertEveryPageRendered(BuildResult result) {
        assertThat(result.rendered()).isEqualTo(4);
        assertSameAsFullBuild(result);
        assertThat(build(lastOptions).rendered()).as("the build after it").isZero();
    }

    /** The options of the last build, for the full build it is compared with. */
    private BuildOptions lastOptions;

    private BuildOptions options() {
        return new BuildOptions(content, templates, output, null, false, SiteFixtures.TODAY, true);
    }

    private BuildResult build(BuildOptions options) {
        lastOptions = options;
        return new Build(options, BuildMemory.onDisk(cacheDir)).run();
    }

    private BuildResult fullBuild() {
        return new Build(lastOptions.withOutput(dir.resolve("fresh-" + System.nanoTime()))).run();
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(p -> p.getFileName().toString().equals("build.bin"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private void edit(String path, String from, String to) throws IOException {
        String text = Files.readString(content.resolve(path));
        assertThat(text).contains(from);
        write(path, text.replace(from, to));
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        touch(file);
    }

    /** Gives a file a time a second later than the last one given, still in the past. */
    private void touch(Path file) throws IOException {
        clock = clock.plusSeconds(1);
        Files.setLastModifiedTime(file, FileTime.from(clock));
    }

    private void age(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                touch(p);
            }
        }
    }

    private void assertSameAsFullBuild(BuildResult cached) {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        BuildResult full = new Build(lastOptions.withOutput(fresh)).run();
        assertThat(cached.diagnostics().sorted().stream().filter(d -> !d.file().endsWith("build.bin")))
                .isEqualTo(full.diagnostics().sorted());
        assertThat(cached.summaries()).isEqualTo(full.summaries());
        assertThat(cached.pages()).isEqualTo(full.pages());
        assertThat(cached.succeeded()).isEqualTo(full.succeeded());
        if (full.succeeded()) {
            assertThat(SiteFixtures.filesOf(output)).isEqualTo(SiteFixtures.filesOf(fresh));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

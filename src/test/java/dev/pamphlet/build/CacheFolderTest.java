package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.cli.Main;
import dev.pamphlet.output.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache is Pamphlet's own folder: a folder that holds anything of anyone else's, or lies in or around
 * what a build reads and publishes, is refused before anything is written; tidying deletes only what Pamphlet
 * wrote; and nothing of the cache is ever published, wherever Pamphlet is run from.
 */
class CacheFolderTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2019-05-01T10:00:00Z"));
    private static final String PAMPHLET_PDF = "[0-9a-f]{64}\\.pdf";

    @TempDir
    Path dir;

    Path content;
    Path output;

    @BeforeEach
    void copySite() {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        output = dir.resolve("site");
    }

    private CliRun build(Path cache) {
        return CliRun.of(
                "build", "--content", content.toString(), "--output", output.toString(), "--cache", cache.toString());
    }

    /** Asserts the build was refused for {@code why}, naming the folder, with a hint, and wrote no site. */
    private static void assertRefused(CliRun run, Path cache, String why) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err())
                .contains(cache + ": error: refusing to use this folder as the build cache: it " + why)
                .contains("hint: the build cache needs a folder of its own: choose an empty folder or one Pamphlet"
                        + " made, e.g. --cache target/pamphlet-cache, or build with --no-cache")
                .doesNotContain("Exception");
    }

    @Test
    void aPublishersPdfFolderInTheContentSurvivesACacheGivenAsTheContentFolder() throws IOException {
        Path theirs = Files.createDirectories(content.resolve("pdf")).resolve("old.pdf");
        Files.writeString(theirs, "%PDF-1.4 the publisher's leaflet from 2019");
        Files.setLastModifiedTime(theirs, LONG_AGO);
        Map<String, String> before = snapshot(content);

        assertRefused(build(content), content, "is the content folder " + content);
        assertRefused(build(content.resolve("pdf")), content.resolve("pdf"), "is inside the content folder " + content);
        assertRefused(
                build(content.resolve("new-cache")),
                content.resolve("new-cache"),
                "is inside the content folder " + content);

        assertThat(snapshot(content))
                .as("nothing in the content folder changed")
                .isEqualTo(before);
        assertThat(Files.getLastModifiedTime(theirs)).isEqualTo(LONG_AGO);
        assertThat(output).doesNotExist();
    }

    /**
     * The folders here are real ones of this computer: the site's settings are broken, so that even a build that
     * failed to refuse them would stop before it made anything to keep there.
     */
    @Test
    void theFilesystemRootSystemFoldersAndTheirInsidesAreRefused() throws IOException {
        Files.writeString(content.resolve("site.yml"), "title: [");
        Path root = Path.of("/");
        boolean hadPdf = Files.exists(root.resolve("pdf"));
        assertRefused(build(root), root, "is the root of a filesystem");
        assertThat(root.resolve(".pamphlet-cache")).doesNotExist();
        assertThat(Files.exists(root.resolve("pdf"))).isEqualTo(hadPdf);
        for (String system : List.of("/etc", "/usr", "/usr/share", "/var", "/bin")) {
            Path folder = Path.of(system);
            assertRefused(build(folder), folder, "is a system folder");
            assertThat(folder.resolve(".pamphlet-cache")).doesNotExist();
        }
        assertThat(build(dir.resolve("cache")).err())
                .as("the settings are what a build would stop at")
                .contains("site.yml");
        assertThat(output).doesNotExist();
    }

    @Test
    void theHomeFolderIsRefusedEvenWhenEmpty() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertRefused(build(home), home, "is your home folder");
        } finally {
            System.setProperty("user.home", realHome);
        }
        try (Stream<Path> entries = Files.list(home)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void theOutputFolderAndFoldersInOrAroundItAreRefused() throws IOException {
        assertThat(build(dir.resolve("cache")).exitCode()).isZero();
        Map<String, String> published = snapshot(output);

        assertRefused(build(output), output, "is the output folder " + output);
        assertRefused(build(output.resolve("cache")), output.resolve("cache"), "is inside the output folder " + output);

        Path nested = dir.resolve("public");
        CliRun around = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--output",
                nested.resolve("site").toString(),
                "--cache",
                nested.toString());
        assertRefused(around, nested, "contains the output folder " + nested.resolve("site"));

        assertThat(snapshot(output)).isEqualTo(published);
        assertThat(output.resolve("cache")).doesNotExist();
        assertThat(nested).doesNotExist();
    }

    @Test
    void aFolderHoldingSomeoneElsesFilesIsRefusedAndKeepsThem() throws IOException {
        Path foreign = Files.createDirectories(dir.resolve("downloads/pdf")).getParent();
        Path leaflet = Files.writeString(foreign.resolve("pdf/old.pdf"), "%PDF-1.4 a leaflet from 2019");
        Files.setLastModifiedTime(leaflet, LONG_AGO);
        Files.writeString(foreign.resolve("pdf/draft.tmp"), "a temporary file of some other program");
        Files.setLastModifiedTime(foreign.resolve("pdf/draft.tmp"), LONG_AGO);
        Files.writeString(foreign.resolve("notes.txt"), "my notes");
        Map<String, String> before = snapshot(foreign);

        assertRefused(
                build(foreign), foreign, "holds files that Pamphlet did not make (it has no .pamphlet-cache marker)");

        assertThat(snapshot(foreign)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(leaflet)).isEqualTo(LONG_AGO);
        assertThat(output).doesNotExist();
    }

    @Test
    void anEmptyFolderIsTakenAndMarkedAsTheCache() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = build(empty);
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(empty.resolve(".pamphlet-cache")).isRegularFile();
        assertThat(pamphletPdfs(empty)).hasSize(3);
        assertThat(build(empty).out()).contains("(0 rendered, 0 files written");
    }

    @Test
    void tidyingRemovesOldPdfsPamphletMadeAndNothingElse() throws IOException {
        Path cache = dir.resolve("cache");
        assertThat(build(cache).exitCode()).isZero();
        Path pdfs = cache.resolve("pdf");
        List<Path> made = pamphletPdfs(cache);
        assertThat(made).hasSize(3);
        // A publisher keeps their own files in the same folder, some named as Pamphlet names its own.
        Path theirs = Files.writeString(pdfs.resolve("old.pdf"), "%PDF-1.4 the publisher's leaflet");
        Path theirsNamedLikePamphlets = Files.writeString(pdfs.resolve("f".repeat(64) + ".pdf"), "%PDF-1.4 theirs");
        Path theirTemporary = Files.writeString(pdfs.resolve("scan.tmp"), "a scanner's temporary file");
        // And a build that was stopped left a temporary file of a PDF Pamphlet recorded.
        Path leftover = Files.writeString(pdfs.resolve(made.get(0).getFileName() + ".12345-678.tmp"), "half a PDF");
        // A damaged journal cannot lead a tidy out of the folder.
        Path outside = Files.writeString(cache.resolve("outside.txt"), "not in the PDF folder");
        Files.writeString(
                pdfs.resolve("journal"), "../outside.txt\n/etc/hostname\n.hidden\n", StandardOpenOption.APPEND);
        for (Path file : List.of(theirs, theirsNamedLikePamphlets, theirTemporary, leftover, outside)) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        for (Path pdf : made) {
            Files.setLastModifiedTime(pdf, LONG_AGO);
        }

        // An edit makes that page's PDF and the guide's again: their old PDFs are no longer used by any build.
        Path parking = content.resolve("visiting/parking.md");
        Files.writeString(parking, Files.readString(parking).replaceFirst("## ", "## Getting here\n\nBy bus.\n\n## "));
        CliRun edited = build(cache);
        assertThat(edited.exitCode()).as(edited.all()).isZero();

        List<Path> now = pamphletPdfs(cache);
        assertThat(now).as("the PDF still in use, and the two made again").hasSize(3);
        assertThat(made).filteredOn(now::contains).hasSize(1);
        assertThat(leftover).doesNotExist();
        for (Path file : List.of(theirs, theirsNamedLikePamphlets, theirTemporary, outside)) {
            assertThat(file).exists();
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
        }
        assertThat(theirs).hasContent("%PDF-1.4 the publisher's leaflet");
    }

    @Test
    void aCacheMadeByAnOlderPamphletIsTakenOverAndItsPdfsAreTidied() throws IOException {
        Path cache = dir.resolve("cache");
        assertThat(build(cache).exitCode()).isZero();
        // As an older Pamphlet left it: the same files, without the marker and the journal.
        Files.delete(cache.resolve(".pamphlet-cache"));
        Files.delete(cache.resolve("pdf/journal"));

        CliRun again = build(cache);
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("(0 rendered, 0 files written");
        assertThat(cache.resolve(".pamphlet-cache")).isRegularFile();
        List<String> journal = Files.readAllLines(cache.resolve("pdf/journal"));
        for (Path pdf : pamphletPdfs(cache)) {
            assertThat(journal).contains(pdf.getFileName().toString());
        }
    }

    @Test
    void theDefaultCacheIsBesideTheContentAndAWarningWhenItWouldBeInTheOutput() throws IOException {
        CliRun run = CliRun.of("build", "--content", content.toString(), "--output", output.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(dir.resolve("target/pamphlet-cache/.pamphlet-cache")).isRegularFile();

        Path target = dir.resolve("target");
        CliRun intoTarget = CliRun.of("build", "--content", content.toString(), "--output", target.toString());
        assertThat(intoTarget.exitCode())
                .as("refused, the output folder holds files Pamphlet did not publish")
                .isEqualTo(1);
        Path fresh = dir.resolve("project/target");
        Path project = SiteFixtures.copy(content, dir.resolve("project/content"));
        CliRun defaultInOutput = CliRun.of("build", "--content", project.toString(), "--output", fresh.toString());
        assertThat(defaultInOutput.exitCode()).as(defaultInOutput.all()).isZero();
        assertThat(defaultInOutput.err())
                .contains(fresh.resolve("pamphlet-cache")
                        + ": warning: the default build cache folder is not used: it is inside the output folder "
                        + fresh);
        assertThat(fresh.resolve("pamphlet-cache")).doesNotExist();
        assertThat(fresh.resolve("index.html")).isRegularFile();
    }

    @Test
    void foldersInTheContentThatPamphletMadeAreNeverPublished() throws IOException {
        Path cache = Files.createDirectories(content.resolve("kept/pdf"));
        Files.writeString(cache.getParent().resolve(".pamphlet-cache"), "a cache copied in with the content");
        Files.writeString(cache.resolve("a".repeat(64) + ".pdf"), "%PDF-1.4 a draft's leaflet");
        Path oldSite = Files.createDirectories(content.resolve("old-site"));
        Files.writeString(oldSite.resolve(".pamphlet-output"), "Made by Pamphlet.");
        Files.writeString(oldSite.resolve("index.html"), "<p>an old build</p>");

        CliRun run = build(dir.resolve("cache"));
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(output.resolve("kept")).doesNotExist();
        assertThat(output.resolve("old-site")).doesNotExist();
        assertThat(output.resolve("index.html")).isRegularFile();
    }

    /**
     * Run from inside the content folder with the default cache ({@code cd content && pamphlet build --content .
     * --output ../out}), in a process of its own so that its working folder is the content folder: a build with
     * drafts, then one without, publish nothing of the cache, and the drafts' PDFs do not reach the site. A cache
     * an older Pamphlet left inside the content folder this way is not published either.
     */
    @Test
    void runFromInsideTheContentFolderNothingOfTheCacheIsPublished() throws Exception {
        Files.writeString(content.resolve("visiting/plans.md"), """
                ---
                title: Plans for the new wing
                summary: What the new wing will hold.
                reviewed: 2025-03-01
                review_due: 2028-03-01
                draft: true
                sources:
                  - title: Practice handbook
                    url: https://clinic.example.org/handbook
                ---

                ## Not yet public

                The new wing opens next year.
                """);
        // The cache an older Pamphlet made here, by default, when run from inside the content folder.
        Path older = Files.createDirectories(content.resolve("target/pamphlet-cache/pdf"));
        Files.writeString(older.resolve("b".repeat(64) + ".pdf"), "%PDF-1.4 an earlier draft's leaflet");
        Files.createDirectories(older.resolveSibling("0123456789abcdef"));
        Files.writeString(older.resolveSibling("0123456789abcdef/build.bin"), "an older build memory");
        Map<String, String> sources = snapshot(content);

        String drafts = buildIn(content, "build", "--content", ".", "--output", "../out", "--drafts");
        assertThat(drafts).contains("this is a build cache an older Pamphlet left in the content folder");
        assertThat(dir.resolve("out/visiting/plans.pdf")).isRegularFile();
        buildIn(content, "build", "--content", ".", "--output", "../out");

        Path out = dir.resolve("out");
        assertThat(snapshot(out).keySet())
                .isNotEmpty()
                .noneMatch(path -> path.contains("pamphlet-cache") || path.startsWith("target"))
                .noneMatch(path -> Path.of(path).getFileName().toString().matches(PAMPHLET_PDF))
                .noneMatch(path -> path.contains("plans"));
        assertThat(snapshot(content))
                .as("nothing was written in the content folder")
                .isEqualTo(sources);
        assertThat(dir.resolve("target/pamphlet-cache/.pamphlet-cache")).isRegularFile();
        assertThat(pamphletPdfs(dir.resolve("target/pamphlet-cache"))).hasSizeGreaterThan(3);
    }

    /** Runs the command in a process of its own whose working folder is {@code workingDir}; what it printed. */
    private static String buildIn(Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(Processes.java(Main.class, args).command());
        command.set(command.indexOf("-cp") + 1, absoluteClassPath());
        Process process = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(printed).isZero();
        return printed;
    }

    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<Path> pamphletPdfs(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("pdf"))) {
            return files.filter(f -> f.getFileName().toString().matches(PAMPHLET_PDF)
                            && !f.getFileName().toString().equals("f".repeat(64) + ".pdf"))
                    .sorted()
                    .toList();
        }
    }

    /** Every file under a folder with its bytes, by path relative to it. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(
                        root.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

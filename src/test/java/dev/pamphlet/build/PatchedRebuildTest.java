package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.LiveMemory;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.output.PublishedFiles;
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
 * A preview's rebuilds patch the folder it published in place: after each, the folder holds exactly what a fresh
 * build makes, with nothing half-written beside it, and a rebuild that fails leaves it as it was.
 */
class PatchedRebuildTest {
    @TempDir
    Path dir;

    private final LiveMemory memory = BuildMemory.inProcess();
    private final PublishedFiles published = PublishedFiles.remembered();
    private Path content;
    private Path output;
    private Instant clock = Instant.now().minus(1, ChronoUnit.HOURS);

    @BeforeEach
    void firstBuild() throws IOException {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                touch(p);
            }
        }
        output = dir.resolve("site");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(published.known())
                .as("the first build tells what it published")
                .isTrue();
    }

    @Test
    void anEditedPageIsReplacedInPlaceAndTheRestStays() throws IOException {
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(output.resolve("opening-hours.html"), old);
        Object folder = Files.readAttributes(output, "unix:ino").get("ino");

        edit("visiting/parking.md", "20 spaces", "25 spaces");
        BuildResult result = rebuild();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.details())
                .as("--verbose shows where the rebuild's time went")
                .anyMatch(d -> d.startsWith("time by stage: ") && d.contains(", pages ") && d.contains(", publish "));
        assertThat(Files.readString(output.resolve("visiting/parking.html"))).contains("25 spaces");
        assertThat(Files.getLastModifiedTime(output.resolve("opening-hours.html")))
                .as("a page the edit did not change is not written again")
                .isEqualTo(old);
        assertThat(Files.readAttributes(output, "unix:ino").get("ino"))
                .as("the folder is patched, not swapped for a new one")
                .isEqualTo(folder);
        assertThat(Files.readString(output.resolve(OutputGuard.MARKER))).contains("Made by Pamphlet");
        assertSameAsFullBuild();
    }

    @Test
    void aFileTheSiteNoLongerMakesGoesWithItsEmptyFolder() throws IOException {
        replaceAll("index.md", "\\[parking[^)]*\\)", "parking");
        replaceAll("opening-hours.md", "\\[how to get here[^)]*\\)", "buses");
        Files.delete(content.resolve("visiting/parking.md"));
        changed("visiting/parking.md");

        BuildResult result = rebuild();

        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        assertThat(output.resolve("visiting")).doesNotExist();
        assertSameAsFullBuild();
    }

    @Test
    void aFailedRebuildLeavesThePublishedSiteAsItWasAndTheFixIsPublished() throws IOException {
        Map<String, String> before = SiteFixtures.filesOf(output);
        edit("visiting/parking.md", "20 spaces", "25 spaces");
        edit("opening-hours.md", "title:", "titel:");

        assertThat(rebuild().succeeded()).isFalse();
        assertThat(SiteFixtures.filesOf(output))
                .as("nothing written, not even beside the published files")
                .isEqualTo(before);

        edit("opening-hours.md", "titel:", "title:");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(Files.readString(output.resolve("visiting/parking.html"))).contains("25 spaces");
        assertSameAsFullBuild();
    }

    @Test
    void aPublishedFileDeletedBehindThePreviewsBackIsSaidAndTheNextRebuildMakesTheSiteWhole() throws IOException {
        Files.delete(output.resolve("opening-hours.html"));
        edit("visiting/parking.md", "20 spaces", "25 spaces");

        BuildResult noticed = rebuild();
        assertThat(noticed.succeeded()).isFalse();
        assertThat(noticed.diagnostics().sorted())
                .anyMatch(d -> d.isError()
                        && d.message().contains("opening-hours.html")
                        && d.message().contains("gone"));
        assertThat(published.known())
                .as("the folder is no longer trusted to patch")
                .isFalse();

        BuildResult result = rebuild();
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        assertThat(output.resolve("opening-hours.html")).exists();
        assertSameAsFullBuild();
    }

    private BuildResult rebuild() {
        return new Build(SiteFixtures.options(content, output), memory)
                .patching(published)
                .run();
    }

    private void assertSameAsFullBuild() {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        assertThat(SiteFixtures.build(content, fresh).succeeded()).isTrue();
        assertThat(SiteFixtures.filesOf(output)).isEqualTo(SiteFixtures.filesOf(fresh));
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = content.resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        touch(file);
        changed(path);
    }

    private void replaceAll(String path, String regex, String to) throws IOException {
        Path file = content.resolve(path);
        Files.writeString(file, Files.readString(file).replaceAll(regex, to));
        touch(file);
        changed(path);
    }

    /** What a preview's file watcher tells its memory of a changed file. */
    private void changed(String path) {
        memory.forget(path);
    }

    private void touch(Path file) throws IOException {
        clock = clock.plusSeconds(1);
        Files.setLastModifiedTime(file, FileTime.from(clock));
    }
}

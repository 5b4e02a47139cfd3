package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.output.PublishedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
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

    private final PublishedFiles published = PublishedFiles.remembered();
    private EditedSite site;
    private Path output;

    @BeforeEach
    void firstBuild() throws IOException {
        site = new EditedSite(dir, "clinic/content");
        output = site.output;
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

        site.edit("visiting/parking.md", "20 spaces", "25 spaces");
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
        site.assertSameAsFullBuild();
    }

    @Test
    void aFileTheSiteNoLongerMakesGoesWithItsEmptyFolder() throws IOException {
        site.replaceAll("index.md", "\\[parking[^)]*\\)", "parking");
        site.replaceAll("opening-hours.md", "\\[how to get here[^)]*\\)", "buses");
        site.delete("visiting/parking.md");

        BuildResult result = rebuild();

        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        assertThat(output.resolve("visiting")).doesNotExist();
        site.assertSameAsFullBuild();
    }

    @Test
    void aFailedRebuildLeavesThePublishedSiteAsItWasAndTheFixIsPublished() throws IOException {
        Map<String, String> before = SiteFixtures.filesOf(output);
        site.edit("visiting/parking.md", "20 spaces", "25 spaces");
        site.edit("opening-hours.md", "title:", "titel:");

        assertThat(rebuild().succeeded()).isFalse();
        assertThat(SiteFixtures.filesOf(output))
                .as("nothing written, not even beside the published files")
                .isEqualTo(before);

        site.edit("opening-hours.md", "titel:", "title:");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(Files.readString(output.resolve("visiting/parking.html"))).contains("25 spaces");
        site.assertSameAsFullBuild();
    }

    @Test
    void aPublishedFileDeletedBehindThePreviewsBackIsSaidAndTheNextRebuildMakesTheSiteWhole() throws IOException {
        Files.delete(output.resolve("opening-hours.html"));
        site.edit("visiting/parking.md", "20 spaces", "25 spaces");

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
        site.assertSameAsFullBuild();
    }

    private BuildResult rebuild() {
        return new Build(site.options(), site.memory).patching(published).run();
    }
}

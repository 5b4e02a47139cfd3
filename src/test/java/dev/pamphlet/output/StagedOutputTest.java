package dev.pamphlet.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds touch only what changed, and remove what is no longer made. */
class StagedOutputTest {
    @TempDir
    Path dir;

    @Test
    void rebuildWritesOnlyChangedFilesAndRemovesStaleOnes() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildResult first = SiteFixtures.build(content, site);
        assertThat(first.succeeded()).isTrue();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(site.resolve("index.html"), old);
        Files.setLastModifiedTime(site.resolve("images/sign.png"), old);

        Path parking = content.resolve("visiting/parking.md");
        Files.writeString(parking, Files.readString(parking).replace("20 spaces", "25 spaces"));
        Files.writeString(content.resolve("leaflet.txt"), "temporary");
        BuildResult second = SiteFixtures.build(content, site);

        assertThat(second.succeeded()).isTrue();
        // The changed page, its PDF and the guide's, the new file, and the search index (which holds the page's words).
        assertThat(second.files().written()).isEqualTo(5);
        assertThat(Files.readString(site.resolve("visiting/parking.html"))).contains("25 spaces");
        assertThat(Files.getLastModifiedTime(site.resolve("index.html"))).isEqualTo(old);
        assertThat(Files.getLastModifiedTime(site.resolve("images/sign.png"))).isEqualTo(old);

        Files.delete(content.resolve("leaflet.txt"));
        BuildResult third = SiteFixtures.build(content, site);
        assertThat(third.files().deleted()).isEqualTo(1);
        assertThat(site.resolve("leaflet.txt")).doesNotExist();
        assertThat(dir.resolve(".site.pamphlet-staging")).doesNotExist();
    }

    @Test
    void removedPageDisappearsAndEmptyFoldersGo() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path site = dir.resolve("site");
        SiteFixtures.build(content, site);
        Files.writeString(
                content.resolve("index.md"),
                Files.readString(content.resolve("index.md")).replaceAll("\\[parking[^)]*\\)", "parking"));
        Files.writeString(
                content.resolve("opening-hours.md"),
                Files.readString(content.resolve("opening-hours.md"))
                        .replaceAll("\\[how to get here[^)]*\\)", "buses"));
        Files.delete(content.resolve("visiting/parking.md"));
        BuildResult result = SiteFixtures.build(content, site);
        assertThat(result.diagnostics().sorted()).noneMatch(d -> d.isError());
        assertThat(site.resolve("visiting")).doesNotExist();
    }

    @Test
    void discardLeavesNothingBehind() throws IOException, dev.pamphlet.diag.ContentException {
        Path out = dir.resolve("out");
        try (OutputLock lock = OutputLock.acquire(out, "out", false, new java.util.ArrayList<>());
                StagedOutput staged = new StagedOutput(out, lock)) {
            staged.write("a/b.html", new byte[] {1, 2, 3});
            staged.discard();
        }
        assertThat(out).doesNotExist();
        assertThat(dir.resolve(".out.pamphlet-staging")).doesNotExist();
    }

    @Test
    void filesStagedAfterAnEarlyFlushArePublishedToo() throws IOException, dev.pamphlet.diag.ContentException {
        Path out = dir.resolve("out");
        try (OutputLock lock = OutputLock.acquire(out, "out", false, new java.util.ArrayList<>());
                StagedOutput staged = new StagedOutput(out, lock)) {
            staged.write("pages/one.html", "one".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            staged.flushAhead();
            staged.flushAhead(); // while the first may still run: harmless
            staged.write("index.html", "home".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            staged.commit();
        }
        assertThat(out.resolve("pages/one.html")).hasContent("one");
        assertThat(out.resolve("index.html")).hasContent("home");
        assertThat(dir.resolve(".out.pamphlet-staging")).doesNotExist();
    }

    @Test
    void aBuildThatFailsAfterAnEarlyFlushLeavesThePublishedSiteAlone()
            throws IOException, dev.pamphlet.diag.ContentException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "published");
        try (OutputLock lock = OutputLock.acquire(out, "out", false, new java.util.ArrayList<>());
                StagedOutput staged = new StagedOutput(out, lock)) {
            staged.write("index.html", "unfinished".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            staged.flushAhead();
        } // closed without a commit, as a build with errors is
        assertThat(out.resolve("index.html")).hasContent("published");
        assertThat(dir.resolve(".out.pamphlet-staging")).doesNotExist();
    }

    @Test
    void firstBuildIntoAnEmptyFolderPublishesTheWholeSite() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path site = Files.createDirectories(dir.resolve("site"));
        BuildResult result = SiteFixtures.build(content, site);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.files().written()).isGreaterThan(3);
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("visiting/parking.html")).isRegularFile();
        assertThat(site.resolve(OutputGuard.MARKER)).isRegularFile();
        assertThat(dir.resolve(".site.pamphlet-staging")).doesNotExist();

        BuildResult again = SiteFixtures.build(content, site);
        assertThat(again.files().written()).isZero();
        assertThat(again.files().unchanged()).isEqualTo(result.files().written());
    }
}

package dev.pamphlet.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folders beside the output folder that publishing uses ({@code .site.pamphlet-staging} and
 * {@code .site.pamphlet-old}) are trusted only when Pamphlet made them: a folder of someone's own under one of
 * those names is neither restored nor deleted, and the build stops, saying how to get it out of the way.
 */
class FoldersBesideOutputTest {
    @TempDir
    Path dir;

    Path content;
    Path output;

    @BeforeEach
    void copySite() {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        output = dir.resolve("site");
    }

    private CliRun build() {
        return CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--output",
                output.toString(),
                "--cache",
                dir.resolve("cache").toString());
    }

    private static void assertStoppedBy(CliRun run, Path folder) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err())
                .contains(folder + ": error: refusing to touch this folder beside the output folder ")
                .contains("was not made by Pamphlet (it has no .pamphlet-output marker)")
                .contains("hint: move or rename it, then build again; Pamphlet left it as it was")
                .doesNotContain("Exception");
    }

    private Path usersFolder(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("index.html"), "<p>my own page</p>");
        Files.writeString(folder.resolve("notes.txt"), "my notes");
        return folder;
    }

    @Test
    void aUsersOwnOldFolderBesideThePublishedSiteIsNotDeleted() throws IOException {
        assertThat(build().exitCode()).isZero();
        Map<String, String> published = snapshot(output);
        Path theirs = usersFolder(".site.pamphlet-old");
        Map<String, String> before = snapshot(theirs);

        assertStoppedBy(build(), theirs);

        assertThat(snapshot(theirs)).isEqualTo(before);
        assertThat(snapshot(output)).isEqualTo(published);
    }

    @Test
    void aUsersOwnOldFolderIsNotRestoredAsTheSite() throws IOException {
        Path theirs = usersFolder(".site.pamphlet-old");
        Map<String, String> before = snapshot(theirs);

        assertStoppedBy(build(), theirs);

        assertThat(output).doesNotExist();
        assertThat(snapshot(theirs)).isEqualTo(before);
    }

    @Test
    void aUsersOwnStagingFolderIsNotDeleted() throws IOException {
        assertThat(build().exitCode()).isZero();
        Map<String, String> published = snapshot(output);
        Path theirs = usersFolder(".site.pamphlet-staging");
        Map<String, String> before = snapshot(theirs);

        assertStoppedBy(build(), theirs);

        assertThat(snapshot(theirs)).isEqualTo(before);
        assertThat(snapshot(output)).isEqualTo(published);

        Files.move(theirs, dir.resolve("my-pages"));
        CliRun moved = build();
        assertThat(moved.exitCode())
                .as("once it is moved away, the build goes on")
                .isZero();
        assertThat(snapshot(dir.resolve("my-pages"))).isEqualTo(before);
    }

    @Test
    void anEmptyOldFolderOfTheUsersIsNotRestoredAsTheSite() throws IOException {
        Path theirs = Files.createDirectories(dir.resolve(".site.pamphlet-old"));

        assertStoppedBy(build(), theirs);

        assertThat(output).doesNotExist();
        assertThat(theirs).isEmptyDirectory();
    }

    @Test
    void anEmptyStagingFolderOfTheUsersIsNotDeleted() throws IOException {
        assertThat(build().exitCode()).isZero();
        Map<String, String> published = snapshot(output);
        Path theirs = Files.createDirectories(dir.resolve(".site.pamphlet-staging"));

        assertStoppedBy(build(), theirs);

        assertThat(theirs).isEmptyDirectory();
        assertThat(snapshot(output)).isEqualTo(published);
    }

    @Test
    void foldersPamphletLeftAreStillPutRight() throws IOException {
        assertThat(build().exitCode()).isZero();
        // A build stopped between its two renames: the site is beside its place, marked as Pamphlet's.
        Files.move(output, dir.resolve(".site.pamphlet-old"));
        // And a staging folder with part of a build in it, marked as Pamphlet's from the moment it was made.
        Path staging = Files.createDirectories(dir.resolve(".site.pamphlet-staging"));
        Files.writeString(staging.resolve(".pamphlet-output"), "Made by Pamphlet.\n");
        Files.writeString(staging.resolve("half.html"), "<p>half");

        CliRun run = build();
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("restored the site in " + output);
        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(dir.resolve(".site.pamphlet-old")).doesNotExist();
        assertThat(dir.resolve(".site.pamphlet-staging")).doesNotExist();
    }

    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(
                        root.relativize(p).toString(),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) + Files.getLastModifiedTime(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

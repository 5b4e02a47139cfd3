package dev.pamphlet.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders whose replacement could destroy work are refused, and nothing is deleted. */
class OutputGuardTest {
    @TempDir
    Path project;

    Path content;
    Path templates;

    void setUp() {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), project.resolve("content"));
        templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, project.resolve("templates"));
    }

    private BuildResult buildWith(Path output) {
        return new Build(new dev.pamphlet.build.BuildOptions(
                        content, templates, output, null, false, SiteFixtures.TODAY, true))
                .run();
    }

    private void assertRefused(Path output, String why) throws IOException {
        long filesBefore = countFiles(project);
        BuildResult result = buildWith(output);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .startsWith("refusing to use this output folder")
                        .contains(why));
        assertThat(countFiles(project)).isEqualTo(filesBefore);
    }

    @Test
    void refusesTheContentFolderAndFoldersInsideIt() throws IOException {
        setUp();
        assertRefused(content, "inside the sources folder");
        assertRefused(content.resolve("visiting"), "inside the sources folder");
        assertRefused(content.resolve("new-folder"), "inside the sources folder");
    }

    @Test
    void refusesTheTemplatesFolder() throws IOException {
        setUp();
        assertRefused(templates, "inside the sources folder");
        assertRefused(templates.resolve("assets"), "inside the sources folder");
    }

    @Test
    void refusesAFolderContainingTheSources() throws IOException {
        setUp();
        assertRefused(project, "contains the sources folder");
    }

    @Test
    void refusesTheFilesystemRootAndTheHomeFolder() throws IOException {
        setUp();
        assertRefused(Path.of("/"), "root of a filesystem");
        assertRefused(Path.of(System.getProperty("user.home")), "home folder");
    }

    @Test
    void refusesTheCurrentFolder() throws IOException {
        setUp();
        assertRefused(Path.of("").toAbsolutePath(), "");
    }

    @Test
    void refusesANonEmptyFolderItDidNotCreate() throws IOException {
        setUp();
        Path mine = project.resolve("my-documents");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("letter.txt"), "precious");
        assertRefused(mine, "not empty and was not made by Pamphlet");
        assertThat(mine.resolve("letter.txt")).hasContent("precious");
    }

    @Test
    void refusesAFile() throws IOException {
        setUp();
        Path file = project.resolve("notes.txt");
        Files.writeString(file, "keep me");
        assertRefused(file, "is a file");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void refusesThroughASymlinkIntoTheContent() throws IOException {
        setUp();
        Path link = project.resolve("innocent");
        Files.createSymbolicLink(link, content);
        assertRefused(link, "inside the sources folder");
    }

    @Test
    void acceptsAnEmptyFolderAndItsOwnPreviousOutput() throws IOException {
        setUp();
        Path empty = project.resolve("out");
        Files.createDirectories(empty);
        assertThat(buildWith(empty).succeeded()).isTrue();
        assertThat(empty.resolve(OutputGuard.MARKER)).exists();
        assertThat(buildWith(empty).succeeded())
                .as("rebuild over its own output")
                .isTrue();
    }

    @Test
    void cliExitsOneAndNamesTheFolder() {
        setUp();
        CliRun run = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                content.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(content + ": error: refusing to use this output folder");
        assertThat(run.all()).doesNotContain("Exception");
    }

    private static long countFiles(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            return s.count();
        }
    }
}

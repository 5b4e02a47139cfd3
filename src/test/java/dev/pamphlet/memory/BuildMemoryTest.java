package dev.pamphlet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.cli.Main;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.output.Processes;
import dev.pamphlet.source.SourceReader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build memory promises beyond the byte-for-byte comparisons of the build tests. */
class BuildMemoryTest {
    @TempDir
    Path dir;

    /**
     * Every front matter of the real guide and of the fixtures comes back from the cache's format as it went in,
     * whatever keys it has: a new key needs no change to the format.
     */
    @Test
    void everyFrontMatterSurvivesTheCacheFormat() throws Exception {
        int checked = 0;
        for (Path file : SiteFixtures.allMarkdownFiles()) {
            List<Diagnostic> problems = new ArrayList<>();
            Optional<Article> article;
            try {
                article = FrontMatterParser.parse(
                        file.getFileName().toString(), SourceReader.read(file, file.toString()), problems);
            } catch (dev.pamphlet.diag.ContentException e) {
                continue; // a fixture that is meant not to parse
            }
            if (article.isEmpty()) {
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ValueCodec.write(new DataOutputStream(bytes), article.get().meta());
            Object back = ValueCodec.read(ByteBuffer.wrap(bytes.toByteArray()));
            assertThat(back).as(file.toString()).isEqualTo(article.get().meta());
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void verboseSaysWhyTheLastBuildWasNotUsed() throws Exception {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        String[] args = {
            "build",
            "--content",
            content.toString(),
            "--templates",
            SiteFixtures.TEMPLATES.toString(),
            "--output",
            dir.resolve("site").toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--verbose"
        };
        CliRun first = CliRun.of(args);
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.err()).contains("note: no earlier build into");

        Files.writeString(
                content.resolve("site.yml"),
                Files.readString(content.resolve("site.yml")).replace("Elm Street Practice", "Elm Street Surgery"));
        CliRun second = CliRun.of(args);
        assertThat(second.err()).contains("note: the remembered build was made with other site.yml");
    }

    @Test
    void aCacheThatCannotBeSavedIsAWarningAndTheBuildStillPublishes() throws Exception {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path blocked = Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
        BuildResult result =
                new Build(SiteFixtures.options(content, dir.resolve("site")), BuildMemory.onDisk(blocked)).run();
        assertThat(result.succeeded()).isTrue();
        assertThat(dir.resolve("site/index.html")).isRegularFile();
        assertThat(result.diagnostics().sorted())
                .anyMatch(d -> d.message().startsWith("cannot save the build cache")
                        && d.hint().contains("--no-cache"));
    }

    /** A build with nothing to do, in a process of its own, loads neither the template nor the Markdown library. */
    @Test
    void aBuildWithNothingToDoStartsNoPageLibraries() throws Exception {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        // Files saved within the last moments are read again, as their times cannot be trusted yet.
        try (var files = Files.walk(content)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(
                        p,
                        java.nio.file.attribute.FileTime.from(
                                java.time.Instant.now().minusSeconds(3600)));
            }
        }
        String[] args = {
            "build",
            "--content",
            content.toString(),
            "--templates",
            SiteFixtures.TEMPLATES.toString(),
            "--output",
            dir.resolve("site").toString(),
            "--cache",
            dir.resolve("cache").toString()
        };
        assertThat(CliRun.of(args).exitCode()).isZero();

        List<String> command = new ArrayList<>(Processes.java(Main.class, args).command());
        command.add(1, "-verbose:class");
        Process second = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
            output = lines.lines().collect(Collectors.joining("\n"));
        }
        assertThat(second.waitFor()).isZero();
        assertThat(output).contains("(0 rendered, 0 files written");
        assertThat(output)
                .contains("dev.pamphlet.memory.DiskMemory")
                .doesNotContain("freemarker.")
                .doesNotContain("com.vladsch.flexmark");
    }
}

package dev.pamphlet.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing as the manual's publishing page says copies the site and none of Pamphlet's bookkeeping: the output marker stays in
 * target/site, where it keeps later builds from replacing a folder Pamphlet did not make, and is left out of what
 * reaches the web server.
 */
class PublishingCopyTest {
    /** An rsync command in a code span, or on a line of its own in a code block. */
    private static final Pattern RSYNC = Pattern.compile("(?m)`(rsync [^`]*)`|^(rsync .*)$");

    static final Path PUBLISHING = SiteFixtures.PROJECT.resolve("src/docs/manual/publishing/index.md");

    @TempDir
    Path dir;

    /** The rsync commands the manual's publishing page shows, each split into its words (quotes removed). */
    private static List<List<String>> publishingCommands() throws IOException {
        String page = Files.readString(PUBLISHING);
        List<List<String>> commands = new ArrayList<>();
        Matcher m = RSYNC.matcher(page);
        while (m.find()) {
            List<String> words = new ArrayList<>();
            for (String word :
                    (m.group(1) != null ? m.group(1) : m.group(2)).trim().split("\\s+")) {
                words.add(word.replace("'", "").replace("\"", ""));
            }
            if (!commands.contains(words)) {
                commands.add(words); // the page shows the same command more than once
            }
        }
        return commands;
    }

    /** What rsync copies from {@code from}: every file but those whose name matches an --exclude pattern. */
    private static void copyAsRsyncDoes(Path from, Path to, List<String> command) throws IOException {
        List<PathMatcher> excluded = command.stream()
                .filter(w -> w.startsWith("--exclude="))
                .map(w -> FileSystems.getDefault().getPathMatcher("glob:" + w.substring("--exclude=".length())))
                .toList();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path rel = from.relativize(file);
                boolean skipped = false;
                for (Path part : rel) {
                    skipped |= excluded.stream().anyMatch(x -> x.matches(part));
                }
                if (skipped || rel.toString().isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to.resolve(rel.toString()));
                } else {
                    Files.createDirectories(to.resolve(rel.toString()).getParent());
                    Files.copy(file, to.resolve(rel.toString()));
                }
            }
        }
    }

    private static List<String> bookkeeping(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith(".pamphlet"))
                    .toList();
        }
    }

    private Path built() {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path site = dir.resolve("target/site");
        CliRun build = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                site.toString());
        assertThat(build.exitCode()).as(build.all()).isZero();
        return site;
    }

    @Test
    void theManualsPublishingCommandCopiesTheSiteButNoBookkeeping() throws Exception {
        Path site = built();
        assertThat(bookkeeping(site))
                .as("the marker that guards the output folder")
                .contains(OutputGuard.MARKER);
        List<List<String>> commands = publishingCommands();
        assertThat(commands).as("the manual shows how to publish with rsync").isNotEmpty();
        for (List<String> command : commands) {
            assertThat(command).as(String.join(" ", command)).contains("target/site/");
            Path server = dir.resolve("server-" + commands.indexOf(command));
            copyAsRsyncDoes(site, server, command);
            assertThat(server.resolve("index.html")).exists();
            assertThat(bookkeeping(server)).as(String.join(" ", command)).isEmpty();
        }
    }

    @Test
    void theRealRsyncLeavesTheMarkerBehindTooWhereItIsInstalled() throws Exception {
        Path rsync = Stream.of("/usr/bin/rsync", "/bin/rsync", "/usr/local/bin/rsync")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(rsync != null, "rsync is not installed");
        Path site = built();
        List<String> command = new ArrayList<>(publishingCommands().get(0));
        command.set(0, rsync.toString());
        command.replaceAll(w -> w.equals("target/site/") ? site + "/" : w.contains(":/") ? dir + "/server/" : w);
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue())
                .as(new String(run.getInputStream().readAllBytes()))
                .isZero();
        assertThat(dir.resolve("server/index.html")).exists();
        assertThat(bookkeeping(dir.resolve("server"))).isEmpty();
    }

    @Test
    void theMarkerHoldsNoTimeOrProcessOnlyARandomId() throws IOException {
        Path site = built();
        String marker = Files.readString(site.resolve(OutputGuard.MARKER));
        assertThat(marker)
                .matches("(?s)Made by Pamphlet\\. Each build replaces everything in this folder\\.\\n"
                        + "build [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\n");
    }
}

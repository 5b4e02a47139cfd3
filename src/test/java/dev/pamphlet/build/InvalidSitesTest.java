package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken site per kind of mistake: each is the valid clinic fixture with one file changed (the case folder
 * holds the changed files, {@code delete.txt} lists removed ones). Each is built over a previously built site
 * and must exit 1, print exactly the expected diagnostics (file, line, column, message), print no stack trace,
 * and leave the previous site byte for byte as it was.
 */
class InvalidSitesTest {
    static final Path CASES = SiteFixtures.PROJECT.resolve("src/test/resources/sites/invalid");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenSiteIsRejectedWithItsDiagnosticAndThePreviousSiteIsKept(String name) throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        Path output = dir.resolve("site");
        CliRun first = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                output.toString());
        assertThat(first.exitCode()).as(first.all()).isZero();
        Map<String, byte[]> before = snapshot(output);

        Path caseDir = CASES.resolve(name);
        applyCase(caseDir);

        CliRun broken = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                output.toString());

        assertThat(broken.exitCode()).as(broken.all()).isEqualTo(1);
        List<String> expectedLines = expectedErrors(caseDir, content, templates);
        assertThat(expectedLines).as("expected.txt of " + name).isNotEmpty();
        List<String> errorLines =
                broken.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errorLines).containsExactlyElementsOf(expectedLines);
        assertThat(broken.all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(broken.err()).contains("Build failed");
        assertThat(snapshot(output)).as("previous site untouched").isEqualTo(before);
        assertThat(dir.resolve(".site.pamphlet-staging")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkReportsTheSameErrorsAsJson(String name) throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        Path caseDir = CASES.resolve(name);
        applyCase(caseDir);
        CliRun check = CliRun.of(
                "check", "--content", content.toString(), "--templates", templates.toString(), "--format", "json");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).startsWith("{\"errors\":").contains("\"severity\":\"error\"");
        String firstExpected = expectedErrors(caseDir, content, templates).get(0);
        String message = firstExpected.substring(firstExpected.indexOf(": error: ") + 9);
        assertThat(check.out()).contains(message.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    /** Puts the case's changed files over the copied fixture and removes the files it lists as deleted. */
    private void applyCase(Path caseDir) throws IOException {
        for (String sub : List.of("content", "templates")) {
            if (Files.isDirectory(caseDir.resolve(sub))) {
                SiteFixtures.copy(caseDir.resolve(sub), dir.resolve(sub));
            }
        }
        if (Files.exists(caseDir.resolve("delete.txt"))) {
            for (String rel : Files.readAllLines(caseDir.resolve("delete.txt"))) {
                Files.delete(dir.resolve(rel.strip()));
            }
        }
    }

    /** The case's expected error lines, with the fixture's folders replaced by where the test copied them. */
    static List<String> expectedErrors(Path caseDir, Path content, Path templates) throws IOException {
        return Files.readAllLines(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceAll("(?<![\\w/.-])content/", content + "/")
                        .replaceAll("(?<![\\w/.-])templates/", templates + "/"))
                .toList();
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return new TreeMap<>(files) {
            @Override
            public boolean equals(Object o) {
                if (!(o instanceof Map<?, ?> other) || !other.keySet().equals(keySet())) {
                    return false;
                }
                return entrySet().stream()
                        .allMatch(e -> java.util.Arrays.equals(e.getValue(), (byte[]) other.get(e.getKey())));
            }

            @Override
            public int hashCode() {
                return keySet().hashCode();
            }
        };
    }
}

package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page with one paragraph of 8,000 broken links (a pasted list, say) gives a short report: each error would
 * otherwise repeat the whole 160 KB line, 2.3 GB in all. JSON still lists every one.
 */
class RepeatedErrorsTest {
    private static final int LINKS = 8000;

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yml"), """
                title: Broken links
                description: A site with a paragraph of broken links.
                language: en-GB
                base_url: https://example.org/
                publisher: Example publisher
                editorial_policy: https://example.org/policy
                funding: https://example.org/funding
                contact: https://example.org/contact
                privacy: https://example.org/privacy
                accessibility: https://example.org/accessibility
                """);
        return content;
    }

    private static CliRun check(Path content) {
        String[] args = {"check", "--content", content.toString(), "--templates", SiteFixtures.TEMPLATES.toString()};
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of(args));
    }

    @Test
    void eightThousandBrokenLinksOnOneLineMakeAShortReportThatCountsThemAll() throws IOException {
        Path content = site();
        String links = IntStream.rangeClosed(1, LINKS)
                .mapToObj(i -> "[l" + i + "](missing-" + i + ".md)")
                .collect(Collectors.joining(" "));
        Files.writeString(
                content.resolve("index.md"),
                "---\ntitle: Home\nsummary: A page.\nreviewed: 2026-01-01\n"
                        + "review_due: 2027-01-01\nsources:\n  - title: Example source\n    url: https://example.org/source\n"
                        + "---\n\n" + links + "\n");
        String[] args = {"check", "--content", content.toString(), "--templates", SiteFixtures.TEMPLATES.toString()};

        CliRun check = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of(args));

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.all().length()).isLessThan(100_000);
        assertThat(check.err())
                .contains(content.resolve("index.md") + ":11:1: error: link 'missing-1.md' points to a page")
                .contains(" … and 7997 more like this in ")
                .contains("8000 errors")
                .contains("not shown above: 'pamphlet check --format json' lists every one");
        assertThat(check.out()).contains(": 8000 errors");
        assertThat(check.err().lines().mapToInt(String::length).max().orElse(0)).isLessThan(400);
    }

    private static String page(String body) {
        return SiteFixtures.page("Home", body);
    }

    @Test
    void fourThousandBrokenLinksOnOneEightyKilobyteLinePrintAFewKilobytes() throws IOException {
        Path content = site();
        String links = IntStream.rangeClosed(1, 4000)
                .mapToObj(i -> "[l" + i + "](m-" + i + ".md)")
                .collect(Collectors.joining(" "));
        Files.writeString(content.resolve("index.md"), page(links + " " + "word ".repeat(6_000)));
        assertThat(Files.size(content.resolve("index.md"))).isGreaterThan(80_000);

        CliRun check = check(content);

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().getBytes(StandardCharsets.UTF_8).length).isLessThan(5_000);
        assertThat(check.err())
                .contains(" … and 3997 more like this in " + content.resolve("index.md") + " (line 11)\n")
                .contains("4000 errors");
    }

    @Test
    void theRepeatsLeftOutAreCountedWithTheirOwnLines() throws IOException {
        Path content = site();
        String body = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "[l" + i + "](missing-" + i + ".md)")
                .collect(Collectors.joining("\n\n"));
        Files.writeString(content.resolve("index.md"), page(body));

        CliRun check = check(content);

        String file = content.resolve("index.md").toString();
        List<String> shown = check.err()
                .lines()
                .filter(l -> l.startsWith(file + ":") && l.contains(": error: link "))
                .toList();
        assertThat(shown)
                .extracting(l -> l.substring(file.length(), l.indexOf(": error")))
                .containsExactly(":11:1", ":13:1", ":15:1");
        assertThat(check.err())
                .contains(" … and 17 more like this in " + file + " (lines 17 to 49)\n")
                .contains("20 errors");
    }

    @Test
    void anErrorOnAHugeLineShowsAboutTwoHundredCharactersWithTheCaretUnderTheLink() throws IOException {
        Path content = site();
        String words = "word ".repeat(16_000);
        Files.writeString(content.resolve("start.md"), page("[a](gone-a.md)" + words));
        Files.writeString(content.resolve("middle.md"), page(words.substring(0, 40_000) + "[b](gone-b.md)" + words));
        Files.writeString(content.resolve("end.md"), page(words + "[c](gone-c.md)"));
        Files.writeString(content.resolve("index.md"), page("Home."));

        CliRun check = check(content);

        assertThat(check.exitCode()).isEqualTo(1);
        for (String link : List.of("[a](gone-a.md)", "[b](gone-b.md)", "[c](gone-c.md)")) {
            List<String> lines = check.err().lines().toList();
            int at = lines.indexOf(lines.stream()
                    .filter(l -> l.contains(": error: link '" + link.substring(4, 13) + "'"))
                    .findFirst()
                    .orElseThrow());
            String source = lines.get(at + 1);
            String caret = lines.get(at + 2);
            assertThat(source.length()).isBetween(150, 210);
            assertThat(source.substring(caret.indexOf('^'))).startsWith(link);
        }
        assertThat(check.err())
                .contains("    [a](gone-a.md)word word")
                .containsPattern("\n    …[ a-z]+ word word \\[c]\\(gone-c\\.md\\)\n");
        assertThat(check.err()
                        .lines()
                        .filter(l -> l.startsWith("    …word word ")
                                && l.contains(" [b](gone-b.md)word word ")
                                && l.endsWith("…")))
                .hasSize(1);
    }
}

package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    @Test
    void eightThousandBrokenLinksOnOneLineMakeAShortReportThatCountsThemAll() throws IOException {
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
}

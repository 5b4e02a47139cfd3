package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with many warnings says what kinds there are and shows a few of each; {@code check} and JSON list every
 * one; {@code --quiet} prints errors only. The site: 12 overdue pages, 7 with a long sentence, one image without
 * alt text.
 */
class CalmOutputTest {
    @TempDir
    Path dir;

    private Path content;

    @BeforeEach
    void writeSite() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yml"), """
                title: Many warnings
                description: A site with many warnings of a few kinds.
                language: en-GB
                base_url: https://example.org/
                publisher: Example publisher
                editorial_policy: https://example.org/policy
                funding: https://example.org/funding
                contact: https://example.org/contact
                privacy: https://example.org/privacy
                accessibility: https://example.org/accessibility
                """);
        Files.writeString(content.resolve("index.md"), page("Home", "2020-01-01", "Welcome to the site."));
        for (int i = 1; i <= 12; i++) {
            String body = i <= 7
                    ? "This sentence is made much longer than it should be on purpose so that the"
                            + " reader gets tired before the end of it and the checker says so here."
                    : "A short page.";
            if (i == 1) {
                body += "\n\n![](pic.png)";
            }
            Files.writeString(content.resolve("page-" + i + ".md"), page("Page " + i, "2020-02-" + (10 + i), body));
        }
        Files.write(content.resolve("pic.png"), dev.pamphlet.check.PictureFiles.drawn("png", 4, 3));
    }

    private static String page(String title, String due, String body) {
        return "---\ntitle: " + title + "\nsummary: A page.\nreviewed: 2019-01-01\nreview_due: " + due
                + "\nsources:\n  - title: Example source\n    url: https://example.org/source\n---\n\n" + body + "\n";
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--content";
        all[args.length + 1] = content.toString();
        all[args.length + 2] = "--templates";
        all[args.length + 3] = SiteFixtures.TEMPLATES.toString();
        return CliRun.of(all);
    }

    @Test
    void buildShowsAFewOfEachKindAndPointsToCheck() {
        CliRun build =
                run("build", "--no-cache", "--output", dir.resolve("site").toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err())
                .contains("... and 10 more warnings 'overdue for review' (13 in all)")
                .contains("... and 4 more warnings 'sentence of N words (more than N)' (7 in all)")
                .contains("warning: image 'pic.png' has no alt text")
                .contains("0 errors, 21 warnings (14 not shown above: 'pamphlet check' lists every one)");
        assertThat(build.err().lines().filter(l -> l.contains(": warning: overdue for review")))
                .hasSize(3);
        assertThat(build.err().lines().filter(l -> l.contains(": warning: sentence of")))
                .hasSize(3);
        assertThat(build.out()).startsWith("Built 13 pages");
    }

    @Test
    void checkAndJsonListEveryWarning() {
        CliRun check = run("check");
        CliRun json = run("check", "--format", "json", "--quiet");

        assertThat(check.err().lines().filter(l -> l.contains(": warning: overdue for review")))
                .hasSize(13);
        assertThat(check.err().lines().filter(l -> l.contains(": warning: sentence of")))
                .hasSize(7);
        assertThat(check.err()).doesNotContain("more warnings").contains("0 errors, 21 warnings\n");
        assertThat(json.out()).startsWith("{\"errors\":0,\"warnings\":21,");
        assertThat(json.out().split("\"severity\":\"warning\"", -1)).hasSize(22);
    }

    @Test
    void quietPrintsErrorsOnly() throws IOException {
        CliRun ok = run(
                "build",
                "--quiet",
                "--no-cache",
                "--output",
                dir.resolve("site").toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.all()).isEmpty();
        assertThat(dir.resolve("site/page-1.html")).exists();
        assertThat(run("check", "--quiet").all()).isEmpty();

        Files.writeString(content.resolve("broken.md"), "---\ntitle: [unclosed\n---\n");
        CliRun failed = run(
                "build",
                "--quiet",
                "--no-cache",
                "--output",
                dir.resolve("site").toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err())
                .contains("broken.md:2:")
                .contains(": error: ")
                .doesNotContain(": warning:")
                .doesNotContain("note:");
        assertThat(failed.out()).isEmpty();
        CliRun check = run("check", "--quiet");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("broken.md:2:").doesNotContain(": warning:");
        assertThat(check.out().strip()).startsWith("Check failed: ").contains("1 error");
    }

    @Test
    void strictQuietPrintsTheWarningsThatFailItAndTheSummary() {
        CliRun check = run("check", "--strict", "--quiet");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().lines().filter(l -> l.contains(": warning: overdue for review")))
                .hasSize(13);
        assertThat(check.err()).contains("warning: image 'pic.png' has no alt text");
        assertThat(check.out().lines())
                .containsExactly("Check failed: 13 pages checked, 0 errors, 21 warnings (--strict fails on warnings)");
        assertThat(check.all()).doesNotContain("note:");
    }

    @Test
    void withoutATerminalThereIsNoProgressLine() {
        CliRun build =
                run("build", "--no-cache", "--output", dir.resolve("site").toString());
        assertThat(build.all()).doesNotContain("\r").doesNotContain("\033");
    }

    @Test
    void theProgressLineIsRewrittenInPlaceAndErasedAtTheEnd() throws InterruptedException {
        StringWriter screen = new StringWriter();
        ProgressLine line = ProgressLine.started(new PrintWriter(screen), 0);
        line.stage("rendering pages", 3);
        line.done();
        for (int i = 0; i < 1000 && !screen.toString().contains("1 of 3"); i++) {
            Thread.sleep(10);
        }
        line.close();

        assertThat(screen.toString())
                .startsWith("\rpamphlet: ")
                .contains("\rpamphlet: rendering pages: 1 of 3")
                .endsWith("\r\033[K")
                .doesNotContain("\n");
        assertThat(ProgressLine.stderrIsTerminal(java.util.Map.of("TERM", "dumb")))
                .isFalse();
    }

    @Test
    void theProgressLineSaysHowFarAndHowFast() {
        assertThat(ProgressLine.text("rendering pages", 10003, 1234, 1_500_000_000L))
                .isEqualTo("pamphlet: rendering pages: 1,234 of 10,003, 822 a second");
        assertThat(ProgressLine.text("reading", 10, 0, 100_000_000L)).isEqualTo("pamphlet: reading: 0 of 10");
        assertThat(ProgressLine.text("publishing", 0, 0, 0)).isEqualTo("pamphlet: publishing...");
        assertThat(ProgressLine.grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(ProgressLine.grouped(999)).isEqualTo("999");
    }
}

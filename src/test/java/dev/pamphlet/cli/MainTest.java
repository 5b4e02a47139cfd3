package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void versionAndHelp() {
        assertThat(CliRun.of("--version").out()).startsWith("pamphlet ");
        CliRun help = CliRun.of("build", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--content", "--templates", "--output", "--base-url", "--drafts");
    }

    @Test
    void helpListsEveryCommandAndAMistypedOneGetsASuggestion() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).containsSubsequence("build", "check", "serve");
        CliRun typo = CliRun.of("bild", "--output", "x");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("'bild'", "Did you mean: pamphlet build?");
        assertThat(CliRun.of("serve", "--help").out()).contains("--port");
    }

    @Test
    void buildTimesReadAsFormattedNumbersDo() {
        for (long millis = 0; millis < 200_000; millis += millis < 3000 ? 1 : 997) {
            assertThat(BuildCommand.seconds(millis))
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", millis / 1000.0));
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("build", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("publish").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
        assertThat(CliRun.of("check", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void buildEndsWithOneLineSayingWhatItDid() {
        Path out = dir.resolve("site");
        CliRun run = CliRun.of(
                "build",
                "--content",
                SiteFixtures.fixture("clinic/content").toString(),
                "--cache",
                dir.resolve("cache").toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().strip())
                .matches("Built 3 pages in \\d+\\.\\d\\d s to " + java.util.regex.Pattern.quote(out.toString())
                        + " \\(3 rendered, \\d+ files written, 0 unchanged, 0 removed\\)");
    }

    @Test
    void baseUrlOptionOverridesSiteYml() throws Exception {
        Path out = dir.resolve("site");
        CliRun run = CliRun.of(
                "build",
                "--content",
                SiteFixtures.fixture("clinic/content").toString(),
                "--cache",
                dir.resolve("cache").toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                out.toString(),
                "--base-url",
                "https://staging.example.org/clinic");
        assertThat(run.exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(out.resolve("sitemap.xml")))
                .contains("<loc>https://staging.example.org/clinic/</loc>");
        assertThat(java.nio.file.Files.readString(out.resolve("404.html"))).contains("href=\"/clinic/index.html\"");
    }

    @Test
    void missingContentFolderIsAClearError() {
        CliRun run = CliRun.of(
                "build",
                "--content",
                dir.resolve("nope").toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nope: error: content folder does not exist");
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void aBaseUrlOptionThatIsNotAWebAddressIsAUsageErrorAndWritesNothing() {
        Path out = dir.resolve("site");
        for (String bad : new String[] {
            "notaurl", "https://example.org/a/?x=1", "https://example.org/#top", "ftp://example.org/", "https://"
        }) {
            CliRun run = CliRun.of(
                    "build",
                    "--content",
                    SiteFixtures.fixture("clinic/content").toString(),
                    "--cache",
                    dir.resolve("cache").toString(),
                    "--templates",
                    SiteFixtures.TEMPLATES.toString(),
                    "--output",
                    out.toString(),
                    "--base-url",
                    bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err())
                    .startsWith("pamphlet build: --base-url ")
                    .contains("'" + bad + "'")
                    .contains("hint: ")
                    .doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aBaseUrlWithSpacesIsPercentEncodedInEveryAddress() throws Exception {
        Path out = dir.resolve("site");
        CliRun run = CliRun.of(
                "build",
                "--content",
                SiteFixtures.fixture("clinic/content").toString(),
                "--cache",
                dir.resolve("cache").toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                out.toString(),
                "--base-url",
                "https://example.org/my guide");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(java.nio.file.Files.readString(out.resolve("sitemap.xml")))
                .contains("<loc>https://example.org/my%20guide/opening-hours.html</loc>")
                .doesNotContain("my guide");
        assertThat(java.nio.file.Files.readString(out.resolve("robots.txt")))
                .contains("Sitemap: https://example.org/my%20guide/sitemap.xml");
        assertThat(java.nio.file.Files.readString(out.resolve("404.html"))).contains("href=\"/my%20guide/index.html\"");
    }

    @Test
    void verboseIsSeenWhereverTheCommandLineHasIt() {
        for (String command : new String[] {"build", "check", "serve"}) {
            assertThat(Main.asksForVerbose(Main.commandLine(command).parseArgs(command, "--verbose")))
                    .as(command)
                    .isTrue();
            assertThat(Main.asksForVerbose(Main.commandLine(command).parseArgs(command, "--drafts")))
                    .as(command)
                    .isFalse();
        }
    }

    @Test
    void anInternalErrorShowsItsStackTraceOnlyUnderVerbose() {
        java.io.StringWriter quiet = new java.io.StringWriter();
        java.io.StringWriter verbose = new java.io.StringWriter();
        RuntimeException bug = new IllegalStateException("a bug");
        assertThat(Main.internalError(bug, false, new java.io.PrintWriter(quiet, true)))
                .isEqualTo(1);
        assertThat(Main.internalError(bug, true, new java.io.PrintWriter(verbose, true)))
                .isEqualTo(1);
        assertThat(quiet.toString())
                .contains("internal error: java.lang.IllegalStateException: a bug", "run with --verbose")
                .doesNotContain("\tat ");
        assertThat(verbose.toString())
                .contains("internal error: java.lang.IllegalStateException: a bug")
                .contains("\tat dev.pamphlet.cli.MainTest")
                .doesNotContain("run with --verbose");
    }
}

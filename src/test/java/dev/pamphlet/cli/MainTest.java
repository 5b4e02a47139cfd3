package dev.pamphlet.cli;

import dev.pamphlet.SiteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(BuildCommand.seconds(millis)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f",
                    millis / 1000.0));
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
        CliRun run = CliRun.of("build", "--content", SiteFixtures.fixture("clinic/content").toString(),
                "--templates", SiteFixtures.TEMPLATES.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().strip()).matches("Built 3 pages in \\d+\\.\\d\\d s to " + java.util.regex.Pattern.quote(
                out.toString()) + " \\(3 rendered, \\d+ files written, 0 unchanged, 0 removed\\)");
    }

    @Test
    void baseUrlOptionOverridesSiteYml() throws Exception {
        Path out = dir.resolve("site");
        CliRun run = CliRun.of("build", "--content", SiteFixtures.fixture("clinic/content").toString(),
                "--templates", SiteFixtures.TEMPLATES.toString(), "--output", out.toString(),
                "--base-url", "https://staging.example.org/clinic");
        assertThat(run.exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(out.resolve("sitemap.xml")))
                .contains("<loc>https://staging.example.org/clinic/</loc>");
        assertThat(java.nio.file.Files.readString(out.resolve("404.html"))).contains("href=\"/clinic/index.html\"");
    }

    @Test
    void missingContentFolderIsAClearError() {
        CliRun run = CliRun.of("build", "--content", dir.resolve("nope").toString(), "--templates",
                SiteFixtures.TEMPLATES.toString(), "--output", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nope: error: content folder does not exist");
        assertThat(run.all()).doesNotContain("Exception");
    }
}

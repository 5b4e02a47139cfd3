package dev.pamphlet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings are reported with file and line, and the build still succeeds. */
class WarningsTest {
    static final Path SITE = Path.of("src/test/resources/sites/warnings");

    @TempDir
    Path out;

    @Test
    void eachKindOfWarningIsReportedAndTheBuildGoesOn() throws IOException {
        BuildResult result = new Build(SiteFixtures.options(SITE.resolve("content"), out.resolve("site"))).run();

        String prefix = SITE.resolve("content") + "/";
        List<String> warnings = result.diagnostics().sorted().stream()
                .map(d -> d.location().replace(prefix, "content/") + ": "
                        + d.severity().label() + ": " + d.message())
                .toList();
        assertThat(warnings).containsExactlyElementsOf(Files.readAllLines(SITE.resolve("expected.txt")));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.summaries())
                .containsExactly("1 page is overdue for review; 1 page is due for review within 90 days");
        assertThat(out.resolve("site/problems.html")).exists();
    }

    @Test
    void rawHtmlNeverReachesThePageButItsWordsDo() throws IOException {
        new Build(SiteFixtures.options(SITE.resolve("content"), out.resolve("site"))).run();
        String html = Files.readString(out.resolve("site/problems.html"));
        assertThat(html).doesNotContain("onclick").doesNotContain("alert(1)").doesNotContain("<div onclick");
        assertThat(Jsoup.parse(html).select("main p").eachText()).contains("Raw HTML");
    }

    @Test
    void aLinePulledIntoACalloutIsPublishedInsideItAndSaid() throws IOException {
        BuildResult result = new Build(SiteFixtures.options(SITE.resolve("content"), out.resolve("site"))).run();
        Document page = Jsoup.parse(Files.readString(out.resolve("site/callout.html")));
        assertThat(page.select(".callout-body").text()).isEqualTo("We are open every day. You can write to us too.");
        assertThat(result.diagnostics().sorted())
                .filteredOn(d -> d.file().endsWith("callout.md"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.isError()).isFalse();
                    assertThat(d.line()).isEqualTo(13);
                    assertThat(d.hint()).contains("add a blank line before it to end the box");
                });
    }

    @Test
    void strictCheckFailsOnWarnings() {
        String content = SITE.resolve("content").toString();
        CliRun relaxed = CliRun.of("check", "--content", content, "--templates", SiteFixtures.TEMPLATES.toString());
        CliRun strict =
                CliRun.of("check", "--strict", "--content", content, "--templates", SiteFixtures.TEMPLATES.toString());
        assertThat(relaxed.exitCode()).isZero();
        assertThat(relaxed.out()).contains("0 errors");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("warning: image 'pic.png' has no alt text");
    }

    @Test
    void everyWarningHasAHintOrALine() {
        BuildResult result = new Build(SiteFixtures.options(SITE.resolve("content"), out.resolve("site"))
                        .checkOnly())
                .run();
        assertThat(result.diagnostics().sorted())
                .allMatch(d -> d.line() > 0 && !d.isError(), "has a line")
                .extracting(Diagnostic::file)
                .allMatch(f -> f.endsWith(".md"));
    }
}

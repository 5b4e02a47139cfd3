package dev.pamphlet.build;

import static dev.pamphlet.build.AwkwardInputsTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mistake in a template is one error, however many pages it breaks, and it says how many. */
class TemplateMistakeTest {
    @TempDir
    Path dir;

    @Test
    void aMistakeThatBreaksSixPagesIsReportedOnceWithThePageCount() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        for (String name : new String[] {"a", "b", "c", "d", "e", "f"}) {
            Files.writeString(content.resolve(name + ".md"), article("Page " + name, "order: 9\n", "Text.\n"));
        }
        Path templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        Path article = templates.resolve("article.ftlh");
        String text = Files.readString(article);
        int end = text.indexOf('\n') + 1;
        Files.writeString(article, text.substring(0, end) + "${page.nosuchthing}\n" + text.substring(end));

        CliRun run = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                dir.resolve("site").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.contains("error: template error")))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains("article.ftlh:2:")
                        .containsPattern("in (\\d+) pages: [^,]+\\.md, [^,]+\\.md, [^,]+\\.md and \\d+ more"));
    }
}

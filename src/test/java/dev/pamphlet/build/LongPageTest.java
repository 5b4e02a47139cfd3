package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.memory.BuildMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of megabytes is checked as a short one is: every warning at its own line, however the checks are run.
 */
class LongPageTest {
    @TempDir
    Path dir;

    @Test
    void aPageOfMegabytesGetsEveryWarningAtItsOwnLine() throws IOException {
        int paragraphs = 6_000;
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            // One vague link per paragraph, and every tenth paragraph a sentence of 67 words (its "for more." runs on
            // into the words after, which start in lower case).
            body.append("Iron helps, see [click here](index.md) for more. ")
                    .append(p % 10 == 0 ? ("w" + p + " ").repeat(60).strip() + "." : "Short words.")
                    .append(" Restless legs can keep people awake at night.".repeat(3))
                    .append("\n\n");
        }
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yml"), """
                title: Long pages
                description: A guide with a long page.
                language: en-GB
                base_url: https://example.org/
                publisher: Example publisher
                pdf: false
                """);
        Files.writeString(content.resolve("index.md"), SiteFixtures.page("Home", "Welcome."));
        String page = SiteFixtures.page("Long page", body.toString());
        Files.writeString(content.resolve("long.md"), page);
        assertThat(page.length()).isGreaterThan(1_000_000);
        int firstBodyLine =
                (int) page.lines().takeWhile(l -> !l.startsWith("Iron helps")).count() + 1;

        BuildResult result = new Build(
                        SiteFixtures.options(content, dir.resolve("site")), BuildMemory.onDisk(dir.resolve("cache")))
                .run();

        assertThat(result.succeeded()).isTrue();
        List<Diagnostic> vague = result.diagnostics().sorted().stream()
                .filter(d -> d.message().contains("'click here' does not say where the link goes"))
                .toList();
        assertThat(vague).hasSize(paragraphs);
        assertThat(vague.get(0).line()).isEqualTo(firstBodyLine);
        assertThat(vague.get(paragraphs - 1).line()).isEqualTo(firstBodyLine + 2 * (paragraphs - 1));
        assertThat(vague.get(0).sourceLine()).contains("[click here](index.md)");
        List<Diagnostic> sentences = result.diagnostics().sorted().stream()
                .filter(d -> d.message().startsWith("sentence of "))
                .toList();
        assertThat(sentences).hasSize(paragraphs / 10);
        assertThat(sentences.get(0).message())
                .isEqualTo("sentence of 67 words (more than 25): 'Iron helps see click here for more w0 …'");
        assertThat(sentences.get(1).line()).isEqualTo(firstBodyLine + 20);
    }
}

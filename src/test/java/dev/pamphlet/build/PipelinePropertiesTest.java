package dev.pamphlet.build;

import dev.pamphlet.SiteFixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an editor writes, the pipeline ends in a site or in diagnostics, never an unexpected exception; and
 * no diagnostic points outside the file it names.
 */
class PipelinePropertiesTest {

    @Property(tries = 60)
    void randomMarkdownGivesASiteOrDiagnostics(@ForAll("markdown") String body) throws IOException {
        assertBuildsOrDiagnoses(validFrontMatter() + body);
    }

    @Property(tries = 80)
    void randomFrontMatterGivesASiteOrDiagnostics(@ForAll("frontMatter") String frontMatter) throws IOException {
        assertBuildsOrDiagnoses(frontMatter + "\nSome text.\n");
    }

    @Property(tries = 40)
    void randomBytesGiveASiteOrDiagnostics(@ForAll byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("pamphlet-prop");
        try {
            Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
            Files.write(content.resolve("opening-hours.md"), bytes);
            BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
            assertThat(result.succeeded() || result.diagnostics().hasErrors()).isTrue();
        } finally {
            delete(dir);
        }
    }

    private static void assertBuildsOrDiagnoses(String article) throws IOException {
        Path dir = Files.createTempDirectory("pamphlet-prop");
        try {
            Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
            Path file = content.resolve("opening-hours.md");
            Files.writeString(file, article, StandardCharsets.UTF_8);
            BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
            long lines = article.lines().count() + 1;
            result.diagnostics().sorted().stream()
                    .filter(d -> d.file().endsWith("opening-hours.md"))
                    .forEach(d -> assertThat(d.line()).isBetween(0, (int) lines));
            if (result.succeeded()) {
                assertThat(dir.resolve("site/opening-hours.html")).exists();
            } else {
                assertThat(dir.resolve("site")).doesNotExist();
            }
        } finally {
            delete(dir);
        }
    }

    private static String validFrontMatter() {
        return "---\ntitle: Opening hours\nsummary: When we are open.\nreviewed: 2025-03-01\n"
                + "review_due: 2028-03-01\nsources:\n  - title: Handbook\n    url: https://example.org\n---\n";
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("# ", "## ", "### ", "- ", "1. ", "> ", "```\n", "`", "*", "**",
                "_", "[", "]", "(", ")", "![", "](", "opening-hours.md", "visiting/parking.md#car-park", "#weekdays",
                "missing.md", "/root.md", "javascript:x", "<b>", "</b>", "<script>", "|", " | ", "---", "\n", "\n\n",
                "\r\n", "\t", " ", "word", "Café", "é", "\u0000", "\uFEFF", "&amp;", "http://x.org", "<!-- c -->",
                "[x]: images/sign.png\n", "[x]", "![x]", "\\", "%2e%2e/", "../", "{{", "${", "<#if>");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> key = Arbitraries.of("title", "summary", "reviewed", "review_due", "sources", "order",
                "tags", "draft", "reveiwed", "Title", "", "- ", "  ", "? ");
        Arbitrary<String> value = Arbitraries.of("Opening hours", "2025-03-01", "2028-03-01", "1/1/2025",
                "2025-02-30", "[a, b]", "[", "{a: 1}", "true", "yes", "1", "-3", "1.5", "~", "null", "\"quoted",
                "'x'", "|\n  block", "\n  - title: X\n    url: https://x.org", "\n  - title: X", "\n  - url: x",
                "&a", "*a", "!!binary x", "@", "%", ": :", "\t");
        Arbitrary<String> line = Combinators.combine(key, value).as((k, v) -> k + ": " + v);
        Arbitrary<List<String>> lines = line.list().ofMaxSize(12);
        Arbitrary<String> closing = Arbitraries.of("---\n", "...\n", "", "--\n");
        return Combinators.combine(lines, closing).as((ls, c) -> "---\n" + String.join("\n", ls) + "\n" + c);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

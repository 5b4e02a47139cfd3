package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Content nested far deeper than any page needs: each is refused through the command line with its file, line and
 * limit, and the site published before stays as it was; what a real page may hold (thousands of headings, nesting
 * up to the limits) is built. None may end in a stack trace.
 */
class DeepNestingTest {
    @TempDir
    Path dir;

    /** An article whose body starts on line 11, or later by one line per line of {@code frontMatter}. */
    static String article(String frontMatter, String body) {
        return "---\ntitle: Deep\nsummary: About deep things.\nreviewed: 2025-03-01\nreview_due: 2028-03-01\n"
                + frontMatter + "sources:\n  - title: Handbook\n    url: https://clinic.example.org/handbook\n---\n\n"
                + body;
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "recursive alias", article("extra:\n  a: &x [*x]\n", "Text.\n"), "deep.md:7:6", "holds itself"),
                Arguments.of(
                        "recursive alias in a mapping",
                        article("extra:\n  list: [1]\n  a: &x {b: *x}\n", "Text.\n"),
                        "deep.md:8:6",
                        "holds itself"),
                Arguments.of(
                        "aliases that nest too deeply",
                        article(
                                "extra:\n  a: &x " + "[".repeat(45) + "]".repeat(45) + "\n  b: [[[[[[*x]]]]]]\n",
                                "T.\n"),
                        "deep.md:7:",
                        "'extra' nested too deeply: more than 50 levels"),
                Arguments.of(
                        "flow list 10,000 deep",
                        article("extra:\n  a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "Text.\n"),
                        "deep.md:7:",
                        "more than 50 levels"),
                Arguments.of(
                        "flow mapping 3,000 deep",
                        article("extra:\n  a: " + "{a: ".repeat(3_000) + "1" + "}".repeat(3_000) + "\n", "Text.\n"),
                        "deep.md:7:",
                        "more than 50 levels"),
                Arguments.of(
                        "block mapping 2,000 deep",
                        article("extra:\n" + indentedKeys(2_000), "Text.\n"),
                        "deep.md:56:",
                        "more than 50 levels"),
                Arguments.of(
                        "2,000 '[' around a word",
                        article("", "Text " + "[".repeat(2_000) + "x" + "]".repeat(2_000) + "\n"),
                        "deep.md:11:38",
                        "more than 32 open at once"),
                Arguments.of(
                        "link text inside link text",
                        article("", "[".repeat(1_000) + "a" + "](opening-hours.md)".repeat(1_000) + "\n"),
                        "deep.md:11:33",
                        "'[' nested too deeply"),
                Arguments.of(
                        "images inside images",
                        article("", "x " + "![".repeat(5_000) + "a" + "](images/sign.png)".repeat(5_000) + "\n"),
                        "deep.md:11:",
                        "'[' nested too deeply"),
                Arguments.of(
                        "500 list markers on a line",
                        article("", "- ".repeat(500) + "x\n"),
                        "deep.md:11:65",
                        "lists nested too deeply: more than 32 levels"),
                Arguments.of(
                        "5,000 numbered list markers on a line",
                        article("", "1. ".repeat(5_000) + "x\n"),
                        "deep.md:11:97",
                        "lists nested too deeply"),
                Arguments.of(
                        "1,000 '>'",
                        article("", ">".repeat(1_000) + " x\n"),
                        "deep.md:11:33",
                        "block quotes nested too deeply: more than 32 levels"),
                Arguments.of(
                        "quotes and lists mixed",
                        article("", "> - ".repeat(300) + "x\n"),
                        "deep.md:11:65",
                        "block quotes and lists nested too deeply"),
                Arguments.of(
                        "quotes one more on each line",
                        article(
                                "",
                                IntStream.rangeClosed(1, 1_000)
                                        .mapToObj(i -> "> ".repeat(i) + "x\n\n")
                                        .collect(Collectors.joining())),
                        "deep.md:75:65",
                        "block quotes nested too deeply"),
                Arguments.of(
                        "lists indented one more on each line",
                        article(
                                "",
                                IntStream.range(0, 1_000)
                                        .mapToObj(i -> "  ".repeat(i) + "- x\n")
                                        .collect(Collectors.joining())),
                        "deep.md:76:131",
                        "line indented too deeply: 130 columns, more than 128"),
                Arguments.of(
                        "1,000 nested callouts",
                        article(
                                "",
                                IntStream.range(0, 1_000)
                                                .mapToObj(i -> "    ".repeat(i) + "!!! info \"Box\"\n")
                                                .collect(Collectors.joining())
                                        + "    ".repeat(1_000) + "x\n"),
                        "deep.md:44:133",
                        "indented too deeply: 132 columns, more than 128"),
                Arguments.of(
                        "callouts in quotes in lists, 33 levels",
                        article("", nestedCallouts(11) + "\n"),
                        "deep.md:32:87",
                        "block quotes, lists and callouts nested too deeply: more than 32 levels"),
                Arguments.of(
                        "2,000 '*' around a word",
                        article("", "*".repeat(2_000) + "word" + "*".repeat(2_000) + "\n"),
                        "deep.md:11:1",
                        "a line starting with 2000 '*' marks is more than Pamphlet reads: at most 200"),
                Arguments.of(
                        "a callout heading of 16,000 characters",
                        article("", "!!! note \"" + "x".repeat(16_000) + "\"\n    body\n"),
                        "deep.md:11:1",
                        "a callout's first line of 16011 characters is more than Pamphlet reads: at most 300"),
                Arguments.of(
                        "emphasis 1,000 deep in a sentence",
                        article("", "Take " + "*".repeat(2_000) + "care" + "*".repeat(2_000) + ".\n"),
                        "deep.md:11:",
                        "emphasis nested too deeply: more than 32 levels"),
                Arguments.of(
                        "emphasis of both kinds 40 deep",
                        article("", "Take " + alternatingEmphasis(40) + ".\n"),
                        "deep.md:11:",
                        "emphasis nested too deeply"));
    }

    /** {@code *a _b *c ... c* b_ a*}: emphasis {@code depth} levels deep, the marks taking turns. */
    private static String alternatingEmphasis(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            String mark = i % 2 == 0 ? "*" : "_";
            open.append(mark).append("w").append(i).append(' ');
            close.insert(0, " w" + i + mark);
        }
        return open + "care" + close;
    }

    /** {@code depth} mappings inside one another, two spaces deeper each, under a key at the top. */
    private static String indentedKeys(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            yaml.append("  ".repeat(i)).append("a:\n");
        }
        return yaml.append("  ".repeat(depth + 1)).append("b: 1\n").toString();
    }

    /** A callout holding a quote holding a list item, {@code times} over (three levels each), then a callout. */
    private static String nestedCallouts(int times) {
        StringBuilder body = new StringBuilder();
        String prefix = "";
        for (int i = 0; i < times; i++) {
            body.append(prefix).append("!!! info \"Box\"\n");
            prefix += "    ";
            body.append(prefix).append("> - Item\n");
            prefix += ">   ";
        }
        return body.append(prefix)
                .append("!!! info \"Last\"\n")
                .append(prefix)
                .append("    x\n")
                .toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void tooDeepIsRefusedAtItsLineAndThePublishedSiteStays(String name, String source, String at, String message)
            throws IOException {
        Path content = clinic();
        Path out = dir.resolve("site");
        assertThat(build(content, out).exitCode()).isZero();
        Map<String, String> before = checksums(out);
        Files.writeString(content.resolve("deep.md"), source, StandardCharsets.UTF_8);

        CliRun run = build(content, out);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains(at).contains(message).contains("Build failed: 1 error");
        assertNoTrace(run);
        assertThat(checksums(out)).as("the published site").isEqualTo(before);

        CliRun check = CliRun.of("check", "--content", content.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains(at).contains(message);
        assertNoTrace(check);
    }

    @Test
    void twentyThousandNestedDivsOfTheAuthorsOwnHtmlAreRefused() throws IOException {
        Path content = clinic();
        Files.writeString(
                content.resolve("site.yml"), Files.readString(content.resolve("site.yml")) + "allow_html: true\n");
        Path out = dir.resolve("site");
        assertThat(build(content, out).exitCode()).isZero();
        Map<String, String> before = checksums(out);
        Files.writeString(
                content.resolve("deep.md"), article("", "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000) + "\n"));

        CliRun run = build(content, out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "deep.md:11:501: error: raw HTML nested too deeply: more than 100 elements inside one another")
                .contains("hint: at most 100 levels of HTML elements");
        assertNoTrace(run);
        assertThat(checksums(out)).isEqualTo(before);
    }

    @Test
    void deepYamlInTheSiteSettingsIsRefusedAtItsLine() throws IOException {
        Path content = clinic();
        Path out = dir.resolve("site");
        assertThat(build(content, out).exitCode()).isZero();
        Map<String, String> before = checksums(out);
        Path settings = content.resolve("site.yml");
        long lines = Files.readAllLines(settings).size();
        Files.writeString(
                settings,
                Files.readString(settings) + "extra:\n  a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

        CliRun run = build(content, out);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("site.yml:" + (lines + 2) + ":")
                .contains("nested too deeply: more than 50 levels");
        assertNoTrace(run);
        assertThat(checksums(out)).isEqualTo(before);
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPageOfFiveThousandHeadingsIsBuiltWithItsLeaflet() throws IOException {
        Path content = clinic();
        String body = IntStream.range(0, 5_000)
                .mapToObj(i -> "## Question " + i + "\n\nThe answer to question " + i + ".\n\n")
                .collect(Collectors.joining());
        Files.writeString(content.resolve("deep.md"), article("", body));
        Path out = dir.resolve("site");

        CliRun run = build(content, out);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertNoTrace(run);
        assertThat(Jsoup.parse(out.resolve("deep.html").toFile()).select("main h2[id^=question-]"))
                .hasSize(5_000);
        assertThat(out.resolve("deep.pdf")).isNotEmptyFile();
    }

    /**
     * Nesting up to every limit at once is published, web page and leaflet: block quotes, lists and callouts 32
     * levels deep (with a heading at every level, which the PDF renderer once laid out again at each of them, in a
     * time that doubled per level), emphasis and links 32 deep, and 100 of the author's own HTML elements.
     */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void nestingUpToTheLimitsIsBuiltWithItsLeaflet() throws IOException {
        Path content = clinic();
        Files.writeString(
                content.resolve("site.yml"), Files.readString(content.resolve("site.yml")) + "allow_html: true\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            body.append("    ".repeat(i)).append("!!! info \"Box ").append(i).append("\"\n");
        }
        body.append("    ".repeat(32)).append("Inside every box.\n\n");
        body.append(IntStream.range(0, 32)
                .mapToObj(i -> "> ## Quote " + i + "\n>\n")
                .collect(Collectors.joining()));
        for (int i = 1; i <= 32; i++) {
            body.append("> ".repeat(i))
                    .append("## Level ")
                    .append(i)
                    .append("\n")
                    .append("> ".repeat(i))
                    .append("\n");
        }
        body.append("> ".repeat(32)).append("Deepest quote.\n\n");
        body.append("- ".repeat(32)).append("Deepest item.\n\n");
        body.append("Take ")
                .append("*_".repeat(16))
                .append("care")
                .append("_*".repeat(16))
                .append(".\n\n");
        body.append("<div>".repeat(100))
                .append("Deepest element.")
                .append("</div>".repeat(100))
                .append("\n");
        Files.writeString(
                content.resolve("deep.md"),
                article("extra:\n  a: " + "[".repeat(48) + "]".repeat(48) + "\n", body.toString()));
        Path out = dir.resolve("site");

        CliRun run = build(content, out);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertNoTrace(run);
        String html = Files.readString(out.resolve("deep.html"));
        assertThat(html).contains("Inside every box.", "Deepest quote.", "Deepest item.", "Deepest element.");
        assertThat(Jsoup.parse(html).select("div.callout")).hasSize(32);
        assertThat(out.resolve("deep.pdf")).isNotEmptyFile();
    }

    /** The last defence: work on a file that still runs out of stack is an error naming that file. */
    @Test
    void aTemplateThatCallsItselfWithoutEndIsAnErrorForEachPageNotATrace() throws IOException {
        Path content = clinic();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("article.ftlh"), RECURSIVE_TEMPLATE);
        Path out = dir.resolve("site");

        CliRun run = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                out.toString(),
                "--no-cache");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(content.resolve("opening-hours.md").toString().replace('\\', '/')
                        + ": error: too deeply nested to process: Pamphlet ran out of stack on this file")
                .contains("visiting/parking.md: error: too deeply nested to process")
                .contains("look for a template macro that calls itself without end");
        assertNoTrace(run);
        assertThat(out).doesNotExist();
    }

    /** Templates of the site-wide files and of the leaflets: the error names the template. */
    @ParameterizedTest
    @ValueSource(strings = {"404.ftlh", "print.ftlh"})
    void aSiteWideTemplateThatCallsItselfWithoutEndIsAnErrorNamingIt(String template) throws IOException {
        Path content = clinic();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve(template), RECURSIVE_TEMPLATE);

        CliRun run = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                dir.resolve("site").toString(),
                "--no-cache");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(template + ": error: too deeply nested to process");
        assertNoTrace(run);
    }

    /** What no file owns is still one line, not a trace. */
    @Test
    void aReportTemplateThatCallsItselfWithoutEndIsOneLine() throws IOException {
        Path content = clinic();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.ftlh"), RECURSIVE_TEMPLATE);

        CliRun run = CliRun.of(
                "report",
                "--content",
                content.toString(),
                "--templates",
                templates.toString(),
                "--output",
                dir.resolve("report").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("pamphlet: internal error: ran out of stack (something is nested too deeply) (run with"
                        + " --verbose for details)");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("at dev.pamphlet");
    }

    private static final String RECURSIVE_TEMPLATE = "<#macro again n><@again n=n+1/></#macro><@again n=0/>\n";

    private Path clinic() {
        return SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
    }

    private static CliRun build(Path content, Path out) {
        return CliRun.of("build", "--content", content.toString(), "--output", out.toString(), "--no-cache");
    }

    private static void assertNoTrace(CliRun run) {
        assertThat(run.all())
                .doesNotContain("Exception")
                .doesNotContain("StackOverflow")
                .doesNotContain("at dev.pamphlet")
                .doesNotContain("internal error");
    }

    /** Every file of a folder with its SHA-256. */
    private static Map<String, String> checksums(Path folder) {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                sums.put(
                        folder.relativize(file).toString(),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
            return sums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

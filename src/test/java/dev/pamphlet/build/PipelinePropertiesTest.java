package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Properties of the whole pipeline on random sites: builds are deterministic, every error points at a line of a
 * file of the site, and a failed build leaves the published site exactly as it was.
 */
class PipelinePropertiesTest {
    private Path dir;

    @BeforeTry
    void makeFolder() throws IOException {
        dir = Files.createTempDirectory("pamphlet-prop");
    }

    @AfterTry
    void deleteFolder() {
        delete(dir);
    }

    @Property(tries = 25)
    void twoBuildsOfTheSameRandomSiteAreByteIdentical(@ForAll("sites") RandomSite site) throws IOException {
        Path first = site.writeTo(dir.resolve("one/content"));
        Path second = site.writeTo(dir.resolve("two/somewhere else/content"));

        BuildResult a = SiteFixtures.build(first, dir.resolve("one/site"));
        BuildResult b = SiteFixtures.build(second, dir.resolve("two/site"));

        assertThat(a.diagnostics().sorted()).as("a valid random site").noneMatch(Diagnostic::isError);
        assertThat(a.succeeded()).isTrue();
        assertThat(b.succeeded()).isTrue();
        assertThat(a.pages()).isEqualTo(site.articles().size() + 1);
        assertThat(snapshot(dir.resolve("two/site")))
                .as("the second build, byte for byte")
                .isEqualTo(snapshot(dir.resolve("one/site")));
    }

    @Property(tries = 40)
    void everyErrorPointsAtALineOfAFileOfTheSite(
            @ForAll("sites") RandomSite site, @ForAll("mistakes") List<Mistake> mistakes) throws IOException {
        RandomSite broken = site.with(mistakes);
        Path content = broken.writeTo(dir.resolve("content"));

        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        List<Diagnostic> errors = result.diagnostics().sorted().stream()
                .filter(Diagnostic::isError)
                .toList();
        assertThat(errors).as("each mistake is an error").isNotEmpty();
        assertThat(result.succeeded()).isFalse();
        for (Diagnostic d : errors) {
            assertThat(d.file()).as("%s", d).startsWith(content + "/");
            Path file = Path.of(d.file());
            assertThat(file).as("%s", d).isRegularFile();
            long lines = Files.readString(file, StandardCharsets.UTF_8).lines().count();
            assertThat(d.line()).as("%s", d).isBetween(1, (int) Math.max(1, lines));
            assertThat(d.column()).as("%s", d).isGreaterThanOrEqualTo(0);
        }
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Property(tries = 30)
    void aFailedBuildLeavesThePublishedSiteExactlyAsItWas(
            @ForAll("sites") RandomSite site, @ForAll("mistakes") List<Mistake> mistakes) throws IOException {
        Path content = dir.resolve("content");
        Path out = dir.resolve("site");
        site.writeTo(content);
        assertThat(SiteFixtures.build(content, out).succeeded()).isTrue();
        Map<String, String> before = snapshot(out);

        delete(content);
        site.with(mistakes).writeTo(content);
        BuildResult result = SiteFixtures.build(content, out);

        assertThat(result.succeeded()).isFalse();
        assertThat(snapshot(out)).isEqualTo(before);
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        }
    }

    @Property(tries = 40)
    void randomBytesInAnArticleGiveAPageOrErrorsOnItsLines(@ForAll byte[] bytes) throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Files.write(content.resolve("opening-hours.md"), bytes);

        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        if (result.succeeded()) {
            assertThat(dir.resolve("site/opening-hours.html")).exists();
        } else {
            assertThat(result.diagnostics().sorted())
                    .filteredOn(Diagnostic::isError)
                    .isNotEmpty()
                    .allSatisfy(d -> {
                        assertThat(d.file()).endsWith("opening-hours.md");
                        assertThat(d.line()).isPositive();
                    });
            assertThat(dir.resolve("site")).doesNotExist();
        }
    }

    // ---- random sites ------------------------------------------------------------------------------------------

    /** An article of a random site: where it is, its title and place, and its body's blocks. */
    record RandomArticle(String path, String title, Integer order, List<String> blocks) {}

    /** A mistake put into one article (chosen by index): front matter replaced, or a line added to the body. */
    record Mistake(int article, String frontMatterKey, String value, String bodyLine) {}

    /** A valid site: a home page and articles that link to one another, in folders, with awkward names. */
    record RandomSite(List<RandomArticle> articles, List<Mistake> mistakes) {

        RandomSite with(List<Mistake> added) {
            return new RandomSite(articles, added);
        }

        Path writeTo(Path content) throws IOException {
            Files.createDirectories(content.resolve("images"));
            Files.writeString(
                    content.resolve("site.yml"),
                    "title: Random guide\ndescription: A generated guide.\n"
                            + "language: en-GB\nbase_url: https://example.org/random guide/\npublisher: Test Trust\n");
            Files.copy(SiteFixtures.fixture("clinic/content/images/sign.png"), content.resolve("images/sign.png"));
            StringBuilder home = new StringBuilder(frontMatter("Home", null, Map.of()) + "Welcome.\n\n");
            for (RandomArticle a : articles) {
                home.append("- [")
                        .append(a.title())
                        .append("](")
                        .append(link("index.md", a.path()))
                        .append(")\n");
            }
            Files.writeString(content.resolve("index.md"), home);
            for (int i = 0; i < articles.size(); i++) {
                RandomArticle a = articles.get(i);
                Map<String, String> replaced = new LinkedHashMap<>();
                StringBuilder body = new StringBuilder("## First section\n\n"); // every page has one to link to
                for (String block : a.blocks()) {
                    body.append(resolve(block, a.path())).append("\n\n");
                }
                for (Mistake m : mistakes) {
                    if (m.article() % articles.size() == i) {
                        if (m.frontMatterKey() != null) {
                            replaced.put(m.frontMatterKey(), m.value());
                        } else {
                            body.append(m.bodyLine()).append("\n\n");
                        }
                    }
                }
                Path file = content.resolve(a.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, frontMatter(a.title(), a.order(), replaced) + body, StandardCharsets.UTF_8);
            }
            return content;
        }

        /** Blocks name two articles as {@code @0}, {@code @1}, images as {@code @img}: made links from {@code from}. */
        private String resolve(String block, String from) {
            String out = block.replace("@img", link(from, "images/sign.png"));
            for (int n = 0; n <= 1; n++) {
                out = out.replace(
                        "@" + n, link(from, articles.get(n % articles.size()).path()));
            }
            return out;
        }

        private static String frontMatter(String title, Integer order, Map<String, String> replaced) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("title", title);
            keys.put("summary", "About " + title + ".");
            keys.put("reviewed", "2025-03-01");
            keys.put("review_due", "2028-03-01");
            if (order != null) {
                keys.put("order", order.toString());
            }
            keys.put("sources", "\n  - title: Handbook\n    url: https://example.org/handbook");
            StringBuilder sb = new StringBuilder("---\n");
            keys.putAll(replaced);
            keys.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
            return sb.append("---\n\n").toString();
        }
    }

    /** A relative link from one content file to another, in angle brackets (names may hold spaces). */
    static String link(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder("<").append("../".repeat(a.length - 1 - common));
        sb.append(String.join("/", Arrays.copyOfRange(b, common, b.length)));
        return sb.append('>').toString();
    }

    @Provide
    Arbitrary<RandomSite> sites() {
        Arbitrary<String> folder = Arbitraries.of("", "", "living with/", "a/b/", "Ünïcode/");
        Arbitrary<String> word = Arbitraries.of(
                "Sleep", "Iron", "Symptoms and Signs", "Café", "Legs", "Pain", "What next", "Tests (blood)", "Travel");
        Arbitrary<RandomArticle> article = Combinators.combine(
                        folder,
                        word,
                        word,
                        Arbitraries.integers().between(-3, 20).injectNull(0.4),
                        blocks())
                .as((f, w1, w2, order, blocks) -> new RandomArticle(
                        f + w1 + " " + w2.toLowerCase() + ".md", w1 + " and " + w2.toLowerCase(), order, blocks));
        return article.list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .uniqueElements(RandomArticle::path)
                .uniqueElements(a -> (a.path().toLowerCase()))
                .map(list -> new RandomSite(list, List.of()));
    }

    private Arbitrary<List<String>> blocks() {
        Arbitrary<String> block = Arbitraries.of(
                "## Another section\n\nPlain words in a short sentence.",
                "A paragraph with **strong** and *soft* words, `code` and a [web link](https://example.org/a?b=1&c=2).",
                "- one\n- two\n    - nested\n        - deeper\n- three",
                "1. first\n2. second\n    * inside",
                "!!! urgent \"Get help if:\"\n    - you feel worse\n        - or much worse\n    - you cannot sleep",
                "!!! info\n    A box with the default heading.\n\n    > a quote inside it",
                "| Day | Time |\n| --- | ---: |\n| Monday | 8am |",
                "> A quote.\n> - with a list",
                "See [the other page](@0) and [another](@1#first-section).",
                "![A sign](@img)",
                "```\ncode <b> & \"quotes\"\n```",
                "A long sentence that goes on for a while without saying very much at all but still is text.");
        return block.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Mistake>> mistakes() {
        Arbitrary<int[]> where = Arbitraries.integers().between(0, 5).map(i -> new int[] {i});
        Arbitrary<Mistake> frontMatter = Combinators.combine(
                        where,
                        Arbitraries.of(
                                new String[] {"order", "1.5"},
                                new String[] {"order", ".inf"},
                                new String[] {"order", "99999999999"},
                                new String[] {"order", "first"},
                                new String[] {"reviewed", "2199-01-01"},
                                new String[] {"reviewed", "2025-02-30"},
                                new String[] {"review_due", "2024-01-01"},
                                new String[] {"title", "[a, b"},
                                new String[] {"draft", "maybe"},
                                new String[] {"reveiwed", "x"},
                                new String[] {"summary", "\"unclosed"},
                                new String[] {"sources", "[]"},
                                new String[] {"tags", "{a: 1}"}))
                .as((i, kv) -> new Mistake(i[0], kv[0], kv[1], null));
        Arbitrary<Mistake> body = Combinators.combine(
                        where,
                        Arbitraries.of(
                                "[missing](no-such-page.md)",
                                "[bad fragment](#no-such-heading)",
                                "[root](/index.md)",
                                "[escape](../../../../outside.md)",
                                "![gone](images/gone.png)",
                                "[x](&#106;avascript:alert(1))",
                                "[x](java&#9;script:alert(1))",
                                "[x](%6Aavascript:alert(1))",
                                "![x](data:image/png;base64,AAAA)",
                                "!!! info Unquoted heading\n    text",
                                "!!!info \"No space\"\n    text",
                                "!!! warning \"Unknown\"\n    text",
                                "!!! urgent \"Empty\"",
                                "<javascript:alert(1)>"))
                .as((i, line) -> new Mistake(i[0], null, null, line));
        return Arbitraries.oneOf(frontMatter, body).list().ofMinSize(1).ofMaxSize(3);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Every file under {@code root} with its bytes (as ISO-8859-1 text, so equal maps mean equal bytes). */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(
                            root.relativize(p).toString(),
                            new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

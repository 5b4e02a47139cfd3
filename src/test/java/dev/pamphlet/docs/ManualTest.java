package dev.pamphlet.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.web.SiteChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manual in src/docs/manual is a Pamphlet site that builds cleanly, and its examples cannot rot: every YAML
 * example marked {@code # site.yml} or {@code # front matter} on its first line builds as a small site, and its key
 * tables list exactly the keys Pamphlet reads.
 */
class ManualTest {
    static final Path MANUAL = SiteFixtures.PROJECT.resolve("src/docs/manual");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|([^|]*)\\|.*$");
    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_]+):");

    @TempDir
    static Path out;

    static Path site;
    static BuildResult built;

    @BeforeAll
    static void buildTheManual() {
        site = out.resolve("manual");
        // Built on today's date, as the build command does: a page past its review date is a warning here too.
        built = new Build(SiteFixtures.options(MANUAL, site).withToday(LocalDate.now())).run();
    }

    @Test
    void theManualBuildsWithNoErrorsAndNoWarningsAndMakesItsLeaflets() throws IOException {
        assertThat(built.diagnostics().sorted()).as("the manual's build").isEmpty();
        assertThat(built.pages()).isGreaterThanOrEqualTo(30);
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("templates/reference.html")).exists();
        assertThat(site.resolve("publishing/index.html")).exists();
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count())
                    .as("leaflets: the whole manual's, its sections' and its pages'")
                    .isGreaterThan(built.pages());
        }
    }

    @Test
    void everyPageOfTheManualIsValidHtml() throws Exception {
        SiteChecks.Collector errors = new SiteChecks.Collector();
        SimpleDocumentValidator validator = SiteChecks.validator(errors);
        List<String> pages = pages();
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }
        assertThat(errors.found).isEmpty();
        assertThat(pages).contains("index.html", "writing/front-matter.html", "a-z.html", "search.html");
    }

    /** Opened from disk, every link and every file a page loads is there (the server's 404 page aside). */
    @Test
    void noLinkOfTheManualIsBrokenFromDisk() throws IOException {
        SiteChecks.Links links = SiteChecks.links(site, pages());
        assertThat(links.broken()).isEmpty();
        assertThat(links.checked()).as("links checked").isGreaterThan(1000);
    }

    /** A YAML example of the manual: its page, the line its block starts on, its kind and its text. */
    record Example(String page, int line, String kind, String yaml) {
        @Override
        public String toString() {
            return "src/docs/manual/" + page + ":" + line + " (" + kind + ")";
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path file : markdownFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("```yaml") || i + 1 >= lines.size()) {
                    continue;
                }
                String first = lines.get(i + 1).strip();
                String kind = first.startsWith("# site.yml")
                        ? "site.yml"
                        : first.startsWith("# front matter") ? "front matter" : null;
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                    end++;
                }
                if (kind != null) {
                    String indent = lines.get(i).substring(0, lines.get(i).indexOf('`'));
                    StringBuilder yaml = new StringBuilder();
                    for (String line : lines.subList(i + 1, end)) {
                        yaml.append(line.startsWith(indent) ? line.substring(indent.length()) : line)
                                .append('\n');
                    }
                    examples.add(new Example(MANUAL.relativize(file).toString(), i + 1, kind, yaml.toString()));
                }
                i = end;
            }
        }
        return examples;
    }

    /** Top-level YAML entries, each with the lines under it, by key. */
    static Map<String, String> entries(String yaml) {
        Map<String, String> entries = new LinkedHashMap<>();
        String key = null;
        for (String line : yaml.split("\n")) {
            Matcher m = TOP_KEY.matcher(line);
            if (m.find()) {
                key = m.group(1);
                entries.put(key, "");
            }
            if (key != null) {
                entries.merge(key, line + "\n", String::concat);
            }
        }
        return entries;
    }

    /** The keys an example leaves out come from a minimal valid file; the example's own win. */
    static String completed(String example, String base) {
        Map<String, String> mine = entries(example);
        StringBuilder all = new StringBuilder();
        entries(base).forEach((key, text) -> {
            boolean replaced = mine.containsKey(key)
                    || key.equals("language") && mine.containsKey("languages")
                    // A page adapted from a source needs no review of its own.
                    || key.equals("reviewed") && example.contains("adapted: true");
            if (!replaced) {
                all.append(text);
            }
        });
        return all + example;
    }

    private static final String BASE_SITE = "title: Example guide\ndescription: A guide to try an example.\n"
            + "language: en-GB\nbase_url: https://www.your-clinic.nhs.uk/guide/\npublisher: An example clinic\n";
    private static final String BASE_PAGE = "title: An example page\nsummary: A page to try an example.\n"
            + "reviewed: 2026-01-01\nreview_due: 2028-01-01\n"
            + "sources:\n  - title: Example source\n    url: https://www.nhs.uk/\n";

    /** A page with every key a site.yml example may require, so only the example can make the build fail. */
    private static String page(String title) {
        return "---\n" + BASE_PAGE.replace("An example page", title)
                + "author: Sam Lee\nreviewed_by: {name: Dr Asha Patel, role: General practitioner}\n---\n\nSome text.\n";
    }

    @Test
    void everySiteYmlAndFrontMatterExampleOfTheManualBuilds(@TempDir Path dir) throws IOException {
        List<Example> examples = examples();
        assertThat(examples.stream().filter(e -> e.kind().equals("site.yml")))
                .as("site.yml examples")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(examples.stream().filter(e -> e.kind().equals("front matter")))
                .as("front-matter examples")
                .hasSizeGreaterThanOrEqualTo(3);
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            Path content = dir.resolve("example-" + examples.indexOf(example)).resolve("content");
            Files.createDirectories(content.resolve("images"));
            String siteYml = example.kind().equals("site.yml") ? completed(example.yaml(), BASE_SITE) : BASE_SITE;
            Files.writeString(content.resolve("site.yml"), siteYml);
            Files.writeString(content.resolve("index.md"), page("Home"));
            Files.writeString(content.resolve("contact.md"), page("Contact us"));
            Files.copy(
                    SiteFixtures.fixture("clinic").resolve("content/images/sign.png"),
                    content.resolve("images/logo.png"));
            Matcher languages = Pattern.compile("(?m)^languages: \\[([^]]*)]").matcher(siteYml);
            if (languages.find()) {
                List<String> codes = List.of(languages.group(1).split(",\\s*"));
                for (String code : codes.subList(1, codes.size())) {
                    Files.writeString(content.resolve("index." + code.strip() + ".md"), page("Home " + code));
                }
            }
            if (example.kind().equals("front matter")) {
                Files.writeString(
                        content.resolve("example.md"),
                        "---\n" + completed(example.yaml(), BASE_PAGE) + "---\n\nThe page's text.\n");
            }
            BuildResult result = new Build(SiteFixtures.options(content, content.resolveSibling("site"))).run();
            List<Diagnostic> errors = result.diagnostics().sorted().stream()
                    .filter(Diagnostic::isError)
                    .toList();
            if (!errors.isEmpty()) {
                failures.add(example + ": " + errors);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The key tables: page, the heading above the table, and the keys Pamphlet reads there. */
    static final List<Object[]> TABLES = List.of(
            new Object[] {"site-settings/site-yml.md", "Keys of site.yml", SiteConfigLoader.ALLOWED},
            new Object[] {"site-settings/branding.md", "Keys of the logo", SiteConfigLoader.LOGO_KEYS},
            new Object[] {"site-settings/branding.md", "Keys of a header link", SiteConfigLoader.HEADER_LINK_KEYS},
            new Object[] {"writing/front-matter.md", "Keys of the front matter", FrontMatterParser.ALLOWED},
            new Object[] {"writing/front-matter.md", "Keys of a source", FrontMatterParser.SOURCE_KEYS},
            new Object[] {"writing/front-matter.md", "Keys of a person", FrontMatterParser.PERSON_KEYS});

    /** The rows of the table under a heading: key → its "required" column. */
    static Map<String, String> table(String markdown, String heading) {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean under = false;
        boolean fence = false;
        for (String line : markdown.split("\n")) {
            if (line.strip().startsWith("```")) {
                fence = !fence;
            }
            if (!fence && line.startsWith("#")) {
                under = line.replaceFirst("^#+\\s*", "")
                        .replace("`", "")
                        .strip()
                        .equals(heading);
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (under && row.matches()) {
                rows.put(row.group(1), row.group(2).strip());
            }
        }
        return rows;
    }

    /** What a table lacks and what it has too many of, as lines to fix it by. */
    static List<String> differences(String page, String heading, Map<String, String> rows, Set<String> keys) {
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            if (!rows.containsKey(key)) {
                problems.add(page + ", \"" + heading + "\": add a row for '" + key + "': | `" + key + "` | ... |");
            }
        }
        for (String key : rows.keySet()) {
            if (!keys.contains(key)) {
                problems.add(page + ", \"" + heading + "\": Pamphlet reads no key '" + key + "': remove its row");
            }
        }
        return problems;
    }

    @Test
    void everyKeyPamphletReadsHasOneRowInTheManualAndEveryRowIsAKeyItReads() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Object[] t : TABLES) {
            String page = (String) t[0];
            String heading = (String) t[1];
            @SuppressWarnings("unchecked")
            Set<String> keys = (Set<String>) t[2];
            Map<String, String> rows = table(Files.readString(MANUAL.resolve(page)), heading);
            assertThat(rows).as("the table under \"%s\" in %s", heading, page).isNotEmpty();
            problems.addAll(differences(page, heading, rows, keys));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theFrontMatterTableSaysWhichKeysAreRequired() throws IOException {
        Map<String, String> rows =
                table(Files.readString(MANUAL.resolve("writing/front-matter.md")), "Keys of the front matter");
        Set<String> required = new LinkedHashSet<>();
        rows.forEach((key, column) -> {
            if (column.startsWith("yes")) {
                required.add(key);
            }
        });
        assertThat(required).containsExactlyInAnyOrderElementsOf(FrontMatterParser.REQUIRED);
    }

    /** The comparison fails when a row goes: here, the row of 'reviewed_by' taken out of the front-matter table. */
    @Test
    void aKeyLeftOutOfTheManualIsReported() throws IOException {
        String page = Files.readString(MANUAL.resolve("writing/front-matter.md"));
        String without = page.replaceAll("(?m)^\\| `reviewed_by` \\|.*\\n", "");
        assertThat(without).isNotEqualTo(page);
        Map<String, String> rows = table(without, "Keys of the front matter");
        assertThat(differences("writing/front-matter.md", "Keys of the front matter", rows, FrontMatterParser.ALLOWED))
                .singleElement()
                .asString()
                .contains("add a row for 'reviewed_by'");
    }

    private static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MANUAL)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}

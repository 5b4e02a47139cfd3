package dev.pamphlet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.content.GlossaryLoader;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.SiteBuilder;
import dev.pamphlet.source.SourceReader;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template reference (src/docs/manual/templates/reference.md) lists exactly what templates are given: every part of every view
 * record with its type, every value the site-wide templates get, and every layout macro with its parameters.
 * When a view record gains a field, this fails and prints the row to add.
 */
class TemplateContractTest {
    static final Path REFERENCE = SiteFixtures.PROJECT.resolve("src/docs/manual/templates/reference.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+?) \\|(.*)$");
    private static final Pattern MACRO = Pattern.compile("<#macro\\s+(\\w+)([^>]*)>");

    /** Table rows by section ("### `page`", "## Site-wide templates", "### date"...): name → type, or parameters. */
    static Map<String, Map<String, String>> sections;

    @BeforeAll
    static void readReference() throws IOException {
        sections = new LinkedHashMap<>();
        String section = "";
        for (String line : Files.readAllLines(REFERENCE)) {
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "").replace("`", "").strip();
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                sections.computeIfAbsent(section, s -> new LinkedHashMap<>())
                        .put(row.group(1), row.group(2).strip() + " |" + row.group(3));
            }
        }
    }

    /** The rows a record's parts need, as "name | type". */
    private static Map<String, String> expectedRows(Class<?> record, String prefix) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            rows.put(prefix + c.getName(), TemplateContract.typeName(c.getGenericType()));
        }
        return rows;
    }

    private static void assertSectionLists(String section, Map<String, String> expected) {
        Map<String, String> documented = new LinkedHashMap<>();
        sections.getOrDefault(section, Map.of())
                .forEach((name, rest) -> documented.put(name, rest.substring(0, rest.indexOf(" |"))));
        List<String> toAdd = new ArrayList<>();
        expected.forEach((name, type) -> {
            if (!type.equals(documented.get(name))) {
                toAdd.add("| `" + name + "` | " + type + " | (example) | (meaning) |");
            }
        });
        List<String> toRemove = documented.keySet().stream()
                .filter(n -> !expected.containsKey(n))
                .toList();
        assertThat(toAdd)
                .as("rows to add or correct under '%s' in %s", section, REFERENCE)
                .isEmpty();
        assertThat(toRemove)
                .as("rows under '%s' in %s for values templates are not given", section, REFERENCE)
                .isEmpty();
    }

    @Test
    void thePageTemplatesValuesAreAllListedWithTheirTypes() {
        realSiteInputs();
        PageViewBuilder views = new PageViewBuilder(realSite, true);
        var home = realSite.guide().get(0);
        var body = new dev.pamphlet.markdown.MarkdownRenderer(false)
                .render(home.article().body(), 1, home.root());
        Map<String, Object> model = views.model(home, views.build(home, body));
        Map<String, String> expected = new LinkedHashMap<>();
        model.forEach((name, value) -> expected.put(name, typeOfValue(value)));
        assertSectionLists("Page templates: home.ftlh and article.ftlh", expected);
        assertThat(expected).containsEntry("site", "site").containsEntry("page", "page");
        assertSectionLists("site", expectedRows(Views.SiteView.class, "site."));
        assertSectionLists("page", expectedRows(Views.PageView.class, "page."));
    }

    static final String LIBRARY = "Library templates: hub.ftlh, a-z.ftlh, topics.ftlh, topic.ftlh";

    /**
     * The values the library's own pages get besides a page template's, by template, from the library fixture
     * (sections, a section without index.md, tags).
     */
    private static Map<String, Map<String, Object>> libraryModels() {
        Path content = SiteFixtures.fixture("library").resolve("content");
        List<Diagnostic> problems = new ArrayList<>();
        var config = SiteConfigLoader.load(content, "site.yml", problems).orElseThrow();
        ContentTree tree = ContentLoader.list(content);
        List<dev.pamphlet.content.Article> articles = new ArrayList<>();
        for (String path : tree.markdown()) {
            if (path.contains(".cy.")) {
                continue;
            }
            try {
                FrontMatterParser.parse(path, SourceReader.read(content.resolve(path), path), problems)
                        .ifPresent(articles::add);
            } catch (dev.pamphlet.diag.ContentException e) {
                throw new AssertionError(e);
            }
        }
        Site library = SiteBuilder.build(config, articles, tree.staticFiles(), false, Map.of(), p -> p, problems)
                .orElseThrow();
        Map<String, Map<String, Object>> byTemplate = new LinkedHashMap<>();
        // An A to Z of more than 5 entries has a page for each letter: all its values are given.
        for (LibraryPages.Output output : new LibraryPages(library, new PageViewBuilder(library, false), 5).all()) {
            byTemplate
                    .computeIfAbsent(output.template(), t -> new LinkedHashMap<>())
                    .putAll(output.model());
        }
        return byTemplate;
    }

    @Test
    void theLibraryTemplatesValuesAreAllListedWithTheirTypes() {
        Map<String, Object> pageModel = new LinkedHashMap<>();
        PageViewBuilder views = new PageViewBuilder(realSiteInputs().site(), true);
        var home = realSite.guide().get(0);
        var body = new dev.pamphlet.markdown.MarkdownRenderer(false)
                .render(home.article().body(), 1, home.root());
        pageModel.putAll(views.model(home, views.build(home, body)));
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, Map<String, Object>> models = libraryModels();
        assertThat(models).containsOnlyKeys("hub.ftlh", "a-z.ftlh", "topics.ftlh", "topic.ftlh");
        models.values()
                .forEach(model -> model.forEach((name, value) -> {
                    if (!pageModel.containsKey(name)) {
                        expected.put(name, typeOfValue(value));
                    }
                }));
        models.values().forEach(model -> assertThat(model.keySet()).containsAll(pageModel.keySet()));
        assertSectionLists(LIBRARY, expected);
    }

    @Test
    void theSiteWideTemplatesValuesAreAllListedWithTheirTypes() {
        Map<String, Object> model = SiteOutputs.model(realSiteInputs(), new PageViewBuilder(realSite, true));
        Map<String, String> expected = new LinkedHashMap<>();
        model.forEach((name, value) -> expected.put(name, typeOfValue(value)));
        assertSectionLists("Site-wide templates", expected);
    }

    @Test
    void everyKindOfValueHasItsPartsListed() {
        Map<String, Class<?>> kinds = new TreeMap<>();
        collectKinds(Views.SiteView.class, kinds);
        collectKinds(Views.PageView.class, kinds);
        PageViewBuilder views = new PageViewBuilder(realSiteInputs().site(), true);
        var home = realSite.guide().get(0);
        var body = new dev.pamphlet.markdown.MarkdownRenderer(false)
                .render(home.article().body(), 1, home.root());
        List<Object> values =
                new ArrayList<>(views.model(home, views.build(home, body)).values());
        values.addAll(SiteOutputs.model(realSiteInputs(), views).values());
        values.forEach(value -> {
            Object sample = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
            if (sample instanceof Record) {
                collectKinds(sample.getClass(), kinds);
            }
        });
        for (Map<String, Object> library : libraryModels().values()) {
            library.values().forEach(value -> {
                Object sample = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
                if (sample instanceof Record) {
                    collectKinds(sample.getClass(), kinds);
                }
            });
        }
        kinds.remove("site");
        kinds.remove("page");
        assertThat(kinds).isNotEmpty();
        for (Map.Entry<String, Class<?>> kind : kinds.entrySet()) {
            assertSectionLists(kind.getKey(), expectedRows(kind.getValue(), ""));
        }
        List<String> typeSections = new ArrayList<>(sections.keySet());
        typeSections.removeIf(s -> List.of(
                        "site",
                        "page",
                        "Site-wide templates",
                        "Layout macros",
                        LIBRARY,
                        "Page templates: home.ftlh and article.ftlh")
                .contains(s));
        assertThat(typeSections)
                .as("sections in %s for kinds of value that do not exist", REFERENCE)
                .containsExactlyInAnyOrderElementsOf(kinds.keySet());
    }

    @Test
    void everyLayoutMacroIsListedWithEveryParameter() throws IOException {
        String layout = Files.readString(SiteFixtures.TEMPLATES.resolve("layout.ftlh"));
        Map<String, List<String>> macros = new LinkedHashMap<>();
        Matcher m = MACRO.matcher(layout);
        while (m.find()) {
            List<String> params = new ArrayList<>();
            Matcher p = Pattern.compile("(\\w+)(=(\"[^\"]*\"|\\[[^]]*]|\\S+))?").matcher(m.group(2));
            while (p.find()) {
                params.add(p.group(1));
            }
            macros.put(m.group(1), params);
        }
        assertThat(macros).containsKeys("page", "trustPanel");
        Map<String, String> documented = sections.get("Layout macros");
        assertThat(documented).as("macros in %s", REFERENCE).containsOnlyKeys(macros.keySet());
        macros.forEach((name, params) -> {
            String cell = documented.get(name).split("\\|")[0];
            for (String param : params) {
                assertThat(cell)
                        .as("parameter '%s' of macro '%s' in %s", param, name, REFERENCE)
                        .contains("`" + param + "`");
            }
        });
    }

    private static void collectKinds(Class<?> record, Map<String, Class<?>> kinds) {
        if (kinds.putIfAbsent(TemplateContract.noun(record), record) != null) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            Type type = c.getGenericType();
            if (type instanceof java.lang.reflect.ParameterizedType p) {
                type = p.getActualTypeArguments()[0];
            }
            if (type instanceof Class<?> k && k.isRecord()) {
                collectKinds(k, kinds);
            }
        }
    }

    private static String typeOfValue(Object value) {
        if (value instanceof List<?> list) {
            assertThat(list)
                    .as("a list in the real guide's model, to tell its type")
                    .isNotEmpty();
            return "list of "
                    + TemplateContract.plural(
                            TemplateContract.typeName(list.get(0).getClass()));
        }
        return TemplateContract.typeName(value.getClass());
    }

    private static Site realSite;

    /** The real guide, placed, with its glossary: every list the site-wide templates get has entries. */
    private static SiteOutputs.Inputs realSiteInputs() {
        Path content = SiteFixtures.REAL_CONTENT;
        List<Diagnostic> problems = new ArrayList<>();
        var config = SiteConfigLoader.load(content, "site.yml", problems).orElseThrow();
        Glossary glossary = GlossaryLoader.load(content, "glossary.yml", problems);
        ContentTree tree = ContentLoader.list(content);
        List<dev.pamphlet.content.Article> articles = new ArrayList<>();
        for (String path : tree.markdown()) {
            try {
                FrontMatterParser.parse(path, SourceReader.read(content.resolve(path), path), problems)
                        .ifPresent(articles::add);
            } catch (dev.pamphlet.diag.ContentException e) {
                throw new AssertionError(e);
            }
        }
        realSite = SiteBuilder.build(config, articles, tree.staticFiles(), false, Map.of(), p -> p, problems)
                .orElseThrow();
        assertThat(problems).filteredOn(Diagnostic::isError).isEmpty();
        return new SiteOutputs.Inputs(realSite, glossary, new SearchIndex(realSite));
    }
}

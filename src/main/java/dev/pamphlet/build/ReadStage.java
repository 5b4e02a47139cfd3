package dev.pamphlet.build;

import dev.pamphlet.config.BaseUrlOption;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.content.GlossaryLoader;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import dev.pamphlet.diag.StackExhaustion;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.memory.BuildMemory.ParsedSource;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Theme;
import dev.pamphlet.source.SourceReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The build's reading steps: the settings, the glossary, the list of content files, every Markdown file parsed
 * and checked, and the templates. Each step asks the memory first, and reports what it finds wrong.
 */
final class ReadStage {
    private final BuildContext build;

    ReadStage(BuildContext build) {
        this.build = build;
    }

    /**
     * What the content folder holds.
     *
     * @param config   the settings, empty when site.yml has errors
     * @param articles every Markdown file that parsed
     */
    record Sources(Optional<SiteConfig> config, Glossary glossary, ContentTree tree, List<Article> articles) {}

    Sources sources() {
        Optional<SiteConfig> config = settings();
        Glossary glossary = glossary();
        ContentTree tree = build.memory()
                .contentTree(() -> ContentLoader.list(build.options().contentDir()));
        build.diagnostics().addAll(tree.problems());
        return new Sources(config, glossary, tree, parse(tree));
    }

    private Optional<SiteConfig> settings() {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<SiteConfig> config = SiteConfigLoader.load(
                build.options().contentDir(), build.display().apply(SiteConfigLoader.FILE_NAME), problems);
        build.diagnostics().addAll(problems);
        return BaseUrlOption.apply(config, build.options().baseUrl(), build.diagnostics());
    }

    /** The optional glossary.yml: words whose first use on each page links to their explanation. */
    private Glossary glossary() {
        List<Diagnostic> problems = new ArrayList<>();
        Glossary glossary = GlossaryLoader.load(
                build.options().contentDir(), build.display().apply(GlossaryLoader.FILE_NAME), problems);
        build.diagnostics().addAll(problems);
        return glossary;
    }

    /** Reads and checks every Markdown file, in parallel unless the memory knows all but one of them. */
    private List<Article> parse(ContentTree tree) {
        boolean few = tree.markdown().stream()
                        .filter(p -> !build.memory().remembers(p))
                        .limit(2)
                        .count()
                < 2;
        build.progress().stage("reading articles", tree.markdown().size());
        return (few ? tree.markdown().stream() : tree.markdown().parallelStream())
                .map(path -> {
                    ParsedSource parsed = build.memory().source(path, () -> parseArticle(path));
                    build.progress().done();
                    build.diagnostics().addAll(parsed.problems());
                    return parsed.article().orElse(null);
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private ParsedSource parseArticle(String path) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Article> article = Optional.empty();
        String shown = build.display().apply(path);
        try {
            article = FrontMatterParser.parse(
                    path, SourceReader.read(build.options().contentDir().resolve(path), shown), problems);
        } catch (ContentException e) {
            problems.add(e.diagnostic());
        } catch (StackOverflowError e) {
            problems.add(StackExhaustion.in(shown));
        }
        return new ParsedSource(article, List.copyOf(problems));
    }

    /** The theme's templates, read once and kept by the memory; null (with the errors reported) when they fail. */
    TemplateRenderer templates(Theme theme) {
        return build.memory().templates(() -> readTemplates(theme));
    }

    private TemplateRenderer readTemplates(Theme theme) {
        try {
            TemplateRenderer renderer = new TemplateRenderer(theme);
            List<Diagnostic> problems = new ArrayList<>();
            renderer.preload(List.of(PageRenderer.HOME_TEMPLATE, PageRenderer.ARTICLE_TEMPLATE), problems);
            build.diagnostics().addAll(problems);
            return problems.isEmpty() ? renderer : null;
        } catch (IOException e) {
            build.diagnostics()
                    .add(Diagnostic.error(
                            BuildContext.displayPath(build.options().templatesDir()),
                            0,
                            0,
                            "cannot read templates: " + IoReasons.of(e)));
            return null;
        }
    }
}

package dev.pamphlet.report;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.content.GlossaryLoader;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.language.LanguagesLoader;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.site.EditionsBuilder;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a content folder into its placed sites, one per language, the way a build does, for a report about it. The build's own
 * checks are run separately (see {@link ReportBuilder}); problems found here are only those that stop a report.
 */
record SiteSurvey(List<Site> editions) {

    static Optional<SiteSurvey> read(Path contentDir, boolean drafts, Function<String, String> display) {
        List<Diagnostic> ignored = new ArrayList<>(); // the check run reports them
        Optional<SiteConfig> config =
                SiteConfigLoader.load(contentDir, display.apply(SiteConfigLoader.FILE_NAME), ignored);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        Glossary glossary = GlossaryLoader.load(contentDir, display.apply(GlossaryLoader.FILE_NAME), ignored);
        ContentTree tree = ContentLoader.list(contentDir);
        List<Article> articles = new ArrayList<>();
        for (String path : tree.markdown()) {
            try {
                FrontMatterParser.parse(path, SourceReader.read(contentDir.resolve(path), display.apply(path)), ignored)
                        .ifPresent(articles::add);
            } catch (ContentException e) {
                // reported by the check run
            }
        }
        return LanguagesLoader.load(contentDir, config.get(), glossary, display, ignored)
                .flatMap(languages -> EditionsBuilder.build(
                        config.get(), languages, articles, tree.staticFiles(), drafts, Map.of(), display, ignored))
                .map(editions -> new SiteSurvey(editions.sites()));
    }
}

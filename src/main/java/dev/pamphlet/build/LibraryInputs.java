package dev.pamphlet.build;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.language.Language;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the pages Pamphlet makes for sections and tags are made from: the settings, the language, the
 * templates, the date, and every page's place and front matter, in this and the other languages, but not the
 * articles' text, which those pages never show. Equal inputs make the same pages, so a rebuild after an edit to
 * an article's text keeps them as published instead of rendering a few hundred lists of titles again.
 */
record LibraryInputs(
        SiteConfig config,
        Language language,
        List<Shown> guide,
        Set<String> drafts,
        Set<String> staticFiles,
        List<Language> languages,
        Map<String, Map<String, Shown>> translated,
        boolean glossary,
        LocalDate today,
        TemplateRenderer templates) {

    /** What a list of pages can show of one page. */
    record Shown(String path, String outputPath, int position, FrontMatter meta) {
        static Shown of(Page page) {
            return new Shown(
                    page.article().path(),
                    page.outputPath(),
                    page.position(),
                    page.article().meta());
        }
    }

    static LibraryInputs of(Site site, boolean glossary, LocalDate today, TemplateRenderer templates) {
        Map<String, Map<String, Shown>> translated = new LinkedHashMap<>();
        site.translations().byBase().forEach((language, pages) -> {
            Map<String, Shown> shown = new LinkedHashMap<>();
            pages.forEach((base, page) -> shown.put(base, Shown.of(page)));
            translated.put(language, shown);
        });
        return new LibraryInputs(
                site.config(),
                site.language(),
                site.guide().stream().map(Shown::of).toList(),
                site.drafts(),
                site.staticFiles(),
                site.translations().languages(),
                translated,
                glossary,
                today,
                templates);
    }
}

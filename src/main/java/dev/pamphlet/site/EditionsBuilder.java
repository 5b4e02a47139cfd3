package dev.pamphlet.site;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.language.Language;
import dev.pamphlet.language.Languages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Places the pages of every language: each file goes to the language its name says ({@code causes.cy.md} is
 * Welsh, {@code causes.md} the default language) and each language gets its own home page and navigation. The
 * default language's pages are published at the site root, the others' in their language's folder.
 */
public final class EditionsBuilder {

    private EditionsBuilder() {}

    /**
     * @param reserved files the build writes itself, as for {@link SiteBuilder}; the same files in each
     *                 language's folder are reserved for that language
     */
    public static Optional<Editions> build(
            SiteConfig config,
            Languages languages,
            List<Article> articles,
            List<String> staticFiles,
            boolean includeDrafts,
            Map<String, String> reserved,
            Function<String, String> display,
            List<Diagnostic> problems) {
        Map<Language, List<Article>> byLanguage = new LinkedHashMap<>();
        languages.all().forEach(l -> byLanguage.put(l, new ArrayList<>()));
        articles.forEach(a -> byLanguage.get(languages.languageOf(a.path())).add(a));
        Map<String, String> taken = new LinkedHashMap<>(reserved);
        List<Site> sites = new ArrayList<>();
        boolean placed = true;
        for (Language language : languages.all()) {
            Map<String, String> forLanguage = new LinkedHashMap<>(taken);
            if (!language.isDefault()) {
                reserved.forEach((out, what) -> forLanguage.put(language.folder() + out, what));
            }
            Optional<Site> site = SiteBuilder.build(
                    config,
                    language,
                    byLanguage.get(language),
                    language.isDefault() ? staticFiles : List.of(),
                    includeDrafts,
                    forLanguage,
                    display,
                    problems);
            if (site.isEmpty()) {
                placed = false;
                continue;
            }
            sites.add(site.get());
            site.get()
                    .guide()
                    .forEach(p ->
                            taken.put(p.outputPath(), display.apply(p.article().path())));
            staticFiles.forEach(f -> taken.put(f, display.apply(f)));
        }
        if (!placed) {
            return Optional.empty();
        }
        Map<String, Map<String, Page>> byBase = new HashMap<>();
        for (Site site : sites) {
            site.bySource()
                    .forEach((base, page) -> byBase.computeIfAbsent(base, b -> new HashMap<>())
                            .put(site.language().tag(), page));
        }
        Map<String, Map<String, Page>> frozen = new HashMap<>();
        byBase.forEach((base, pages) -> frozen.put(base, Map.copyOf(pages)));
        Translations translations = new Translations(languages.all(), Map.copyOf(frozen));
        Set<String> statics = Set.copyOf(staticFiles);
        // Every language knows every draft, so a link to a draft translation is reported as one.
        Set<String> drafts = new java.util.TreeSet<>();
        sites.forEach(s -> drafts.addAll(s.drafts()));
        return Optional.of(new Editions(sites.stream()
                .map(s -> s.withTranslations(translations, statics, Set.copyOf(drafts)))
                .toList()));
    }
}

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
        boolean unlisted = false;
        for (Article a : articles) {
            String code = languages.unlistedLanguageOf(a.path());
            if (code != null) {
                problems.add(unlistedLanguage(a.path(), code, config, display));
                unlisted = true;
            } else {
                byLanguage.get(languages.languageOf(a.path())).add(a);
            }
        }
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
        if (!placed || unlisted) {
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
        sites.stream().skip(1).forEach(s -> withoutSource(s, frozen, languages.main(), display, problems));
        Set<String> statics = Set.copyOf(staticFiles);
        // Every language knows every draft, so a link to a draft translation is reported as one.
        Set<String> drafts = new java.util.TreeSet<>();
        sites.forEach(s -> drafts.addAll(s.drafts()));
        return Optional.of(new Editions(sites.stream()
                .map(s -> s.withTranslations(translations, statics, Set.copyOf(drafts)))
                .toList()));
    }

    /**
     * A page named for a language the site does not list ({@code page.gd.md}), or for its default language, whose
     * pages need no code: left out of every language, as publishing it among the default language's pages would
     * show readers a page in a language they did not choose.
     */
    private static Diagnostic unlistedLanguage(
            String path, String code, SiteConfig config, Function<String, String> display) {
        List<String> listed = config.languages();
        String main = listed.get(0);
        // The file's name without its language code and ".md": "parking" for parking.gd.md.
        String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - code.length() - ".md".length() - 1);
        if (code.equalsIgnoreCase(main) || code.equalsIgnoreCase(main.split("-", 2)[0])) {
            return Diagnostic.error(
                            display.apply(path),
                            1,
                            0,
                            "'" + code + "' in the file's name is the site's default language (" + main
                                    + "), whose pages have no language code in their name")
                    .withHint("rename it " + stem + ".md, or, if the dot is not meant as a language, use a dash");
        }
        List<String> added = new ArrayList<>(listed);
        added.add(code);
        return Diagnostic.error(
                        display.apply(path),
                        1,
                        0,
                        "the file's name says it is in '" + code + "', which is not one of the site's languages ("
                                + String.join(", ", listed) + ")")
                .withHint("to publish pages in '" + code + "', list it in site.yml (languages: ["
                        + String.join(", ", added) + "]) and give its interface text in messages/" + code
                        + ".yml; if the dot is not meant as a language, rename the file (e.g. "
                        + stem + "-" + code + ".md)");
    }

    /**
     * Warns of each translation with no page in the default language: nothing there links to it and it has no
     * language switch, so only readers of its own language's pages find it. It is still published.
     */
    private static void withoutSource(
            Site site,
            Map<String, Map<String, Page>> byBase,
            Language main,
            Function<String, String> display,
            List<Diagnostic> problems) {
        for (Page page : site.guide()) {
            String base = site.basePath(page);
            if (!byBase.getOrDefault(base, Map.of()).containsKey(main.tag())) {
                problems.add(Diagnostic.warning(
                                display.apply(page.article().path()),
                                1,
                                0,
                                "this page in '" + site.language().tag() + "' has no page in the site's default"
                                        + " language (" + main.tag() + "): readers of " + main.tag()
                                        + " have no way to it, and it has no language switch")
                        .withHint("add " + base + " (the page in " + main.tag() + "), or rename this file if it"
                                + " translates a page of another name"));
            }
        }
    }
}

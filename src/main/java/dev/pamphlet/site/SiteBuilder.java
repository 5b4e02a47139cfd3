package dev.pamphlet.site;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Places articles in the site: output paths, reading order, drafts, and URL collisions. */
public final class SiteBuilder {
    /** Reading order: by {@code order} (unnumbered pages last), then title, then path for stability. */
    static final Comparator<Article> READING_ORDER = Comparator.comparingInt((Article a) ->
                    a.meta().order() == null ? Integer.MAX_VALUE : a.meta().order())
            .thenComparing(a -> a.meta().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Article::path);

    private SiteBuilder() {}

    /**
     * @param reservedOutputs files the build writes itself (assets, 404 page, sitemap...), which content may not
     *                        take; each maps to a description for the error message
     * @param display         how to show a content path in diagnostics
     */
    public static Optional<Site> build(
            SiteConfig config,
            List<Article> articles,
            List<String> staticFiles,
            boolean includeDrafts,
            Map<String, String> reservedOutputs,
            Function<String, String> display,
            List<Diagnostic> problems) {
        return build(
                config,
                Site.builtInLanguage(config.language()),
                articles,
                staticFiles,
                includeDrafts,
                reservedOutputs,
                display,
                problems);
    }

    /**
     * Places the pages of one language: a translation ({@code causes.cy.md}) is published in its language's
     * folder ({@code cy/causes.html}).
     */
    public static Optional<Site> build(
            SiteConfig config,
            Language language,
            List<Article> articles,
            List<String> staticFiles,
            boolean includeDrafts,
            Map<String, String> reservedOutputs,
            Function<String, String> display,
            List<Diagnostic> problems) {
        Function<String, String> outputOf = path -> language.folder() + Page.outputPathFor(language.basePath(path));
        List<Article> published = new ArrayList<>();
        Set<String> drafts = new TreeSet<>();
        for (Article a : articles) {
            if (a.meta().draft() && !includeDrafts) {
                drafts.add(a.path());
            } else {
                published.add(a);
            }
        }
        int before = problems.size();
        checkCollisions(published, staticFiles, reservedOutputs, outputOf, display, problems);
        Article home = published.stream()
                .filter(a -> language.basePath(a.path()).equals("index.md"))
                .findFirst()
                .orElse(null);
        if (home == null && language.isDefault()) {
            problems.add(Diagnostic.error(display.apply("index.md"), 0, 0, "the site has no home page")
                    .withHint("create index.md in the content folder: it introduces the guide and lists its pages"));
        } else if (home == null) {
            String file = "index." + language.tag() + ".md";
            problems.add(Diagnostic.error(
                            display.apply(file),
                            0,
                            0,
                            "the site has no home page in '" + language.tag() + "', one of its languages")
                    .withHint("create " + file + " beside index.md: the home page in that language"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Article> rest = new ArrayList<>(published);
        rest.removeIf(a -> a == home); // by identity: comparing whole articles field by field is needless work
        rest.sort(READING_ORDER);
        List<Page> guide = new ArrayList<>();
        guide.add(new Page(home, outputOf.apply(home.path()), 0));
        rest.forEach(a -> guide.add(new Page(a, outputOf.apply(a.path()), guide.size())));
        Map<String, Page> bySource = new HashMap<>();
        guide.forEach(p -> bySource.put(language.basePath(p.article().path()), p));
        if (language.isDefault()) {
            TrustPages.check(config, bySource, drafts, display, problems);
        }
        Site site = new Site(
                config,
                List.copyOf(guide),
                Map.copyOf(bySource),
                Set.copyOf(drafts),
                Set.copyOf(staticFiles),
                language,
                Translations.NONE);
        int checked = problems.size();
        LibraryChecks.check(site, articles, drafts, staticFiles, display, problems);
        if (problems.subList(checked, problems.size()).stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        return Optional.of(site);
    }

    /**
     * Two sources may not produce the same file. Compared without case, because the site may be served from a
     * case-insensitive disk where {@code Causes.html} and {@code causes.html} are one file.
     */
    private static void checkCollisions(
            List<Article> articles,
            List<String> staticFiles,
            Map<String, String> reserved,
            Function<String, String> outputOf,
            Function<String, String> display,
            List<Diagnostic> problems) {
        Map<String, String> owners = new LinkedHashMap<>();
        reserved.forEach((out, what) -> owners.put(out.toLowerCase(Locale.ROOT), what));
        List<String[]> outputs = new ArrayList<>();
        articles.stream().map(Article::path).sorted().forEach(p -> outputs.add(new String[] {p, outputOf.apply(p)}));
        staticFiles.forEach(p -> outputs.add(new String[] {p, p}));
        for (String[] pair : outputs) {
            String key = pair[1].toLowerCase(Locale.ROOT);
            String owner = owners.putIfAbsent(key, display.apply(pair[0]));
            if (owner != null) {
                problems.add(Diagnostic.error(
                                display.apply(pair[0]),
                                0,
                                0,
                                "would be written to '" + pair[1] + "', which " + owner + " is also written to")
                        .withHint("rename one of the two files"));
            }
        }
    }
}

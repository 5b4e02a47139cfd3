package dev.pamphlet.site;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;

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
    static final Comparator<Article> READING_ORDER = Comparator
            .comparing((Article a) -> a.meta().order() == null ? Integer.MAX_VALUE : a.meta().order())
            .thenComparing(a -> a.meta().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Article::path);

    private SiteBuilder() {
    }

    /**
     * @param reservedOutputs files the build writes itself (assets, 404 page, sitemap...), which content may not
     *                        take; each maps to a description for the error message
     * @param display         how to show a content path in diagnostics
     */
    public static Optional<Site> build(SiteConfig config, List<Article> articles, List<String> staticFiles,
                                       boolean includeDrafts, Map<String, String> reservedOutputs,
                                       Function<String, String> display, List<Diagnostic> problems) {
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
        checkCollisions(published, staticFiles, reservedOutputs, display, problems);
        Article home = published.stream().filter(Article::isHome).findFirst().orElse(null);
        if (home == null) {
            problems.add(Diagnostic.error(display.apply("index.md"), 0, 0, "the site has no home page")
                    .withHint("create index.md in the content folder: it introduces the guide and lists its pages"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Article> rest = new ArrayList<>(published);
        rest.removeIf(a -> a == home); // by identity: comparing whole articles field by field is needless work
        rest.sort(READING_ORDER);
        List<Page> guide = new ArrayList<>();
        guide.add(new Page(home, "index.html", 0));
        rest.forEach(a -> guide.add(new Page(a, Page.outputPathFor(a.path()), guide.size())));
        Map<String, Page> bySource = new HashMap<>();
        guide.forEach(p -> bySource.put(p.article().path(), p));
        return Optional.of(new Site(config, List.copyOf(guide), Map.copyOf(bySource), Set.copyOf(drafts),
                Set.copyOf(staticFiles)));
    }

    /**
     * Two sources may not produce the same file. Compared without case, because the site may be served from a
     * case-insensitive disk where {@code Causes.html} and {@code causes.html} are one file.
     */
    private static void checkCollisions(List<Article> articles, List<String> staticFiles,
                                        Map<String, String> reserved, Function<String, String> display,
                                        List<Diagnostic> problems) {
        Map<String, String> owners = new LinkedHashMap<>();
        reserved.forEach((out, what) -> owners.put(out.toLowerCase(Locale.ROOT), what));
        List<String[]> outputs = new ArrayList<>();
        articles.stream().map(Article::path).sorted()
                .forEach(p -> outputs.add(new String[] {p, Page.outputPathFor(p)}));
        staticFiles.forEach(p -> outputs.add(new String[] {p, p}));
        for (String[] pair : outputs) {
            String key = pair[1].toLowerCase(Locale.ROOT);
            String owner = owners.putIfAbsent(key, display.apply(pair[0]));
            if (owner != null) {
                problems.add(Diagnostic.error(display.apply(pair[0]), 0, 0,
                                "would be written to '" + pair[1] + "', which " + owner + " is also written to")
                        .withHint("rename one of the two files"));
            }
        }
    }
}

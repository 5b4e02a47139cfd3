package dev.pamphlet.render;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.language.Language;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.render.Views.DateView;
import dev.pamphlet.render.Views.SiteView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.Translations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The files every site gets besides its pages, and the data their templates see. */
public final class SiteOutputs {
    /** Feed readers show the newest entries; a feed of every page of a large site would be megabytes. */
    static final int FEED_ENTRIES = 50;

    private SiteOutputs() {}

    /** What the outputs are made from. */
    public record Inputs(Site site, Glossary glossary, SearchIndex search) {}

    /** A page as the site-wide templates list it (sitemap, feed, search page). */
    public record PageEntry(String title, String summary, String href, String url, DateView reviewed, boolean home) {}

    public record TermView(String term, String explanation, String id) {}

    /** Every site-wide output, in the order they are written. */
    public static List<SiteOutput> standard() {
        return List.of(
                SiteOutput.template("404.html", "the 'page not found' page", "404.ftlh"),
                SiteOutput.template("search.html", "the search page", "search.ftlh")
                        .when(in -> in.site().config().search()),
                SiteOutput.writtenWithOthers(
                                SearchIndex.FILE_NAME,
                                "the search index",
                                in -> in.search().files())
                        .when(in -> in.site().config().search()),
                SiteOutput.template("glossary.html", "the glossary page", "glossary.ftlh")
                        .when(in -> !in.glossary().isEmpty()),
                SiteOutput.template("sitemap.xml", "the sitemap", "sitemap.ftlx"),
                SiteOutput.template("robots.txt", "the robots file", "robots.ftl"),
                SiteOutput.template("feed.xml", "the Atom feed", "feed.ftlx")
                        .when(in -> in.site().config().feed()));
    }

    /**
     * The site-wide outputs of one language of a site: all of them for the default language; for the others, the
     * ones each language has of its own (search page and index, glossary, feed) in the language's folder. The
     * sitemap, robots file and 404 page are the whole site's.
     */
    public static List<SiteOutput> of(Site site) {
        if (site.language().isDefault()) {
            return standard();
        }
        Set<String> own = Set.of("search.html", SearchIndex.FILE_NAME, "glossary.html", "feed.xml");
        return standard().stream()
                .filter(o -> own.contains(o.path()))
                .map(o -> o.in(site.language().folder()))
                .toList();
    }

    /** A page in the sitemap, with its address in every language it is in. */
    public record SitemapEntry(String url, DateView reviewed, List<LanguageViews.AlternateView> alternates) {}

    /**
     * The path part of the site's address, e.g. {@code /restless-legs/}: the 404 page is shown at any depth, so
     * its links start from the server root (they also work when the site is previewed on another host).
     */
    static String rootPath(String baseUrl) {
        String path = java.net.URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** Every page of every language, with its translations, and each language's glossary page. */
    static List<SitemapEntry> sitemap(Inputs inputs, PageViewBuilder views) {
        Site site = inputs.site();
        List<SitemapEntry> out = new ArrayList<>();
        if (!site.translations().isMultilingual()) {
            site.guide().stream()
                    .filter(p -> !p.article().meta().draft())
                    .forEach(p -> out.add(new SitemapEntry(
                            views.absoluteUrl(p.outputPath()),
                            views.date(p.article().meta().contentDate()),
                            List.of())));
        } else {
            Translations all = site.translations();
            for (Language language : all.languages()) {
                List<Page> pages = all.byBase().values().stream()
                        .map(m -> m.get(language.tag()))
                        .filter(java.util.Objects::nonNull)
                        .filter(p -> !p.article().meta().draft())
                        .sorted(Comparator.comparing(Page::outputPath))
                        .toList();
                for (Page p : pages) {
                    List<Translations.Version> versions = all
                            .versions(language.basePath(p.article().path()))
                            .stream()
                            .filter(v -> !v.page().article().meta().draft())
                            .toList();
                    List<LanguageViews.AlternateView> alternates = versions.size() < 2
                            ? List.of()
                            : versions.stream()
                                    .map(v -> new LanguageViews.AlternateView(
                                            v.language().tag(),
                                            v.language().name(),
                                            v.language().direction(),
                                            v.page().outputPath(),
                                            views.absoluteUrl(v.page().outputPath()),
                                            v.page().outputPath(),
                                            v.page() == p))
                                    .toList();
                    out.add(new SitemapEntry(
                            views.absoluteUrl(p.outputPath()),
                            views.date(p.article().meta().contentDate()),
                            alternates));
                }
            }
        }
        Translations all = site.translations();
        List<Language> languages = all.isMultilingual() ? all.languages() : List.of(site.language());
        for (Language language : languages) {
            boolean has = language.isDefault() && !inputs.glossary().isEmpty()
                    || !language.isDefault() && !language.glossary().isEmpty();
            if (has) {
                out.add(new SitemapEntry(views.absoluteUrl(language.folder() + "glossary.html"), null, List.of()));
            }
        }
        return out;
    }

    /**
     * The data site-wide templates see: {@code site}, {@code pages}, {@code recent} (the 50 most recently reviewed
     * pages, newest first, for the feed), {@code glossary}, {@code updated} (the latest review date), {@code home}
     * (the home page's file) and {@code rootPath} (see {@link #rootPath}).
     */
    public static Map<String, Object> model(Inputs inputs, PageViewBuilder views) {
        Site site = inputs.site();
        List<PageEntry> pages = new ArrayList<>(site.guide().size());
        String folder = site.language().folder();
        for (Page p : site.guide()) {
            if (p.article().meta().draft()) {
                continue; // previewed with --drafts, never announced to search engines or feed readers
            }
            pages.add(new PageEntry(
                    p.title(),
                    p.article().meta().summary(),
                    PercentEncoding.path(p.outputPath().substring(folder.length())),
                    views.absoluteUrl(p.outputPath()),
                    views.date(p.article().meta().contentDate()),
                    p.position() == 0));
        }
        LocalDate updated = site.guide().stream()
                .filter(p -> !p.article().meta().draft())
                .map(p -> p.article().meta().contentDate())
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH);
        Map<String, Object> model = new LinkedHashMap<>();
        SiteView siteView = views.siteView();
        model.put("site", siteView);
        model.put("pages", pages);
        model.put(
                "glossary",
                inputs.glossary().alphabetical().stream()
                        .map(t -> new TermView(t.term(), t.explanation(), t.id()))
                        .toList());
        model.put("updated", views.date(updated));
        model.put(
                "recent",
                pages.stream()
                        .sorted(Comparator.comparing(
                                        (PageEntry p) -> p.reviewed().iso())
                                .reversed())
                        .limit(FEED_ENTRIES)
                        .toList());
        model.put("home", site.home().outputPath());
        model.put("rootPath", rootPath(site.config().baseUrl()));
        model.put("sitemap", sitemap(inputs, views));
        model.putAll(views.siteWideModel());
        return model;
    }
}

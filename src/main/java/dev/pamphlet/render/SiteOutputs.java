package dev.pamphlet.render;

import dev.pamphlet.content.Glossary;
import dev.pamphlet.render.Views.DateView;
import dev.pamphlet.render.Views.SiteView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files every site gets besides its pages, and the data their templates see. */
public final class SiteOutputs {
    /** Feed readers show the newest entries; a feed of every page of a large site would be megabytes. */
    static final int FEED_ENTRIES = 50;

    private SiteOutputs() {
    }

    /** What the outputs are made from. */
    public record Inputs(Site site, Glossary glossary, SearchIndex search) {
    }

    /** A page as the site-wide templates list it (sitemap, feed, search page). */
    public record PageEntry(String title, String summary, String href, String url, DateView reviewed,
                            boolean home) {
    }

    public record TermView(String term, String explanation, String id) {
    }

    /** Every site-wide output, in the order they are written. */
    public static List<SiteOutput> standard() {
        return List.of(
                SiteOutput.template("404.html", "the 'page not found' page", "404.ftlh"),
                SiteOutput.template("search.html", "the search page", "search.ftlh")
                        .when(in -> in.site().config().search()),
                SiteOutput.written(SearchIndex.FILE_NAME, "the search index", in -> in.search().toJavaScript())
                        .when(in -> in.site().config().search()),
                SiteOutput.template("glossary.html", "the glossary page", "glossary.ftlh")
                        .when(in -> !in.glossary().isEmpty()),
                SiteOutput.template("sitemap.xml", "the sitemap", "sitemap.ftlx"),
                SiteOutput.template("robots.txt", "the robots file", "robots.ftl"),
                SiteOutput.template("feed.xml", "the Atom feed", "feed.ftlx").when(in -> in.site().config().feed()));
    }

    /**
     * The path part of the site's address, e.g. {@code /restless-legs/}: the 404 page is shown at any depth, so
     * its links start from the server root (they also work when the site is previewed on another host).
     */
    static String rootPath(String baseUrl) {
        String path = java.net.URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * The data site-wide templates see: {@code site}, {@code pages}, {@code recent} (the 50 most recently reviewed
     * pages, newest first, for the feed), {@code glossary}, {@code updated} (the latest review date), {@code home}
     * (the home page's file) and {@code rootPath} (see {@link #rootPath}).
     */
    public static Map<String, Object> model(Inputs inputs, PageViewBuilder views) {
        Site site = inputs.site();
        List<PageEntry> pages = new ArrayList<>(site.guide().size());
        for (Page p : site.guide()) {
            pages.add(new PageEntry(p.title(), p.article().meta().summary(), p.outputPath(),
                    views.absoluteUrl(p.outputPath()), views.date(p.article().meta().reviewed()), p.position() == 0));
        }
        LocalDate updated = site.guide().stream().map(p -> p.article().meta().reviewed())
                .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
        Map<String, Object> model = new LinkedHashMap<>();
        SiteView siteView = views.siteView();
        model.put("site", siteView);
        model.put("pages", pages);
        model.put("glossary", inputs.glossary().alphabetical().stream()
                .map(t -> new TermView(t.term(), t.explanation(), t.id())).toList());
        model.put("updated", views.date(updated));
        model.put("recent", pages.stream()
                .sorted(Comparator.comparing((PageEntry p) -> p.reviewed().iso()).reversed())
                .limit(FEED_ENTRIES).toList());
        model.put("home", site.home().outputPath());
        model.put("rootPath", rootPath(site.config().baseUrl()));
        return model;
    }
}

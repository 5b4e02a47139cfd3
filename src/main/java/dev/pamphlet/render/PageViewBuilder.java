package dev.pamphlet.render;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.language.Language;
import dev.pamphlet.language.Messages;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.render.Views.DateView;
import dev.pamphlet.render.Views.HeadingView;
import dev.pamphlet.render.Views.LinkView;
import dev.pamphlet.render.Views.NavItem;
import dev.pamphlet.render.Views.PageView;
import dev.pamphlet.render.Views.SiteView;
import dev.pamphlet.render.Views.SourceView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.TrustPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns a placed page and its rendered body into the view its template sees. */
public final class PageViewBuilder {
    /**
     * Above this many pages, each page lists only its neighbours in "Pages in this guide" and links to the
     * full list on the home page: listing 10,000 pages on each of 10,000 pages would make the site 10,000 times
     * bigger than its content.
     */
    static final int FULL_CONTENTS_LIMIT = 40;

    static final int CONTENTS_WINDOW = 10;

    private final Site site;
    private final SiteView siteView;
    private final DateTimeFormatter dateWords;
    private final LanguageViewBuilder languages;
    /** Dates in words, by date: pages are reviewed in batches, and formatting month names is not cheap. */
    private final Map<LocalDate, DateView> dates = new ConcurrentHashMap<>();

    private final GovernanceViews governance;

    public PageViewBuilder(Site site) {
        this(site, false);
    }

    /** Views for today; for a build, give its date instead, as overdue notices depend on it. */
    public PageViewBuilder(Site site, boolean hasGlossary) {
        this(site, hasGlossary, LocalDate.now());
    }

    /**
     * @param hasGlossary whether the site has a glossary page to link to
     * @param today       the date review dates are compared with
     */
    public PageViewBuilder(Site site, boolean hasGlossary, LocalDate today) {
        this.site = site;
        SiteConfig c = site.config();
        Language language = site.language();
        // A language's interface text may name the site in that language (site.title, site.description).
        Map<String, String> own = language.messages().texts();
        this.siteView = new SiteView(
                own.getOrDefault("site.title", c.title()),
                own.getOrDefault("site.description", c.description()),
                language.tag(),
                c.publisher(),
                c.baseUrl(),
                c.condition(),
                c.feedback(),
                hasGlossary,
                c.feed(),
                c.search(),
                c.extra(),
                TrustPages.links(site),
                c.governance().disclaimer());
        this.dateWords = DateTimeFormatter.ofPattern(language.messages().text("date.pattern"), language.locale());
        this.languages = new LanguageViewBuilder(site, this::absoluteUrl, this::date);
        this.governance = new GovernanceViews(today, this::date, language.messages());
    }

    public SiteView siteView() {
        return siteView;
    }

    /**
     * What a page's template sees: {@code site}, {@code page}, {@code lang} (see {@link LanguageViews}) and the
     * interface text ({@code t}, {@code tPlural}).
     */
    public Map<String, Object> model(Page page, PageView view) {
        return model(page, view, Views.PdfLinks.NONE);
    }

    /** @param pdf the page's links to its PDF leaflet and the guide's */
    public Map<String, Object> model(Page page, PageView view, Views.PdfLinks pdf) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteView);
        model.put("page", view);
        model.put("pdf", pdf);
        model.put("lang", languages.of(page));
        model.putAll(MessageMethods.of(site.language().messages()));
        return model;
    }

    /** What site-wide templates see of the language, besides {@code site}: {@code lang}, {@code root}, text. */
    public Map<String, Object> siteWideModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", languages.ofSite());
        model.put(
                "root",
                site.language().isDefault()
                        ? ""
                        : "../".repeat(site.language().folder().split("/").length));
        model.putAll(MessageMethods.of(site.language().messages()));
        return model;
    }

    /**
     * What a page shows of other pages (each one's title, summary and place): everything in its view that does
     * not come from its own article and the site's settings. A page whose article and navigation are unchanged
     * renders the same.
     */
    public record Navigation(
            List<LinkView> breadcrumbs,
            List<NavItem> contents,
            LinkView contentsMore,
            LinkView previous,
            LinkView next) {}

    public PageView build(Page page, RenderedMarkdown body) {
        FrontMatter meta = page.article().meta();
        String root = page.root();
        boolean home = page.position() == 0;
        String url = absoluteUrl(page.outputPath());
        List<SourceView> sources =
                meta.sources().stream().map(governance::source).toList();
        List<HeadingView> headings = body.headings().stream()
                .map(h -> new HeadingView(h.level(), h.text(), h.id()))
                .toList();
        Navigation nav = navigation(page);
        return new PageView(
                meta.title(),
                meta.summary(),
                body.html(),
                home,
                root,
                page.outputPath(),
                url,
                meta.reviewed() == null ? null : date(meta.reviewed()),
                date(meta.reviewDue()),
                sources,
                meta.tags(),
                nav.breadcrumbs(),
                nav.contents(),
                nav.contentsMore(),
                nav.previous(),
                nav.next(),
                headings,
                feedbackHref(meta.title(), url),
                jsonLd(page, meta, url),
                meta.extra(),
                meta.draft(),
                GovernanceViews.people(meta.authors()),
                GovernanceViews.people(meta.reviewers()),
                meta.updated() == null ? null : date(meta.updated()),
                meta.adaptedFrom() == null ? null : governance.source(meta.adaptedFrom()),
                governance.overdue(meta),
                governance.overdueNotice(meta));
    }

    /** The page's navigation; uses only other pages' titles, summaries and places, never their text. */
    public Navigation navigation(Page page) {
        int index = page.position();
        List<Page> guide = site.guide();
        boolean home = index == 0;
        return new Navigation(
                breadcrumbs(page),
                contents(page, index, home),
                contentsMore(page, home),
                index > 0 ? link(page, guide.get(index - 1)) : null,
                index + 1 < guide.size() ? link(page, guide.get(index + 1)) : null);
    }

    /**
     * The page described for search engines as schema.org data: a medical web page, when it was last reviewed,
     * who wrote, reviewed and publishes it, what it is based on, and which condition it is about.
     */
    private String jsonLd(Page page, FrontMatter meta, String url) {
        SiteConfig c = site.config();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "MedicalWebPage");
        data.put("name", meta.title());
        data.put("description", meta.summary());
        data.put("url", url);
        data.put("inLanguage", site.language().tag());
        governance.addTo(data, meta);
        data.put("publisher", ordered("@type", "Organization", "name", c.publisher()));
        if (c.condition() != null) {
            data.put("about", ordered("@type", "MedicalCondition", "name", c.condition()));
        }
        data.put("isPartOf", ordered("@type", "WebSite", "name", c.title(), "url", c.baseUrl()));
        if (!site.language().isDefault()) {
            Page source = site.translations()
                    .in(site.basePath(page), site.translations().main());
            if (source != null) {
                data.put("translationOfWork", ordered("@id", absoluteUrl(source.outputPath())));
            }
        }
        return JsonWriter.write(data);
    }

    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The absolute address of an output file; folder index pages are addressed by their folder. */
    public String absoluteUrl(String outputPath) {
        String path = outputPath.equals("index.html")
                ? ""
                : outputPath.endsWith("/index.html") ? outputPath.substring(0, outputPath.length() - 10) : outputPath;
        return site.config().baseUrl() + PercentEncoding.path(path);
    }

    public DateView date(LocalDate date) {
        DateView view = dates.get(date);
        if (view == null) {
            view = new DateView(date.toString(), dateWords.format(date));
            dates.put(date, view);
        }
        return view;
    }

    private static LinkView link(Page from, Page to) {
        return new LinkView(to.title(), href(from, to));
    }

    /** The relative address of one page from another, percent-encoded (file names may hold spaces). */
    static String href(Page from, Page to) {
        return from.root() + PercentEncoding.path(to.outputPath());
    }

    private List<LinkView> breadcrumbs(Page page) {
        List<LinkView> crumbs = new ArrayList<>();
        if (page.outputPath().equals("index.html")) {
            return crumbs;
        }
        crumbs.add(link(page, site.home()));
        String path = page.article().path();
        int slash = path.indexOf('/');
        while (slash > 0) {
            Page section = site.bySource().get(path.substring(0, slash) + "/index.md");
            if (section != null && section != page) {
                crumbs.add(link(page, section));
            }
            slash = path.indexOf('/', slash + 1);
        }
        return crumbs;
    }

    private List<NavItem> contents(Page page, int index, boolean home) {
        List<Page> guide = site.guide();
        int from = 0;
        int to = guide.size();
        if (!home && guide.size() > FULL_CONTENTS_LIMIT) {
            from = Math.max(0, index - CONTENTS_WINDOW);
            to = Math.min(guide.size(), index + CONTENTS_WINDOW + 1);
        }
        List<NavItem> items = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Page other = guide.get(i);
            items.add(new NavItem(other.title(), other.article().meta().summary(), href(page, other), i == index));
        }
        return items;
    }

    private LinkView contentsMore(Page page, boolean home) {
        if (home || site.guide().size() <= FULL_CONTENTS_LIMIT) {
            return null;
        }
        return new LinkView(
                site.language().messages().format("contents.all", site.guide().size()), href(page, site.home()));
    }

    /** A link that opens a report already naming the page, so the publisher knows which page is wrong. */
    private String feedbackHref(String title, String url) {
        String feedback = site.config().feedback();
        if (feedback == null) {
            return null;
        }
        if (feedback.regionMatches(true, 0, "http", 0, 4)) {
            return feedback + (feedback.contains("?") ? "&" : "?") + "page=" + encode(url) + "&title=" + encode(title);
        }
        String address = feedback.regionMatches(true, 0, "mailto:", 0, 7) ? feedback.substring(7) : feedback;
        Messages text = site.language().messages();
        return "mailto:" + address + "?subject=" + encode(text.format("feedback.subject", title)) + "&body="
                + encode(text.format("feedback.body", url));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

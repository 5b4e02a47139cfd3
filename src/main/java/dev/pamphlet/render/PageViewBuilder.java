package dev.pamphlet.render;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.config.Branding;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.language.Language;
import dev.pamphlet.language.Messages;
import dev.pamphlet.markdown.PageLinks;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.render.Views.DateView;
import dev.pamphlet.render.Views.HeadingView;
import dev.pamphlet.render.Views.LinkView;
import dev.pamphlet.render.Views.NavItem;
import dev.pamphlet.render.Views.PageView;
import dev.pamphlet.render.Views.SiteView;
import dev.pamphlet.render.Views.SourceView;
import dev.pamphlet.site.HeaderLinks;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Section;
import dev.pamphlet.site.Sections;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.Topics;
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
        // A language's interface text gives site.yml's texts in that language (site.title, site.disclaimer...).
        Messages own = language.messages();
        this.siteView = new SiteView(
                own.siteText("title", c.title()),
                own.siteText("description", c.description()),
                language.tag(),
                own.siteText("publisher", c.publisher()),
                c.baseUrl(),
                own.siteText("condition", c.condition()),
                c.feedback(),
                hasGlossary,
                c.feed(),
                c.search(),
                c.extra(),
                TrustPages.links(site),
                own.siteText("disclaimer", c.governance().disclaimer()),
                brand(site));
        this.dateWords = DateTimeFormatter.ofPattern(language.messages().text("date.pattern"), language.locale());
        this.languages = new LanguageViewBuilder(site, this::absoluteUrl, this::date);
        this.governance = new GovernanceViews(today, this::date, language.messages());
    }

    /** The view of site.yml's branding; null when the site sets none, so its header is the theme's as it is. */
    private static Views.BrandView brand(Site site) {
        Branding branding = site.config().branding();
        if (branding.isEmpty()) {
            return null;
        }
        Branding.Logo logo = branding.logo();
        return new Views.BrandView(
                logo == null
                        ? null
                        : new Views.LogoView(
                                Page.outputPathOfFile(logo.file()), logo.alt(), logo.width(), logo.height()),
                branding.colour() == null ? null : branding.colour().hex(),
                HeaderLinks.links(site).stream()
                        .map(l -> new Views.HeaderLinkView(l.title(), l.href(), l.local()))
                        .toList());
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

    /**
     * What a page Pamphlet makes of its own sees (a hub made from a folder's name, a further part of a hub's list,
     * the A to Z, a topic): the same names as a page's template, its {@code page} holding no article's values.
     */
    public Map<String, Object> madeModel(PageView view) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteView);
        model.put("page", view);
        model.put("pdf", Views.PdfLinks.NONE);
        model.put("lang", languages.ofSite(view.path()));
        model.putAll(MessageMethods.of(site.language().messages()));
        return model;
    }

    /**
     * The view of a page Pamphlet makes of its own, at {@code path}: a title, a summary and breadcrumbs, and the
     * list it shows in {@code hub}; no body, dates or sources.
     *
     * @param trail the pages above it, from the home page down
     */
    public PageView madeView(
            String title, String summary, String path, List<Crumb> trail, LinkView section, Views.HubView hub) {
        String root = new Page(null, path, 1).root();
        String url = absoluteUrl(path);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "CollectionPage");
        data.put("name", title);
        data.put("description", summary);
        data.put("url", url);
        data.put("inLanguage", site.language().tag());
        data.put(
                "isPartOf",
                ordered(
                        "@type",
                        "WebSite",
                        "name",
                        siteView.title(),
                        "url",
                        site.config().baseUrl()));
        if (!trail.isEmpty()) {
            data.put("breadcrumb", breadcrumbList(trail, title, url));
        }
        return new PageView(
                title,
                summary,
                "",
                false,
                root,
                path,
                url,
                null,
                null,
                List.of(),
                List.of(),
                links(root, trail),
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                JsonWriter.write(data),
                Map.of(),
                false,
                List.of(),
                List.of(),
                null,
                null,
                false,
                null,
                section,
                hub,
                List.of());
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
            LinkView next,
            LinkView section,
            Views.HubView hub) {}

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
                jsonLd(page, meta, url, trail(page)),
                meta.extra(),
                meta.draft(),
                GovernanceViews.people(meta.authors()),
                GovernanceViews.people(meta.reviewers()),
                meta.updated() == null ? null : date(meta.updated()),
                meta.adaptedFrom() == null ? null : governance.source(meta.adaptedFrom()),
                governance.overdue(meta),
                governance.overdueNotice(meta),
                nav.section(),
                nav.hub(),
                topics(page, meta));
    }

    /** The topics of the page's tags, linked; a tag that names no topic (only punctuation) is left out. */
    private List<LinkView> topics(Page page, FrontMatter meta) {
        if (meta.tags().isEmpty()) {
            return List.of();
        }
        List<LinkView> links = new ArrayList<>(meta.tags().size());
        for (String tag : meta.tags()) {
            Topics.Topic topic = site.topics().of(tag);
            if (topic != null) {
                LinkView link = new LinkView(tag.strip(), page.root() + PercentEncoding.path(topic.path()));
                if (!links.contains(link)) {
                    links.add(link);
                }
            }
        }
        return List.copyOf(links);
    }

    /**
     * The page's navigation, within its section: "Pages in this guide" and previous and next step through the
     * section's hub and pages, the home page's through the pages at the top; a trust page, in no section, shows
     * the pages at the top and steps nowhere. Uses only other pages' titles,
     * summaries and places, never their text.
     */
    public Navigation navigation(Page page) {
        Sections sections = site.sections();
        Section led = sections.ledBy(page);
        Section in = page.position() == 0 ? sections.top() : led != null ? led : sections.of(page);
        boolean apart = in == null && sections.top() != null;
        if (apart) {
            // A trust page is in no section: it shows the pages at the top, none of them its own place, and it is
            // no step of previous and next.
            in = sections.top();
        }
        List<Page> guide = in == null ? site.guide() : in.guide();
        int index = apart ? -1 : in == null ? guide.indexOf(page) : sections.indexInGuide(page);
        boolean home = page.position() == 0;
        Section shownIn = home ? null : sections.of(page);
        return new Navigation(
                breadcrumbs(page),
                contents(page, guide, index, home),
                contentsMore(page, guide, in, home),
                index > 0 ? link(page, guide.get(index - 1)) : null,
                index >= 0 && index + 1 < guide.size() ? link(page, guide.get(index + 1)) : null,
                shownIn == null || shownIn.isTop() ? null : new LinkView(shownIn.title(), hrefTo(page.root(), shownIn)),
                led == null ? null : hub(led, page.root(), 1));
    }

    /** The relative address of a section's hub from a page at {@code root}. */
    static String hrefTo(String root, Section section) {
        return root + PercentEncoding.path(section.hubPath());
    }

    /** What a section's hub lists, in part {@code part} of its list, for a page at {@code root}. */
    public Views.HubView hub(Section section, String root, int part) {
        Sections sections = site.sections();
        List<Views.SectionEntry> inside = new ArrayList<>(section.children().size());
        for (String folder : section.children()) {
            Section child = sections.byFolder(folder);
            inside.add(new Views.SectionEntry(
                    child.title(), child.summary(), hrefTo(root, child), sections.pageCount(child)));
        }
        int parts = section.parts();
        int from = (part - 1) * Section.LISTED_PER_PART;
        List<Page> shown =
                section.pages().subList(from, Math.min(section.pages().size(), from + Section.LISTED_PER_PART));
        List<NavItem> pages = new ArrayList<>(shown.size());
        for (Page p : shown) {
            pages.add(new NavItem(
                    p.title(), p.article().meta().summary(), root + PercentEncoding.path(p.outputPath()), false));
        }
        List<LinkView> links = new ArrayList<>();
        if (parts > 1) {
            for (int i = 1; i <= parts; i++) {
                links.add(new LinkView(String.valueOf(i), root + PercentEncoding.path(section.partPath(i))));
            }
        }
        String topicsHref = section.isTop() && !site.topics().isEmpty()
                ? root + PercentEncoding.path(site.language().folder() + Topics.INDEX)
                : null;
        return new Views.HubView(
                List.copyOf(inside),
                List.copyOf(pages),
                sections.pageCount(section),
                part,
                List.copyOf(links),
                section.generated(),
                topicsHref);
    }

    /**
     * The page described for search engines as schema.org data: a medical web page, when it was last reviewed,
     * who wrote, reviewed and publishes it, what it is based on, and which condition it is about.
     */
    private String jsonLd(Page page, FrontMatter meta, String url, List<Crumb> breadcrumbs) {
        SiteConfig c = site.config();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "MedicalWebPage");
        data.put("name", meta.title());
        data.put("description", meta.summary());
        data.put("url", url);
        data.put("inLanguage", site.language().tag());
        governance.addTo(data, meta);
        data.put("publisher", ordered("@type", "Organization", "name", siteView.publisher()));
        if (siteView.condition() != null) {
            data.put("about", ordered("@type", "MedicalCondition", "name", siteView.condition()));
        }
        data.put("isPartOf", ordered("@type", "WebSite", "name", siteView.title(), "url", c.baseUrl()));
        if (!breadcrumbs.isEmpty()) {
            data.put("breadcrumb", breadcrumbList(breadcrumbs, meta.title(), url));
        }
        Page source = translationOf(page);
        if (source != null) {
            data.put("translationOfWork", ordered("@id", absoluteUrl(source.outputPath())));
        }
        return JsonWriter.write(data);
    }

    /**
     * What the page shows of the site's other languages, and of which pages its language has ({@link
     * OtherLanguages}); {@link OtherLanguages#NONE} on a site in one language, where none of it depends on
     * another page.
     *
     * @param addresses every address the page's body asked to place (see {@link Site#links})
     */
    public OtherLanguages otherLanguages(Page page, List<String> addresses) {
        if (!site.translations().isMultilingual()) {
            return OtherLanguages.NONE;
        }
        StringBuilder shown = new StringBuilder(256);
        shown.append(languages.of(page)).append('\n');
        shown.append(siteView.trust()).append('\n');
        Page source = translationOf(page);
        shown.append(source == null ? "" : source.outputPath()).append('\n');
        PageLinks links = site.links(page);
        List<String> asked = List.copyOf(new java.util.LinkedHashSet<>(addresses));
        for (String address : asked) {
            shown.append(address).append('\t').append(links.place(address)).append('\n');
        }
        return new OtherLanguages(asked, OtherLanguages.fingerprintOf(shown));
    }

    /** The default language's page that a translation translates; null for a page in the default language. */
    private Page translationOf(Page page) {
        return site.language().isDefault()
                ? null
                : site.translations()
                        .in(site.basePath(page), site.translations().main());
    }

    /** The trail as schema.org data: each crumb's full address, then the page itself. */
    public Map<String, Object> breadcrumbList(List<Crumb> crumbs, String title, String url) {
        List<Object> items = new ArrayList<>(crumbs.size() + 1);
        for (Crumb crumb : crumbs) {
            items.add(listItem(items.size() + 1, crumb.title(), absoluteUrl(crumb.path())));
        }
        items.add(listItem(items.size() + 1, title, url));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> listItem(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
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

    /** Home, then each section above the page, down to the one it is in; nothing on the home page. */
    private List<LinkView> breadcrumbs(Page page) {
        return links(page.root(), trail(page));
    }

    /** A crumb of a trail: a title and the path of its page from the site root. */
    public record Crumb(String title, String path) {}

    /** The pages a page's breadcrumbs lead to: the home page, then the hubs above it; nothing for the home page. */
    private List<Crumb> trail(Page page) {
        if (page.position() == 0) {
            return List.of();
        }
        Section in = site.sections().of(page);
        return in == null ? List.of(new Crumb(site.home().title(), site.home().outputPath())) : trail(in);
    }

    /** The trail from the home page down to {@code last}, its hub included. */
    public List<Crumb> trail(Section last) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(site.home().title(), site.home().outputPath()));
        if (!last.isTop()) {
            for (Section s : site.sections().above(last)) {
                if (!s.isTop()) {
                    crumbs.add(new Crumb(s.title(), s.hubPath()));
                }
            }
            crumbs.add(new Crumb(last.title(), last.hubPath()));
        }
        return List.copyOf(crumbs);
    }

    /** A trail as links from a page at {@code root}. */
    public static List<LinkView> links(String root, List<Crumb> trail) {
        List<LinkView> links = new ArrayList<>(trail.size());
        trail.forEach(c -> links.add(new LinkView(c.title(), root + PercentEncoding.path(c.path()))));
        return List.copyOf(links);
    }

    private List<NavItem> contents(Page page, List<Page> guide, int index, boolean home) {
        int from = 0;
        int to = guide.size();
        if (!home && guide.size() > FULL_CONTENTS_LIMIT) {
            from = Math.max(0, index - CONTENTS_WINDOW);
            to = Math.min(guide.size(), index + CONTENTS_WINDOW + 1);
        }
        if (home && guide.size() > Section.LISTED_PER_PART + 1) {
            to = Section.LISTED_PER_PART + 1; // the home page lists the rest a part at a time: see its hub
        }
        List<NavItem> items = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Page other = guide.get(i);
            items.add(new NavItem(other.title(), other.article().meta().summary(), href(page, other), i == index));
        }
        return items;
    }

    private LinkView contentsMore(Page page, List<Page> guide, Section in, boolean home) {
        if (home || guide.size() <= FULL_CONTENTS_LIMIT) {
            return null;
        }
        String href = in == null ? href(page, site.home()) : hrefTo(page.root(), in);
        return new LinkView(site.language().messages().format("contents.all", guide.size()), href);
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

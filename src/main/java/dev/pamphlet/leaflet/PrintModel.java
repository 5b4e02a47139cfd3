package dev.pamphlet.leaflet;

import dev.pamphlet.check.ReviewDateChecker;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.leaflet.LeafletViews.Bookmark;
import dev.pamphlet.leaflet.LeafletViews.Leaflet;
import dev.pamphlet.leaflet.LeafletViews.Section;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.render.Views;
import dev.pamphlet.render.Views.HeadingView;
import dev.pamphlet.render.Views.PageView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What the print template sees for one PDF: the guide's, or a page's. */
final class PrintModel {
    private final Site site;
    private final PageViewBuilder views;
    private final PrintBody print;
    private final ReviewDateChecker reviews;
    private final String reference;

    /** @param reference the guide's document reference; each page's is made from it */
    PrintModel(Site site, PageViewBuilder views, PrintBody print, ReviewDateChecker reviews, String reference) {
        this.site = site;
        this.views = views;
        this.print = print;
        this.reviews = reviews;
        this.reference = reference;
    }

    /** What the print template sees: the site, the leaflet, and the language's text ({@code t}, {@code lang}). */
    private Map<String, Object> model(Leaflet leaflet, String pdfPath) {
        Map<String, Object> model = new java.util.LinkedHashMap<>(views.siteWideModel());
        model.put("site", views.siteView());
        model.put("leaflet", leaflet);
        model.put("pdfPath", pdfPath);
        print.logo().ifPresent(logo -> model.put("logo", logo));
        return model;
    }

    Map<String, Object> page(LeafletWriter.Body body, String pdfPath) {
        Section section = section(body, false);
        FrontMatter meta = body.page().article().meta();
        List<Bookmark> bookmarks = new ArrayList<>(tree(section.page().headings(), ""));
        bookmarks.add(new Bookmark(
                site.language().messages().text("trust.heading"), "#" + section.anchor() + "-about", List.of()));
        Leaflet leaflet = new Leaflet(
                meta.title(),
                meta.summary(),
                section.reference(),
                date(meta.contentDate()),
                views.date(meta.reviewDue()),
                section.overdue(),
                section.page().url(),
                false,
                List.of(section),
                List.copyOf(bookmarks),
                meta.tags());
        return model(leaflet, pdfPath);
    }

    Map<String, Object> guide(List<LeafletWriter.Body> bodies, String pdfPath) {
        return guide(
                bodies,
                pdfPath,
                views.siteView().title(),
                views.siteView().description(),
                views.absoluteUrl(site.home().outputPath()),
                reference);
    }

    /** A leaflet of several pages: the whole guide's, or a section's, with its own title, address and reference. */
    Map<String, Object> guide(
            List<LeafletWriter.Body> bodies,
            String pdfPath,
            String title,
            String description,
            String url,
            String guideReference) {
        List<Section> sections = new ArrayList<>();
        List<Bookmark> bookmarks = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        String condition =
                site.language().messages().siteText("condition", site.config().condition());
        if (condition != null) {
            keywords.add(condition);
        }
        for (LeafletWriter.Body body : bodies) {
            Section section = section(body, true);
            sections.add(section);
            bookmarks.add(new Bookmark(
                    section.page().title(),
                    "#" + section.anchor(),
                    tree(section.page().headings(), section.anchor() + "-")));
            keywords.addAll(body.page().article().meta().tags());
        }
        List<FrontMatter> metas =
                bodies.stream().map(b -> b.page().article().meta()).toList();
        LocalDate issued = metas.stream()
                .map(FrontMatter::contentDate)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        LocalDate due = metas.stream()
                .map(FrontMatter::reviewDue)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Leaflet leaflet = new Leaflet(
                title,
                description,
                guideReference,
                date(issued),
                views.date(due),
                sections.stream().anyMatch(Section::overdue),
                url,
                true,
                List.copyOf(sections),
                List.copyOf(bookmarks),
                List.copyOf(keywords));
        return model(leaflet, pdfPath);
    }

    /** A date in words; null for none (a page adapted from a reviewed source may have no review of its own). */
    private Views.DateView date(LocalDate date) {
        return date == null ? null : views.date(date);
    }

    private Section section(LeafletWriter.Body body, boolean inGuide) {
        Page page = body.page();
        RenderedMarkdown b = body.body();
        RenderedMarkdown forPaper = new RenderedMarkdown(
                print.rewrite(page, b.html(), inGuide),
                b.headings(),
                b.links(),
                b.rawHtml(),
                b.paragraphs(),
                b.problems(),
                b.leftOut(),
                b.embeds(),
                b.refused());
        PageView view = views.build(page, forPaper);
        boolean overdue = reviews.status(page.article()) == ReviewDateChecker.Status.OVERDUE;
        return new Section(PrintBody.anchor(page), pageReference(page), overdue, view);
    }

    /** A page's document reference: the guide's and the page's address, e.g. RLS-CAUSES, RLS-LIVING-WITH-SLEEP. */
    private String pageReference(Page page) {
        if (page.position() == 0) {
            return reference;
        }
        String path = page.article().path();
        String name = path.substring(0, path.length() - ".md".length()).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return reference + "-" + name.toUpperCase(Locale.ROOT);
    }

    /** The headings as an outline: each heading holds the deeper ones after it. */
    static List<Bookmark> tree(List<HeadingView> headings, String idPrefix) {
        List<Node> top = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (HeadingView h : headings) {
            while (!open.isEmpty() && open.peek().level >= h.level()) {
                open.pop();
            }
            Node node = new Node(h.level(), new Bookmark(h.text(), "#" + idPrefix + h.id(), List.of()));
            (open.isEmpty() ? top : open.peek().children).add(node);
            open.push(node);
        }
        return top.stream().map(Node::bookmark).toList();
    }

    /** A bookmark while its children are still being found. */
    private static final class Node {
        final int level;
        final Bookmark entry;
        final List<Node> children = new ArrayList<>();

        Node(int level, Bookmark entry) {
            this.level = level;
            this.entry = entry;
        }

        Bookmark bookmark() {
            return new Bookmark(
                    entry.title(),
                    entry.href(),
                    children.stream().map(Node::bookmark).toList());
        }
    }
}

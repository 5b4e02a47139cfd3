package dev.pamphlet.render;

import dev.pamphlet.site.TrustPages;
import java.util.List;
import java.util.Map;

/**
 * The read-only data templates see. Plain values only: templates never reach the build's internals, so a
 * user can restyle the site without knowing Java. Every href is relative to the page it appears on.
 */
public final class Views {

    private Views() {}

    /**
     * Settings from site.yml. {@code hasGlossary}, {@code hasFeed} and {@code hasSearch} say whether the site has
     * a glossary page, a feed and a search page: link to them only when it has. {@code extra} holds the site's own
     * values ({@code extra:} in site.yml).
     *
     * @param trust      the trust pages that are set, by key (editorial_policy, funding, contact, privacy,
     *                   accessibility), in footer order; each {@code href} is from the site root when
     *                   {@code local}, else an address
     * @param disclaimer the line shown with every page's information; may be null
     * @param brand      the header's logo, colour and links from site.yml; null when the site sets none of them
     */
    public record SiteView(
            String title,
            String description,
            String language,
            String publisher,
            String baseUrl,
            String condition,
            String feedback,
            boolean hasGlossary,
            boolean hasFeed,
            boolean hasSearch,
            Map<String, Object> extra,
            Map<String, TrustPages.Link> trust,
            String disclaimer,
            BrandView brand) {}

    /**
     * The site's own look from site.yml ({@code logo}, {@code colour}, {@code header_links}); the built-in theme
     * shows it in the header, styled by {@code assets/brand.css}, which Pamphlet writes for a site that has one.
     *
     * @param logo   the logo; may be null
     * @param colour the colour, {@code #rrggbb}; may be null
     * @param links  the header links, in order
     */
    public record BrandView(LogoView logo, String colour, List<HeaderLinkView> links) {}

    /**
     * @param href   the picture, from the site root
     * @param width  its width in pixels (0 when unknown: an SVG that states none)
     * @param height its height in pixels (0 when unknown)
     */
    public record LogoView(String href, String alt, long width, long height) {}

    /** A link in the header: {@code href} is from the site root when {@code local}, else an address. */
    public record HeaderLinkView(String title, String href, boolean local) {}

    /** Someone who wrote or reviewed a page or a source; either part may be null, never both. */
    public record PersonView(String name, String role) {}

    /**
     * The notice a page shows near its top once its review date has passed: a heading and a sentence, and the
     * date and number of days behind them.
     */
    public record NoticeView(String heading, String text, DateView due, long daysOverdue) {}

    public record LinkView(String title, String href) {}

    /** An entry in a page list; {@code current} marks the page being shown. */
    public record NavItem(String title, String summary, String href, boolean current) {}

    public record DateView(String iso, String words) {}

    /**
     * A source of the page.
     *
     * @param adapted   whether the page is adapted from it
     * @param reviewed  when the source's publisher last reviewed it; may be null
     * @param reviewers who reviewed it, often by role only
     * @param credit    the credit line its publisher requires, linked to {@code url}; may be null
     */
    public record SourceView(
            String title, String url, boolean adapted, DateView reviewed, List<PersonView> reviewers, String credit) {}

    /** A section heading for the "On this page" list. */
    public record HeadingView(int level, String text, String id) {}

    /**
     * One page.
     *
     * @param reviewed     the page's own review; null when only the source it is adapted from was reviewed
     * @param root         prefix from this page to the site root, e.g. "" or "../"
     * @param path         the page's path from the site root, e.g. causes.html
     * @param url          the page's absolute address from base_url
     * @param contents     "Pages in this guide", possibly a window of it on very large sites
     * @param contentsMore the whole list's link when {@code contents} is only a window of it; may be null
     * @param previous     may be null
     * @param next         may be null
     * @param feedbackHref a link that opens a problem report about this page; may be null
     * @param jsonLd       schema.org data about the page, as JSON safe to put in a script element
     * @param extra        the page's own values ({@code extra:} in its front matter); empty when it has none
     * @param draft        a draft built with --drafts: the templates mark it, and it is left out of the sitemap,
     *                     feed and search index
     * @param authors      who wrote the page
     * @param reviewers    who reviewed it clinically
     * @param updated      the last change made without a review; may be null
     * @param adaptedFrom  the source the page is adapted from; may be null
     * @param overdue      whether the page is past its review date
     * @param overdueNotice what the page tells readers when it is overdue; null when it is not
     * @param section      the section the page is in (its hub); null at the top of the site
     * @param hub          what a hub page (and the home page) lists; null on other pages
     * @param topics       the topics of the page's tags, each linking to its topic page
     */
    public record PageView(
            String title,
            String summary,
            String body,
            boolean home,
            String root,
            String path,
            String url,
            DateView reviewed,
            DateView reviewDue,
            List<SourceView> sources,
            List<String> tags,
            List<LinkView> breadcrumbs,
            List<NavItem> contents,
            LinkView contentsMore,
            LinkView previous,
            LinkView next,
            List<HeadingView> headings,
            String feedbackHref,
            String jsonLd,
            Map<String, Object> extra,
            boolean draft,
            List<PersonView> authors,
            List<PersonView> reviewers,
            DateView updated,
            SourceView adaptedFrom,
            boolean overdue,
            NoticeView overdueNotice,
            LinkView section,
            HubView hub,
            List<LinkView> topics) {}

    /**
     * What a section's hub lists: the sections inside it and its pages, a page of the list at a time on a large
     * section.
     *
     * @param sections    the sections directly inside this one
     * @param pages       this part of the section's pages, in reading order
     * @param pageCount   how many pages the section holds, in it and in the sections inside it
     * @param part        which part of the list this is, from 1
     * @param parts       the links to every part of the list, in order; empty when the list has one part
     * @param generated   whether the hub is made from the folder's name (the folder has no index.md)
     * @param topicsHref  on the home page, the list of topics; null when no page has a tag, and on other hubs
     */
    public record HubView(
            List<SectionEntry> sections,
            List<NavItem> pages,
            int pageCount,
            int part,
            List<LinkView> parts,
            boolean generated,
            String topicsHref) {}

    /** A section as its parent's hub lists it. */
    public record SectionEntry(String title, String summary, String href, int pageCount) {}

    /**
     * A letter of the A to Z.
     *
     * @param letter  as shown: "A", "Ch"
     * @param id      the anchor of its group on the page listing it
     * @param href    where its group is: an anchor on the same page, or the letter's own page
     * @param entries its pages and sections, in alphabetical order; empty on the A to Z of a large site, whose
     *                letters each have a page of their own
     * @param current whether this is the letter shown on a letter's own page
     */
    public record LetterView(String letter, String id, String href, List<LinkView> entries, boolean current) {}

    /** A topic: its name as the tag is written, its page, and how many pages carry it. */
    public record TopicView(String name, String href, int pageCount) {}

    /**
     * The printable leaflets a page links to: its own PDF and the guide's, each with its size in words ("120 KB").
     * Every part is missing when the site makes no PDFs; {@code href} and {@code size} on the home page, whose
     * leaflet is the guide's.
     */
    public record PdfLinks(String href, String size, String guideHref, String guideSize) {
        public static final PdfLinks NONE = new PdfLinks(null, null, null, null);
    }
}

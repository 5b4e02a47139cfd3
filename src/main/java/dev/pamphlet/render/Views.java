package dev.pamphlet.render;

import java.util.List;
import java.util.Map;

/**
 * The read-only data templates see. Plain values only: templates never reach the build's internals, so a
 * user can restyle the site without knowing Java. Every href is relative to the page it appears on.
 */
public final class Views {

    private Views() {
    }

    /**
     * Settings from site.yml. {@code hasGlossary}, {@code hasFeed} and {@code hasSearch} say whether the site has
     * a glossary page, a feed and a search page: link to them only when it has. {@code extra} holds the site's own
     * values ({@code extra:} in site.yml).
     */
    public record SiteView(String title, String description, String language, String publisher, String baseUrl,
                           String condition, String feedback, boolean hasGlossary, boolean hasFeed,
                           boolean hasSearch, Map<String, Object> extra) {
    }

    public record LinkView(String title, String href) {
    }

    /** An entry in a page list; {@code current} marks the page being shown. */
    public record NavItem(String title, String summary, String href, boolean current) {
    }

    public record DateView(String iso, String words) {
    }

    public record SourceView(String title, String url) {
    }

    /** A section heading for the "On this page" list. */
    public record HeadingView(int level, String text, String id) {
    }

    /**
     * One page.
     *
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
     */
    public record PageView(String title, String summary, String body, boolean home, String root, String path,
                           String url, DateView reviewed, DateView reviewDue, List<SourceView> sources,
                           List<String> tags, List<LinkView> breadcrumbs, List<NavItem> contents,
                           LinkView contentsMore, LinkView previous, LinkView next, List<HeadingView> headings,
                           String feedbackHref, String jsonLd, Map<String, Object> extra, boolean draft) {
    }

    /**
     * The printable leaflets a page links to: its own PDF and the guide's, each with its size in words ("120 KB").
     * Every part is missing when the site makes no PDFs; {@code href} and {@code size} on the home page, whose
     * leaflet is the guide's.
     */
    public record PdfLinks(String href, String size, String guideHref, String guideSize) {
        public static final PdfLinks NONE = new PdfLinks(null, null, null, null);
    }
}

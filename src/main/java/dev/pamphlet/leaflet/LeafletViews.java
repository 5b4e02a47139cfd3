package dev.pamphlet.leaflet;

import dev.pamphlet.render.Views.DateView;
import dev.pamphlet.render.Views.PageView;
import java.util.List;

/** The read-only data the print template ({@code print.ftlh}) and the web pages see of the leaflets. */
public final class LeafletViews {

    private LeafletViews() {}

    /**
     * One PDF: a page, or the whole guide.
     *
     * @param reference the document reference printed on it, e.g. RLS-CAUSES
     * @param issued    when this edition was issued: the page's last review (the guide's latest); may be null
     * @param reviewDue when it is next due for review (the guide's earliest)
     * @param overdue   whether that date has passed: the leaflet must say it may be out of date
     * @param url       where it can be read online
     * @param sections  the pages it holds, in reading order: one, or the home page and every article
     * @param bookmarks the PDF's outline, from the headings
     */
    public record Leaflet(
            String title,
            String summary,
            String reference,
            DateView issued,
            DateView reviewDue,
            boolean overdue,
            String url,
            boolean guide,
            List<Section> sections,
            List<Bookmark> bookmarks,
            List<String> keywords) {}

    /**
     * The logo of site.yml at the top of the leaflet ({@code logo} in the print template, absent when there is none).
     *
     * @param src    the picture as a {@code data:} address: a leaflet fetches nothing
     * @param width  its width in pixels
     * @param height its height in pixels
     */
    public record Logo(String src, String alt, long width, long height) {}

    /**
     * One page in a leaflet. Its {@code page.body} is made for paper: links are full addresses (or point inside
     * the guide), images are embedded, and in the guide every id starts with {@code anchor}.
     */
    public record Section(String anchor, String reference, boolean overdue, PageView page) {}

    /** An entry in the PDF's outline; {@code href} is "#" and an id. */
    public record Bookmark(String title, String href, List<Bookmark> children) {}
}

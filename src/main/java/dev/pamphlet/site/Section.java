package dev.pamphlet.site;

import java.util.List;

/**
 * A folder of the content folder that holds pages, with its hub page: the folder's {@code index.md}, or, when it
 * has none, a hub made from the folder's name. The content folder itself is the top section, whose hub is the
 * home page.
 *
 * @param folder   the folder from the content folder, ending in '/' ({@code asthma/}); "" for the top
 * @param title    the hub's title
 * @param summary  the hub's summary
 * @param hub      the page of the folder's {@code index.md}; null when the hub is made from the folder's name
 * @param hubPath  where the hub is written, from the site root ({@code asthma/index.html}, {@code cy/asthma/...})
 * @param pages    the pages directly in the folder, in reading order, without the hub
 * @param children the folders of the sections directly inside this one, in reading order
 * @param parent   the folder of the section holding this one; null for the top
 * @param guide    the hub (when it is a page) and then the section's pages: the guide a page of it steps through
 */
public record Section(
        String folder,
        String title,
        String summary,
        Page hub,
        String hubPath,
        List<Page> pages,
        List<String> children,
        String parent,
        List<Page> guide) {

    /**
     * The most pages one part of a hub's list holds: a section of 10,000 pages is listed 100 at a time, so that
     * no page of the site is megabytes of links.
     */
    public static final int LISTED_PER_PART = 100;

    /** How many parts the hub's list of pages has. */
    public int parts() {
        return Math.max(1, (pages.size() + LISTED_PER_PART - 1) / LISTED_PER_PART);
    }

    /** Where a part of the hub's list is written: the hub for the first, {@code asthma/index-2.html} after. */
    public String partPath(int part) {
        return part == 1 ? hubPath : hubPath.substring(0, hubPath.length() - ".html".length()) + "-" + part + ".html";
    }

    public boolean isTop() {
        return parent == null;
    }

    /** Whether the hub is made from the folder's name, there being no {@code index.md}. */
    public boolean generated() {
        return hub == null;
    }
}

package dev.pamphlet.importer;

import java.util.List;

/**
 * One Word document made into a page, not yet written.
 *
 * @param title    the page's title
 * @param text     the whole Markdown file: front matter, then the body
 * @param pictures the pictures the body shows, to be saved beside the page
 * @param notes    what the import could not carry over, said for the editor (printed, not written)
 */
public record ImportedPage(String title, String text, List<Picture> pictures, List<String> notes) {

    /**
     * A picture of the document.
     *
     * @param path where it goes, relative to the page's folder ({@code images/leaflet-1.png})
     */
    public record Picture(String path, byte[] data) {}
}

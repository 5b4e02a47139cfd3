package dev.pamphlet.leaflet;

import dev.pamphlet.render.Views;
import dev.pamphlet.site.Page;
import java.util.Map;

/**
 * The PDFs a build made, as each web page links to them, by the page's output path.
 *
 * @param sizesChanged whether a size the published pages show is no longer right: every page must be rendered
 *                     again, since every page shows the guide's
 */
public record Leaflets(Map<String, Views.PdfLinks> byPage, boolean sizesChanged) {
    public static final Leaflets NONE = new Leaflets(Map.of(), false);

    /** What {@code page} links to; {@link Views.PdfLinks#NONE} when the site makes no PDFs. */
    public Views.PdfLinks forPage(Page page) {
        return byPage.getOrDefault(page.outputPath(), Views.PdfLinks.NONE);
    }
}

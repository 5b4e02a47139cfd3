package dev.pamphlet.config;

import java.util.List;

/**
 * The site's own look in its header, from {@code site.yml}, without templates of its own: a logo, a colour and a
 * few links (a helpline, a donation page).
 *
 * @param logo        the logo, shown in every page's header and at the top of every leaflet; may be null
 * @param colour      the header's background and the links' colour, {@code #rrggbb}; may be null (the theme's)
 * @param headerLinks the links shown in every page's header, in order; never null
 */
public record Branding(Logo logo, Colour colour, List<HeaderLink> headerLinks) {

    /** Nothing set: the theme's header as it is. */
    public static final Branding NONE = new Branding(null, null, List.of());

    /**
     * @param file   the picture's path in the content folder, e.g. {@code images/logo.png}
     * @param alt    what a screen reader says for it: the organisation's name, as the logo links home
     * @param width  its width in pixels, or 0 when unknown (an SVG that states none)
     * @param height its height in pixels, or 0 when unknown
     */
    public record Logo(String file, String alt, long width, long height) {
        public boolean isSvg() {
            return file.toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
        }
    }

    /**
     * @param title the link's words, e.g. "Helpline 0113 000 0000"
     * @param url   an address (https, http, mailto, tel) or a Markdown page of the site, e.g. {@code contact.md}
     * @param line  its line in site.yml, for a page of the site that does not exist
     */
    public record HeaderLink(String title, String url, int line) {
        /** Whether it names a page of the site rather than an address. */
        public boolean isPage() {
            return Governance.isPage(url);
        }
    }

    public boolean isEmpty() {
        return logo == null && colour == null && headerLinks.isEmpty();
    }
}

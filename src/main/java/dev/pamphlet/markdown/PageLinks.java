package dev.pamphlet.markdown;

/**
 * Where the links an author wrote go from one page. Most pages keep the shape of the link and only change
 * {@code .md} to {@code .html} ({@link #SAME_SHAPE}); a translation, published in its language's folder, links
 * to the page in its own language, or to the default language's page with a note when there is none.
 */
@FunctionalInterface
public interface PageLinks {
    PageLinks SAME_SHAPE = url -> new Target(LinkRewriter.rewrite(url), null, null);

    Target place(String url);

    /**
     * @param href     the address to write
     * @param hreflang the target's language when it differs from the page's; null otherwise
     * @param note     shown after the link ("(in English)") when the target is in another language; null otherwise
     */
    record Target(String href, String hreflang, String note) {}
}

package dev.pamphlet.config;

/**
 * Settings from {@code content/site.yml}.
 *
 * @param baseUrl          absolute address the site is published at, always ending in '/'
 * @param condition        the condition the guide is about (schema.org {@code about}); may be null
 * @param feedback         an email address or web address for reporting a problem with a page; may be null
 * @param allowHtml        whether raw HTML in Markdown reaches the page (off by default: it could carry scripts)
 * @param maxReadingAge    pages whose estimated reading age is above this get a warning
 * @param maxSentenceWords sentences longer than this get a warning
 * @param maxPictureKb     pictures a page shows whose file is larger than this many kilobytes get a warning
 * @param feed             whether the site gets an Atom feed ({@code feed: false} switches it off)
 * @param search           whether the site gets a search page and index ({@code search: false} switches it off)
 * @param extra            the site's own values for its templates ({@code extra:}), any YAML; never null
 * @param languages        the site's languages, the default ({@code language}) first; one for most sites
 * @param pdf              whether the guide and each page are also made as printable PDF leaflets ({@code pdf:}
 *                         true, false, or not set: {@link PdfLeaflets})
 * @param reference        the guide's document reference, printed on its leaflets; may be null (one is derived)
 * @param governance       authorship, review and trust-page settings
 * @param branding         the header's logo, colour and links ({@link Branding#NONE} when none is set)
 */
public record SiteConfig(
        String title,
        String description,
        String language,
        String baseUrl,
        String publisher,
        String condition,
        String feedback,
        boolean allowHtml,
        double maxReadingAge,
        int maxSentenceWords,
        int maxPictureKb,
        boolean feed,
        boolean search,
        java.util.Map<String, Object> extra,
        java.util.List<String> languages,
        PdfLeaflets pdf,
        String reference,
        Governance governance,
        Branding branding) {

    /** What {@code pdf:} in site.yml asks for. */
    public enum PdfLeaflets {
        /** Not set: leaflets for a site small enough to print, none (with a warning) for a bigger one. */
        AUTO,
        /** {@code pdf: true}: a leaflet for every page, whatever the size of the site. */
        ON,
        /** {@code pdf: false}: no leaflets, and no page links to one. */
        OFF
    }

    public static final double DEFAULT_MAX_READING_AGE = 11;
    public static final int DEFAULT_MAX_SENTENCE_WORDS = 25;
    /** 500 KB: a photograph 2000 pixels across saved as a JPEG is 300 to 500 KB; a phone pays for every byte. */
    public static final int DEFAULT_MAX_PICTURE_KB = 500;

    /** Settings of a site in one language, with every site-wide output, no values of its own and no governance. */
    public SiteConfig(
            String title,
            String description,
            String language,
            String baseUrl,
            String publisher,
            String condition,
            String feedback,
            boolean allowHtml,
            double maxReadingAge,
            int maxSentenceWords) {
        this(
                title,
                description,
                language,
                baseUrl,
                publisher,
                condition,
                feedback,
                allowHtml,
                maxReadingAge,
                maxSentenceWords,
                DEFAULT_MAX_PICTURE_KB,
                true,
                true,
                java.util.Map.of(),
                java.util.List.of(language),
                PdfLeaflets.AUTO,
                null,
                Governance.NONE,
                Branding.NONE);
    }

    /** These settings published at another address, e.g. from {@code --base-url}; it must end in '/'. */
    public SiteConfig withBaseUrl(String address) {
        return new SiteConfig(
                title,
                description,
                language,
                address,
                publisher,
                condition,
                feedback,
                allowHtml,
                maxReadingAge,
                maxSentenceWords,
                maxPictureKb,
                feed,
                search,
                extra,
                languages,
                pdf,
                reference,
                governance,
                branding);
    }
}

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
 */
public record SiteConfig(String title, String description, String language, String baseUrl, String publisher,
                         String condition, String feedback, boolean allowHtml, double maxReadingAge,
                         int maxSentenceWords) {

    public static final double DEFAULT_MAX_READING_AGE = 11;
    public static final int DEFAULT_MAX_SENTENCE_WORDS = 25;
}

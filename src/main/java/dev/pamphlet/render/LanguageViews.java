package dev.pamphlet.render;

import dev.pamphlet.render.Views.DateView;
import java.util.List;

/** What templates see of the languages of a page and its site, as {@code lang}. */
public final class LanguageViews {

    private LanguageViews() {}

    /**
     * The page's language and its other languages.
     *
     * @param code       the language tag, for {@code lang}
     * @param dir        {@code ltr} or {@code rtl}, for {@code dir}
     * @param name       the language's name in itself
     * @param folder     where the language's pages are, from the site root: "" or e.g. {@code cy/}; prefix links
     *                   to its home, search, glossary and feed with root and this
     * @param url        the full address of that folder
     * @param alternates this page in each language it exists in, itself included (for {@code hreflang} links);
     *                   empty on a site in one language
     * @param xDefault   the address of the page in the default language, or null
     * @param switcher   every language of the site: the page in it, or that language's home page when the page
     *                   has no translation; empty on a site in one language
     * @param outdated   on a translation whose source was reviewed again after it was translated; else null
     */
    public record LanguageView(
            String code,
            String dir,
            String name,
            String folder,
            String url,
            List<AlternateView> alternates,
            String xDefault,
            List<AlternateView> switcher,
            OutdatedView outdated) {}

    /**
     * @param href    the link from the page showing it
     * @param url     the full address
     * @param path    its path from the site root
     * @param current whether it is the language being shown
     */
    public record AlternateView(
            String code, String name, String dir, String href, String url, String path, boolean current) {}

    /**
     * @param language the source's language, named in the page's language
     * @param code     the source's language tag
     * @param reviewed when the source was last reviewed
     * @param href     the link to the source
     */
    public record OutdatedView(String language, String code, DateView reviewed, String href) {}
}

package dev.pamphlet.site;

import dev.pamphlet.language.Language;
import dev.pamphlet.markdown.LinkRewriter;
import dev.pamphlet.markdown.PageLinks;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The links of a page on a site in several languages. A link written to a page ({@code triggers.md}) goes to
 * that page in the reader's language; where it has no translation, to the default language's page, marked with
 * its language and a visible note. Links to files and to pages written in one language keep their target. Every
 * address starts from the page's way back to the site root, because translations live in their own folder.
 */
final class TranslatedLinks implements PageLinks {
    private final Site site;
    private final Page page;

    TranslatedLinks(Site site, Page page) {
        this.site = site;
        this.page = page;
    }

    @Override
    public Target place(String url) {
        if (!LinkRewriter.isRelative(url) || url.startsWith("#") || url.startsWith("?")) {
            return SAME_SHAPE.place(url);
        }
        int cut = firstOf(url);
        String rest = url.substring(cut);
        String path = LinkRewriter.resolve(page.article().path(), decode(url.substring(0, cut)));
        if (path == null) {
            return SAME_SHAPE.place(url);
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.md";
        } else if (path.endsWith(".html")) {
            path = path.substring(0, path.length() - 5) + ".md";
        } else if (!path.endsWith(".md") && !site.staticFiles().contains(path)) {
            path += "/index.md";
        }
        if (!path.endsWith(".md")) {
            return new Target(page.root() + path, null, null);
        }
        Translations all = site.translations();
        Language written = all.languageOf(path);
        String base = written.basePath(path);
        Page target = written.isDefault() ? all.in(base, site.language()) : null;
        Language language = site.language();
        if (target == null) {
            target = all.in(base, written);
            language = written;
        }
        if (target == null) {
            return SAME_SHAPE.place(url); // a broken link: the link check reports it
        }
        String href = page.root() + target.outputPath() + rest;
        if (language.tag().equals(site.language().tag())) {
            return new Target(href, null, null);
        }
        return new Target(
                href,
                language.tag(),
                site.language()
                        .messages()
                        .format("language.fallback", site.language().nameOf(language)));
    }

    private static int firstOf(String url) {
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        return q < 0 ? (h < 0 ? url.length() : h) : (h < 0 ? q : Math.min(q, h));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}

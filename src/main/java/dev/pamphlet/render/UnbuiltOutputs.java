package dev.pamphlet.render;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import java.util.List;

/**
 * The site-wide outputs a site does not get (a feed switched off with {@code feed: false}, no glossary page
 * without a glossary.yml), and a guard that no page links to one of them: a template of the site's own may link
 * to a file the built-in ones only link to when it is built.
 */
public final class UnbuiltOutputs {
    private final List<SiteOutput> unbuilt;

    private UnbuiltOutputs(List<SiteOutput> unbuilt) {
        this.unbuilt = unbuilt;
    }

    public static UnbuiltOutputs of(SiteOutputs.Inputs inputs, TemplateRenderer templates) {
        return new UnbuiltOutputs(SiteOutputs.of(inputs.site()).stream()
                .filter(o -> !o.appliesTo(inputs, templates))
                .toList());
    }

    /**
     * Fails when {@code html}, rendered with {@code template} for a page at {@code root}, links to an output
     * that is not built.
     *
     * @param templateDisplay the template as messages name it
     */
    public void check(String html, String root, String templateDisplay) throws ContentException {
        for (SiteOutput output : unbuilt) {
            if (links(html, root + output.path())) {
                throw new ContentException(Diagnostic.error(
                                templateDisplay,
                                0,
                                0,
                                "a page made with this template"
                                        + " links to " + output.path() + ", but this site has no " + output.path()
                                        + " (" + Reason.of(output).why() + ")")
                        .withHint("link to it only when it is built: "
                                + Reason.of(output).guard()));
            }
        }
    }

    /** The output's file name, without the folder of a language that has its own. */
    private static String name(SiteOutput output) {
        return output.path().substring(output.path().lastIndexOf('/') + 1);
    }

    /** Why a site has no such file, and how a template links to it only when it has. */
    private record Reason(String why, String guard) {
        static Reason of(SiteOutput output) {
            return switch (name(output)) {
                case "feed.xml" -> new Reason("site.yml has 'feed: false'", "<#if site.hasFeed>...</#if>");
                case "search.html", SearchIndex.FILE_NAME ->
                    new Reason("site.yml has 'search: false'", "<#if site.hasSearch>...</#if>");
                case "glossary.html" -> new Reason("there is no glossary.yml", "<#if site.hasGlossary>...</#if>");
                default -> new Reason("it is not built", "leave the link out");
            };
        }
    }

    /** Whether an attribute value in {@code html} is {@code target}, possibly followed by a query or fragment. */
    private static boolean links(String html, String target) {
        String quoted = "\"" + target;
        for (int at = html.indexOf(quoted); at >= 0; at = html.indexOf(quoted, at + 1)) {
            int end = at + quoted.length();
            char next = end < html.length() ? html.charAt(end) : '"';
            if ((next == '"' || next == '#' || next == '?') && at > 0 && html.charAt(at - 1) == '=') {
                return true;
            }
        }
        return false;
    }
}

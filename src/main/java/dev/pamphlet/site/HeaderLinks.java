package dev.pamphlet.site;

import dev.pamphlet.config.Branding;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The links {@code header_links:} in site.yml puts in every page's header: where each leads, and which are wrong. */
public final class HeaderLinks {
    /** A header link: to a page of the site (its path from the site root) or to an address used as it is. */
    public record Link(String title, String href, boolean local) {}

    private HeaderLinks() {}

    /** The header links of a site in one of its languages: a page's translation, where it has one. */
    public static List<Link> links(Site site) {
        List<Link> links = new ArrayList<>();
        for (Branding.HeaderLink link : site.config().branding().headerLinks()) {
            if (!link.isPage()) {
                links.add(new Link(link.title(), link.url(), false));
                continue;
            }
            Page page = site.bySource().get(link.url());
            links.add(new Link(link.title(), page != null ? page.outputPath() : Page.outputPathFor(link.url()), true));
        }
        return List.copyOf(links);
    }

    /** Reports each header link that names a page the site does not have. */
    static void check(
            Branding branding,
            Map<String, Page> bySource,
            Set<String> drafts,
            Function<String, String> display,
            List<Diagnostic> problems) {
        for (Branding.HeaderLink link : branding.headerLinks()) {
            if (link.isPage() && !bySource.containsKey(link.url())) {
                problems.add(Diagnostic.error(
                                display.apply(SiteConfigLoader.FILE_NAME),
                                link.line(),
                                0,
                                "the header link '" + link.title() + "' names '" + link.url() + "', which "
                                        + (drafts.contains(link.url())
                                                ? "is a draft left out of this build"
                                                : "is not a page of the site")
                                        + suggestion(link.url(), bySource.keySet()))
                        .withHint("write the path of a Markdown file in the content folder, e.g. contact.md, or a"
                                + " whole address"));
            }
        }
    }

    private static String suggestion(String page, Set<String> pages) {
        String closest = dev.pamphlet.source.Suggestions.closest(page, pages);
        return closest == null ? "" : " (did you mean '" + closest + "'?)";
    }
}

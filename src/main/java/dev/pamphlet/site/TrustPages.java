package dev.pamphlet.site;

import dev.pamphlet.config.Governance;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.diag.Diagnostic;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The publisher's trust pages (editorial policy, funding and conflicts of interest, contact, privacy,
 * accessibility): where each one is, as a link from the site root, and what is missing or wrong.
 */
public final class TrustPages {
    /** What each trust page is, for the warning when it is missing. */
    private static final Map<String, String> WHAT = Map.of(
            "editorial_policy", "an editorial policy (how the information is produced and checked)",
            "funding", "a statement of funding and conflicts of interest",
            "contact", "a way to contact the publisher",
            "privacy", "a privacy notice",
            "accessibility", "an accessibility statement");

    /** A trust page's link: a page of the site (its path from the site root) or an address used as it is. */
    public record Link(String href, boolean local) {}

    private TrustPages() {}

    /**
     * Each trust page that is set, by key, in footer order. {@code contact} falls back to the {@code feedback}
     * address: readers can reach the publisher there.
     */
    public static Map<String, Link> links(SiteConfig config) {
        return links(config, Map.of());
    }

    /**
     * The Markdown paths of the trust pages that are pages of the site ({@code editorial-policy.md}): pages the
     * footer links to, kept out of the guide's lists and its previous and next.
     */
    public static Set<String> pages(SiteConfig config) {
        Set<String> pages = new HashSet<>();
        for (String value : config.governance().trust().values()) {
            if (Governance.isPage(value)) {
                pages.add(value);
            }
        }
        return Set.copyOf(pages);
    }

    /** The trust pages of a site in one of its languages: a page's translation, where it has one. */
    public static Map<String, Link> links(Site site) {
        return links(site.config(), site.bySource());
    }

    private static Map<String, Link> links(SiteConfig config, Map<String, Page> pages) {
        Map<String, Link> links = new LinkedHashMap<>();
        Map<String, String> trust = config.governance().trust();
        for (String key : Governance.TRUST_KEYS) {
            String value = trust.get(key);
            if (value == null && key.equals("contact")) {
                value = config.feedback();
            }
            if (value == null) {
                continue;
            }
            Page page = pages.get(value);
            if (page != null) {
                links.put(key, new Link(page.outputPath(), true));
            } else if (Governance.isPage(value)) {
                links.put(key, new Link(Page.outputPathFor(value), true));
            } else {
                links.put(key, new Link(value.contains(":") ? value : "mailto:" + value, false));
            }
        }
        return links;
    }

    /** Warns about each trust page that is missing, and reports one that names no page of the site. */
    static void check(
            SiteConfig config,
            Map<String, Page> bySource,
            Set<String> drafts,
            Function<String, String> display,
            List<Diagnostic> problems) {
        Governance governance = config.governance();
        String file = display.apply(SiteConfigLoader.FILE_NAME);
        Map<String, Link> links = links(config);
        for (String key : Governance.TRUST_KEYS) {
            String value = governance.trust().get(key);
            if (!links.containsKey(key)) {
                problems.add(Diagnostic.warning(
                                file, 1, 0, "no '" + key + "': the site does not link to " + WHAT.get(key))
                        .withHint("set '" + key + "' in site.yml to a page of the site (e.g. " + key.replace('_', '-')
                                + ".md) or an address; every page's footer links to it"));
            } else if (value != null && links.get(key).local() && !bySource.containsKey(value)) {
                int line = governance.lineOf(key);
                problems.add(Diagnostic.error(
                                file,
                                line,
                                0,
                                "'" + key + "' names '" + value + "', which "
                                        + (drafts.contains(value)
                                                ? "is a draft left out of this build"
                                                : "is not a page of the site"))
                        .withHint("write the path of a Markdown file in the content folder, e.g. "
                                + key.replace('_', '-') + ".md"));
            }
        }
    }
}

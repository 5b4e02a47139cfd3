package dev.pamphlet.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The publisher's governance settings from {@code site.yml}: what each page must say about who stands behind
 * it, how overdue reviews are treated, and where readers find the publisher's policies.
 *
 * @param overdueIsError   whether a page past its review date fails the build ({@code overdue: error})
 * @param overdueGraceDays days past the review date before an overdue page is an error rather than a warning
 * @param required         front-matter keys every page must have, from {@link #REQUIRABLE}
 * @param trust            the trust pages that are set, by key from {@link #TRUST_KEYS}: a Markdown page of the
 *                         site (e.g. {@code editorial-policy.md}) or an address
 * @param disclaimer       a line shown with every page's information, e.g. "This information does not replace
 *                         advice from your doctor"; may be null
 * @param lines            the line in site.yml of each key that is set, for diagnostics
 */
public record Governance(
        boolean overdueIsError,
        int overdueGraceDays,
        Set<String> required,
        Map<String, String> trust,
        String disclaimer,
        Map<String, Integer> lines) {

    /** Keys {@code require} accepts. */
    public static final List<String> REQUIRABLE = List.of("author", "reviewed_by");

    /** The trust pages, in the order the footer lists them. */
    public static final List<String> TRUST_KEYS =
            List.of("editorial_policy", "funding", "contact", "privacy", "accessibility");

    /** No policy: overdue pages are warnings, nothing extra is required, no trust pages. */
    public static final Governance NONE = new Governance(false, 0, Set.of(), Map.of(), null, Map.of());

    /** Whether a trust page's value names a Markdown page of the site, as links do: {@code about/privacy.md}. */
    public static boolean isPage(String value) {
        return value.endsWith(".md") && !value.contains(":") && !value.startsWith("/");
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}

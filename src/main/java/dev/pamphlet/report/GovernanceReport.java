package dev.pamphlet.report;

import dev.pamphlet.render.Views.DateView;
import java.util.List;

/**
 * The whole site's governance report: every page with its authorship, review state and warnings, and the site's
 * trust pages and review policy.
 *
 * @param today       the date review states are worked out for
 * @param overdue     pages past their review date
 * @param dueSoon     pages due for review within 90 days
 * @param unnamed     pages that name no author or no clinical reviewer
 * @param trust       each trust page (key, and where it is, or null when missing), in footer order
 * @param policy      how overdue pages are treated, e.g. "error after 30 days"
 * @param required    front-matter keys every page must have
 * @param siteProblems diagnostics that belong to no page (site.yml, glossary.yml, templates)
 */
public record GovernanceReport(
        String siteTitle,
        String publisher,
        String baseUrl,
        DateView today,
        List<ReportRow> pages,
        long overdue,
        long dueSoon,
        long unnamed,
        List<TrustEntry> trust,
        String policy,
        List<String> required,
        List<String> siteProblems) {

    /** A trust page: its key in site.yml and where it is (a page's address, or another address); null if unset. */
    public record TrustEntry(String key, String where) {}
}

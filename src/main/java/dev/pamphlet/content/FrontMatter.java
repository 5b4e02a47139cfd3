package dev.pamphlet.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The checked metadata at the top of an article; the manual's page "Front matter" says what each key means.
 *
 * @param extra            the page's own values for its templates ({@code extra:}), any YAML; never null
 * @param translatesReview for a translation, the review of its source it translates ({@code reviewed} of the
 *                         source when it was translated); null otherwise
 * @param reviewed         the page's own clinical review; null only when it is adapted from a source with a
 *                         review date
 * @param authors          who wrote the page
 * @param reviewers        who reviewed the page clinically
 * @param updated          the last change that had no clinical review; may be null
 */
public record FrontMatter(
        String title,
        String summary,
        LocalDate reviewed,
        LocalDate reviewDue,
        List<Source> sources,
        Integer order,
        List<String> tags,
        boolean draft,
        Map<String, Object> extra,
        LocalDate translatesReview,
        List<Person> authors,
        List<Person> reviewers,
        LocalDate updated) {

    /**
     * Front matter without values of the page's own, of a page that is not a translation, without authors,
     * reviewers or update.
     */
    public FrontMatter(
            String title,
            String summary,
            LocalDate reviewed,
            LocalDate reviewDue,
            List<Source> sources,
            Integer order,
            List<String> tags,
            boolean draft) {
        this(
                title, summary, reviewed, reviewDue, sources, order, tags, draft, Map.of(), null, List.of(), List.of(),
                null);
    }

    /** The source the page is adapted from, or null. */
    public Source adaptedFrom() {
        for (Source s : sources) {
            if (s.adapted()) {
                return s;
            }
        }
        return null;
    }

    /**
     * The date the content last changed, as far as is known: the later of the page's review and its update, or
     * else the review of the source it is adapted from. Sitemaps and feeds date the page by it.
     */
    public LocalDate contentDate() {
        LocalDate date = reviewed;
        if (updated != null && (date == null || updated.isAfter(date))) {
            date = updated;
        }
        if (date == null && adaptedFrom() != null) {
            date = adaptedFrom().reviewed();
        }
        return date;
    }
}

package dev.pamphlet.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The checked metadata at the top of an article; see the README for what each key means.
 *
 * @param extra            the page's own values for its templates ({@code extra:}), any YAML; never null
 * @param translatesReview for a translation, the review of its source it translates ({@code reviewed} of the
 *                         source when it was translated); null otherwise
 */
public record FrontMatter(String title, String summary, LocalDate reviewed, LocalDate reviewDue,
                          List<Source> sources, Integer order, List<String> tags, boolean draft,
                          Map<String, Object> extra, LocalDate translatesReview) {

    /** Front matter without values of the page's own, of a page that is not a translation. */
    public FrontMatter(String title, String summary, LocalDate reviewed, LocalDate reviewDue, List<Source> sources,
                       Integer order, List<String> tags, boolean draft) {
        this(title, summary, reviewed, reviewDue, sources, order, tags, draft, Map.of(), null);
    }
}

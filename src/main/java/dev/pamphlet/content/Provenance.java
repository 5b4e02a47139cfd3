package dev.pamphlet.content;

import dev.pamphlet.source.YamlMapping;
import java.time.LocalDate;
import java.util.List;

/**
 * The front-matter keys that say where a page's content comes from and when it was last checked: the source it
 * is adapted from (with that source's own review and the credit it requires) and changes made without a review.
 */
final class Provenance {
    /**
     * A page adapted from a reviewed source need not claim a review of its own: the source's review is not a
     * review of the adaptation, and saying so would tell readers something that did not happen.
     */
    static final List<String> WITHOUT_REVIEWED = FrontMatterParser.REQUIRED.stream()
            .filter(k -> !k.equals("reviewed"))
            .toList();

    private Provenance() {}

    static boolean hasOwnReview(List<Source> sources) {
        return sources.stream().anyMatch(s -> s.adapted() && s.reviewed() != null);
    }

    /** A source with the optional keys beside its title and url. */
    static Source read(YamlMapping item, String title, String url) {
        Boolean adapted = item.bool("adapted");
        LocalDate reviewed = item.date("reviewed");
        List<Person> reviewers = PeopleParser.read(item, "reviewed_by", true);
        String credit = item.text("credit");
        return new Source(title, url, Boolean.TRUE.equals(adapted), reviewed, reviewers, credit);
    }

    /** A page is adapted from one source at most: the page can tell only one story of where it came from. */
    static void checkOneAdapted(YamlMapping yaml, List<Source> sources) {
        long adapted = sources.stream().filter(Source::adapted).count();
        if (adapted > 1) {
            yaml.reportValue(
                    "sources",
                    adapted + " sources are marked 'adapted: true'",
                    "mark only the source the page is adapted from; list the others without 'adapted'");
        }
    }

    /** The date of the last change without a review; a change before the last review is covered by it. */
    static LocalDate updated(YamlMapping yaml, LocalDate reviewed) {
        LocalDate updated = yaml.date("updated");
        if (updated != null && reviewed != null && updated.isBefore(reviewed)) {
            yaml.reportValue(
                    "updated",
                    "'updated' (" + updated + ") is before 'reviewed' (" + reviewed + ")",
                    "the review covers changes made before it: remove 'updated', or correct the date");
        }
        return updated;
    }
}

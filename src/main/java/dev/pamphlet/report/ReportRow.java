package dev.pamphlet.report;

import dev.pamphlet.render.Views.DateView;
import java.util.List;

/**
 * One page of the governance report, as both the HTML page and the CSV file show it.
 *
 * @param address      the page's full address
 * @param file         its Markdown file in the content folder
 * @param authors      who wrote it, e.g. "Sam Lee (Nurse specialist); Jo Brown"; "" when nobody is named
 * @param reviewers    who reviewed it clinically, written the same way
 * @param reviewed     its own review; null when it has none
 * @param adaptedFrom  the page it is adapted from, with that page's own review, e.g. "Causes - NHS website,
 *                     reviewed 2016-11-29 by a doctor"; "" when it is not adapted
 * @param status       {@code overdue}, {@code due-soon} (within 90 days) or {@code current}
 * @param daysToDue    days until the review is due; negative when overdue
 * @param updated      the last change without a review; null when there is none
 * @param readingAge   the estimated reading age with one decimal, "" for pages too short to score, "not
 *                     measured" for a page in a language the score is not made for
 * @param sources      each source as its title and address
 * @param warnings     the page's diagnostics, each "line 5: warning: ..."
 */
public record ReportRow(
        String title,
        String address,
        String file,
        String authors,
        String reviewers,
        DateView reviewed,
        String adaptedFrom,
        DateView reviewDue,
        String status,
        long daysToDue,
        DateView updated,
        String readingAge,
        List<Source> sources,
        List<String> warnings) {

    /** A source as the report lists it. */
    public record Source(String title, String url, boolean adapted) {}
}

package dev.pamphlet.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A reference an article is based on, shown on the page and in its trust panel.
 *
 * @param adapted   whether the page is adapted from this source (at most one source of a page is)
 * @param reviewed  when the source's own publisher last reviewed it; may be null
 * @param reviewers who reviewed the source, often known by role only
 * @param credit    the credit line the source's publisher requires, e.g. "Content supplied by the NHS website";
 *                  may be null
 */
public record Source(
        String title, String url, boolean adapted, LocalDate reviewed, List<Person> reviewers, String credit) {

    public Source(String title, String url) {
        this(title, url, false, null, List.of(), null);
    }
}

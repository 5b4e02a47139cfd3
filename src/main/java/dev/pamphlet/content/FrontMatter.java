package dev.pamphlet.content;

import java.time.LocalDate;
import java.util.List;

/** The checked metadata at the top of an article; see the README for what each key means. */
public record FrontMatter(String title, String summary, LocalDate reviewed, LocalDate reviewDue,
                          List<Source> sources, Integer order, List<String> tags, boolean draft) {
}

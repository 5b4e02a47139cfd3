package dev.pamphlet.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The advice boxes a patient page may contain, in the style of the NHS website's care cards. Each has a prefix
 * that screen readers announce before the heading (the box's colour tells sighted readers the same thing) and a
 * heading used when the author gives none, both in the page's language (see {@link BodyText}).
 */
public enum Callout {
    INFO("info"),
    NON_URGENT("non-urgent"),
    URGENT("urgent"),
    IMMEDIATE("immediate");

    private final String keyword;

    Callout(String keyword) {
        this.keyword = keyword;
    }

    /** The word after {@code !!!} in Markdown, also the box's CSS class suffix. */
    public String keyword() {
        return keyword;
    }

    public static Optional<Callout> of(String keyword) {
        return Arrays.stream(values()).filter(c -> c.keyword.equals(keyword)).findFirst();
    }

    public static List<String> keywords() {
        return Arrays.stream(values()).map(Callout::keyword).toList();
    }
}

package dev.pamphlet.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The advice boxes a patient page may contain, in the style of the NHS website's care cards. Each has a prefix
 * that screen readers announce before the heading (the box's colour tells sighted readers the same thing) and a
 * heading used when the author gives none.
 */
public enum Callout {
    INFO("info", "Important: ", "Information"),
    NON_URGENT("non-urgent", "Non-urgent advice: ", "See a GP if:"),
    URGENT("urgent", "Urgent advice: ", "Get urgent medical advice if:"),
    IMMEDIATE("immediate", "Immediate action required: ", "Get help immediately if:");

    private final String keyword;
    private final String spokenPrefix;
    private final String defaultHeading;

    Callout(String keyword, String spokenPrefix, String defaultHeading) {
        this.keyword = keyword;
        this.spokenPrefix = spokenPrefix;
        this.defaultHeading = defaultHeading;
    }

    /** The word after {@code !!!} in Markdown, also the box's CSS class suffix. */
    public String keyword() {
        return keyword;
    }

    public String spokenPrefix() {
        return spokenPrefix;
    }

    public String defaultHeading() {
        return defaultHeading;
    }

    public static Optional<Callout> of(String keyword) {
        return Arrays.stream(values()).filter(c -> c.keyword.equals(keyword)).findFirst();
    }

    public static List<String> keywords() {
        return Arrays.stream(values()).map(Callout::keyword).toList();
    }
}

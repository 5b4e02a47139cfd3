package dev.pamphlet.markdown;

import dev.pamphlet.source.Suggestions;
import java.util.Locale;
import java.util.Optional;

/**
 * Lines that were meant to open a callout but do not ({@code !!!info "No space"}, {@code !!! info Unquoted
 * heading}), which Markdown would otherwise publish as literal text. Each gets a message saying what is wrong and
 * the line written the way that works.
 */
final class CalloutMistakes {
    /** What is wrong with a line, and the line as it should be. */
    record Mistake(String message, String hint) {}

    private CalloutMistakes() {}

    /** The mistake in a line of a paragraph, if it starts like a callout; empty for any other line. */
    static Optional<Mistake> of(String line) {
        String s = line.strip();
        if (!s.startsWith("!!!") && !s.startsWith("???")) {
            return Optional.empty();
        }
        String marker = s.substring(0, 3);
        String rest = s.substring(3);
        if (rest.startsWith("+") && marker.equals("???")) {
            marker = "???+";
            rest = rest.substring(1);
        }
        if (rest.isBlank()) {
            return Optional.of(new Mistake(
                    "callout '" + marker + "' has no kind",
                    "write the kind and a heading: " + marker + " info \"Heading\" (kinds: "
                            + String.join(", ", Callout.keywords()) + ")"));
        }
        String body = rest.strip();
        int end = 0;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '"') {
            end++;
        }
        String kind = body.substring(0, end);
        String heading = body.substring(end).strip();
        String fixedKind =
                kind.isEmpty() ? "info" : Callout.of(kind).map(Callout::keyword).orElseGet(() -> closestKind(kind));
        String fixed = marker + " " + fixedKind + (heading.isEmpty() ? "" : " \"" + unquoted(heading) + "\"");
        if (kind.isEmpty()) {
            return Optional.of(new Mistake(
                    "callout has no kind before its heading",
                    "write it as: " + fixed + " (kinds: " + String.join(", ", Callout.keywords()) + ")"));
        }
        if (!Character.isWhitespace(rest.charAt(0))) {
            return Optional.of(new Mistake("callout needs a space after '" + marker + "'", "write it as: " + fixed));
        }
        if (!heading.isEmpty() && !isQuoted(heading)) {
            return Optional.of(new Mistake("callout heading must be in double quotes", "write it as: " + fixed));
        }
        return Optional.of(new Mistake(
                "this line looks like a callout but is not one",
                "start it at the beginning of a line, after a blank line, as: " + fixed));
    }

    private static String closestKind(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        if (Callout.of(lower).isPresent()) {
            return lower;
        }
        String suggestion = Suggestions.closest(lower, Callout.keywords());
        return suggestion == null ? "info" : suggestion;
    }

    private static boolean isQuoted(String heading) {
        return heading.length() >= 2
                && heading.charAt(heading.length() - 1) == heading.charAt(0)
                && (heading.charAt(0) == '"' || heading.charAt(0) == '\'')
                && heading.indexOf(heading.charAt(0), 1) == heading.length() - 1;
    }

    private static String unquoted(String heading) {
        String h = heading;
        if (h.startsWith("\"") || h.startsWith("'") || h.startsWith("“")) {
            h = h.substring(1);
        }
        if (h.endsWith("\"") || h.endsWith("'") || h.endsWith("”")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.replace("\"", "\\\"");
    }
}

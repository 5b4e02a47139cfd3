package dev.pamphlet.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids the way GitHub makes them, so {@code #fragment} links work the same in an editor's preview, on a
 * code host and on the site: "When to get help" becomes {@code when-to-get-help}; repeats get -1, -2.
 * One instance per page: it remembers the ids already used there.
 */
public final class HeadingIds {
    private final Map<String, Integer> seen = new HashMap<>();

    public static String slug(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-'
                    || cp == '_'
                    || Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** The id for the next heading with this text, unique on the page. */
    public String next(String text) {
        String base = slug(text);
        if (base.isEmpty()) {
            base = "section";
        }
        Integer count = seen.get(base);
        if (count == null) {
            seen.put(base, 0);
            return base;
        }
        String candidate;
        do {
            count++;
            candidate = base + "-" + count;
        } while (seen.containsKey(candidate));
        seen.put(base, count);
        seen.put(candidate, 0);
        return candidate;
    }
}

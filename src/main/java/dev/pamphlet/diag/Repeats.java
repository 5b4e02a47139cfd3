package dev.pamphlet.diag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One problem made many times in one file (8,000 broken links in a pasted list, say): printed by its first
 * {@link #EXAMPLES}, then one line saying how many more there are and where, so the output stays readable and the
 * rest of the build's diagnostics are not buried. The counts still count every one.
 */
final class Repeats {
    /**
     * A problem made at most this often in a file is shown every time: a handful of errors is a list to work
     * through, and each names its own line.
     */
    static final int SHOWN_WHOLE = 10;

    static final int EXAMPLES = 3;

    /**
     * @param firstHidden the first line of those not printed (all after the examples), 0 while none is known
     * @param lastHidden  the last line of those not printed
     */
    private record Group(int size, int firstHidden, int lastHidden) {
        Group plus(Diagnostic d) {
            int line = d.line();
            if (size < EXAMPLES || line <= 0) {
                return new Group(size + 1, firstHidden, lastHidden);
            }
            return new Group(
                    size + 1, firstHidden == 0 ? line : Math.min(firstHidden, line), Math.max(lastHidden, line));
        }
    }

    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    /** @param diagnostics all that will be printed, so each group's size is known before its first is printed */
    Repeats(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            groups.compute(key(d), (key, group) -> (group == null ? new Group(0, 0, 0) : group).plus(d));
        }
    }

    /** Whether to print {@code d}; asked once for each, in printing order. */
    boolean shows(Diagnostic d) {
        String key = key(d);
        return groups.get(key).size <= SHOWN_WHOLE || seen.merge(key, 1, Integer::sum) <= EXAMPLES;
    }

    /**
     * The line to print after {@code d} when it is the last example of its group: how many more, and the lines
     * of those only, so that the examples and the count add up to the whole group.
     */
    String moreAfter(Diagnostic d) {
        String key = key(d);
        Group group = groups.get(key);
        if (group.size <= SHOWN_WHOLE || seen.get(key) != EXAMPLES) {
            return null;
        }
        return "    … and " + (group.size - EXAMPLES) + " more like this in " + d.file()
                + (group.firstHidden > 0 ? lines(group.firstHidden, group.lastHidden) : "");
    }

    /** How many were not printed. */
    long left() {
        return groups.values().stream()
                .mapToLong(g -> g.size <= SHOWN_WHOLE ? 0 : g.size - EXAMPLES)
                .sum();
    }

    private static String lines(int from, int to) {
        return from == to ? " (line " + from + ")" : " (lines " + from + " to " + to + ")";
    }

    /**
     * The same problem: same file, severity and kind of message and hint, whatever they quote. What a page
     * links to is named in brackets too ("does not exist (causes/x.md)"), so that is left out as well.
     */
    static String key(Diagnostic d) {
        return d.file()
                + '\0'
                + d.severity()
                + '\0'
                + kind(d.message())
                + '\0'
                + (d.hint() == null ? "" : kind(d.hint()));
    }

    private static String kind(String text) {
        return WarningGroups.kindOf(text).replaceAll("\\([^)]*\\)", "(…)");
    }
}

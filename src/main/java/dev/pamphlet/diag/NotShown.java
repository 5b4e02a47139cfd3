package dev.pamphlet.diag;

/**
 * How many diagnostics a printout left out, and so where to find them.
 *
 * @param warnings warnings of a common kind shown by a few examples ({@code check} lists every one)
 * @param repeats  repeats of one problem in one file ({@code check --format json} lists every one)
 */
public record NotShown(long warnings, long repeats) {
    public static final NotShown NONE = new NotShown(0, 0);

    public long total() {
        return warnings + repeats;
    }

    /** What to add to the closing count, e.g. {@code " (14 not shown above: 'pamphlet check' lists every one)"}. */
    public String note() {
        if (total() == 0) {
            return "";
        }
        return " (" + total() + " not shown above: "
                + (repeats > 0 ? "'pamphlet check --format json'" : "'pamphlet check'") + " lists every one)";
    }
}

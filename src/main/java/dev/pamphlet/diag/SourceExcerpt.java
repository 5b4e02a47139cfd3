package dev.pamphlet.diag;

/**
 * The part of a source line shown under a diagnostic: the whole line when it is short, otherwise about
 * {@link #WIDTH} characters around the column with {@code …} where it was cut, so that one 80 KB line of broken
 * links does not print 80 KB per error.
 *
 * @param text  what to print
 * @param caret 0-based index in {@code text} of the character the caret points at, or -1 for none
 */
public record SourceExcerpt(String text, int caret) {
    /** A line at most this long is shown whole; a longer one is cut to this much around the column. */
    static final int WIDTH = 200;

    /** How much of the line a cut excerpt shows before the column: most of what follows is what went wrong. */
    static final int BEFORE = 60;

    /** @param column 1-based column in {@code line} (UTF-16 units, as diagnostics count), or 0 when unknown */
    public static SourceExcerpt around(String line, int column) {
        int at = column > 0 ? Math.min(column - 1, line.length()) : -1;
        if (line.length() <= WIDTH) {
            return new SourceExcerpt(line, at);
        }
        int start = Math.max(0, at - BEFORE);
        int end = Math.min(line.length(), start + WIDTH);
        start = Math.max(0, end - WIDTH);
        start = whole(line, start);
        end = whole(line, end);
        String text = (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
        return new SourceExcerpt(text, at < 0 ? -1 : at - start + (start > 0 ? 1 : 0));
    }

    /** A cut that does not split a character written as two UTF-16 units (an emoji, say). */
    private static int whole(String line, int cut) {
        return cut > 0 && cut < line.length() && Character.isLowSurrogate(line.charAt(cut)) ? cut - 1 : cut;
    }

    /** Spaces up to the caret, keeping tabs so that it lines up under the same column in a terminal. */
    String caretPadding() {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < caret && i < text.length(); i++) {
            pad.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }
}

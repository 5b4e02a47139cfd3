package dev.pamphlet.diag;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The part of a source line shown under a diagnostic: the whole line when it is short, otherwise about
 * {@link #WIDTH} columns around the column with {@code …} where it was cut, so that one 80 KB line of broken
 * links does not print 80 KB per error. Widths are counted as a terminal shows them: a Chinese or Japanese
 * character or an emoji takes two columns, an accent written as a character of its own none.
 *
 * @param text  what to print
 * @param caret 0-based index in {@code text} of the character the caret points at, or -1 for none
 */
public record SourceExcerpt(String text, int caret) {
    /** A line at most this wide is shown whole; a wider one is cut to this much around the column. */
    static final int WIDTH = 200;

    /**
     * How much of the line a cut excerpt shows before the column: half, so the caret stands in the middle with
     * what leads to the mistake on its left and the mistake itself (a link, a word) on its right.
     */
    static final int BEFORE = WIDTH / 2;

    /**
     * At most this many UTF-16 units are shown, whatever their width: a line of nothing but accents, each of no
     * width, is cut too.
     */
    private static final int MOST_UNITS = 4 * WIDTH;

    /** Room beyond what can be shown for keeping a letter with its accents at either end. */
    private static final int MARGIN = 16;

    /** @param column 1-based column in {@code line} (UTF-16 units, as diagnostics count), or 0 when unknown */
    public static SourceExcerpt around(String line, int column) {
        int at = column > 0 ? Math.min(column - 1, line.length()) : -1;
        // No more than MOST_UNITS either side of the column can be shown: look no further, or thousands of
        // errors on one long line would each read it all.
        int lo = 0;
        int hi = line.length();
        if (line.length() > 2 * MOST_UNITS + 2 * MARGIN) {
            int centre = Math.max(at, 0);
            lo = whole(line, Math.max(0, centre - MOST_UNITS - MARGIN));
            hi = whole(line, Math.min(line.length(), centre + MOST_UNITS + MARGIN));
        }
        String shown = visible(line.substring(lo, hi));
        int atShown = at < 0 ? -1 : at - lo;
        if (lo == 0
                && hi == line.length()
                && shown.length() <= MOST_UNITS
                && width(shown, 0, shown.length()) <= WIDTH) {
            return new SourceExcerpt(shown, atShown);
        }
        int from = whole(shown, Math.max(atShown, 0));
        int start = from;
        int end = from;
        int used = 0;
        while (start > 0 && used < BEFORE && from - start < MOST_UNITS / 2) {
            int c = shown.codePointBefore(start);
            used += columns(c);
            start -= Character.charCount(c);
        }
        while (end < shown.length() && used < WIDTH && end - start < MOST_UNITS) {
            int c = shown.codePointAt(end);
            used += columns(c);
            end += Character.charCount(c);
        }
        while (start > 0 && used < WIDTH && end - start < MOST_UNITS) {
            int c = shown.codePointBefore(start);
            used += columns(c);
            start -= Character.charCount(c);
        }
        start = letterStart(shown, start);
        end = letterEnd(shown, end);
        boolean cutBefore = lo + start > 0;
        boolean cutAfter = lo + end < line.length();
        String text = (cutBefore ? "…" : "") + shown.substring(start, end) + (cutAfter ? "…" : "");
        return new SourceExcerpt(text, atShown < 0 ? -1 : atShown - start + (cutBefore ? 1 : 0));
    }

    /** A cut that does not split a character written as two UTF-16 units (an emoji, say). */
    private static int whole(String line, int cut) {
        return cut > 0 && cut < line.length() && Character.isLowSurrogate(line.charAt(cut)) ? cut - 1 : cut;
    }

    /** A start that does not leave an accent without its letter: back to the letter, a few characters at most. */
    private static int letterStart(String line, int start) {
        for (int i = 0; i < 8 && start > 0 && start < line.length() && columns(line.codePointAt(start)) == 0; i++) {
            start = whole(line, start - 1);
        }
        return start;
    }

    /** An end that keeps the accents of the last letter shown. */
    private static int letterEnd(String line, int end) {
        for (int i = 0; i < 8 && end < line.length() && columns(line.codePointAt(end)) == 0; i++) {
            end += Character.charCount(line.codePointAt(end));
        }
        return end;
    }

    /**
     * {@code line} with control characters (tab aside) shown as the Unicode control pictures ({@code ␛} for
     * escape), so printing a line never makes the terminal obey what it holds.
     */
    private static String visible(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char shown = c < 0x20 && c != '\t'
                    ? (char) (0x2400 + c)
                    : c == 0x7F ? '\u2421' : c > 0x7F && c <= 0x9F ? '\uFFFD' : c;
            if (shown != c && out == null) {
                out = new StringBuilder(line.length()).append(line, 0, i);
            }
            if (out != null) {
                out.append(shown);
            }
        }
        return out == null ? line : out.toString();
    }

    private static int width(String text, int from, int to) {
        int total = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            total += columns(c);
            i += Character.charCount(c);
        }
        return total;
    }

    /** How many columns a terminal gives {@code c}: 0, 1 or 2 (a tab counts as 1; it is printed as a tab). */
    static int columns(int c) {
        if (c < 0x300) {
            return 1;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(c) ? 2 : 1;
    }

    /** East Asian wide and full-width characters, emoji shown as pictures among them, by Unicode's EastAsianWidth. */
    private static boolean isWide(int c) {
        int width = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
    }

    /**
     * What to print before the caret so that it stands under the character it points at: a space for each
     * column, two for a wide character, none for an accent of its own, and tabs kept as tabs.
     */
    String caretPadding() {
        StringBuilder pad = new StringBuilder();
        int end = Math.min(caret, text.length());
        for (int i = 0; i < end; ) {
            int c = text.codePointAt(i);
            pad.append(c == '\t' ? "\t" : "  ".substring(0, columns(c)));
            i += Character.charCount(c);
        }
        return pad.toString();
    }
}

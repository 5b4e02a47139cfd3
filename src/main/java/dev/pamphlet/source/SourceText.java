package dev.pamphlet.source;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text file as Pamphlet reads it: decoded from UTF-8, byte-order mark dropped, CRLF and CR turned into LF,
 * so offsets and line numbers mean the same whatever editor saved the file.
 *
 * <p>A text can be {@linkplain #deferred deferred}: a source that a build remembers as unchanged is read only when
 * something asks for its text, so a rebuild after one edit reads one file, yet no caller can get an empty text by
 * forgetting to read it.
 */
public final class SourceText {
    private final String displayPath;
    private volatile String text;
    private final Supplier<String> read;
    // Where each line starts, made when a line is first asked for: a page with thousands of warnings would
    // otherwise scan the file from the top once per warning.
    private volatile int[] lineStarts;
    // The line last asked for: thousands of warnings on one long line (a paragraph of links) copy it once.
    private volatile Line last;

    private record Line(int number, String text) {}

    /** @param displayPath the path to show in diagnostics, e.g. {@code content/causes.md} */
    public SourceText(String displayPath, String text) {
        this.displayPath = displayPath;
        this.text = Objects.requireNonNull(text);
        this.read = null;
    }

    private SourceText(String displayPath, Supplier<String> read) {
        this.displayPath = displayPath;
        this.read = read;
    }

    /**
     * A text read when first asked for.
     *
     * @param read reads the text; throws {@link UnreadableSourceException} when the file cannot be read
     */
    public static SourceText deferred(String displayPath, Supplier<String> read) {
        return new SourceText(displayPath, Objects.requireNonNull(read));
    }

    public String displayPath() {
        return displayPath;
    }

    /** The text, read now if it was deferred. */
    public String text() {
        String known = text;
        if (known == null) {
            synchronized (this) {
                known = text;
                if (known == null) {
                    known = read.get();
                    text = known;
                }
            }
        }
        return known;
    }

    /** Whether the text is in memory (given, or read since). */
    public boolean isRead() {
        return text != null;
    }

    /** The 1-based line's text, or an empty string past the end; used to show the line under a diagnostic. */
    public String line(int lineNumber) {
        String all = text();
        int[] starts = lineStarts();
        if (lineNumber < 1 || lineNumber > starts.length) {
            return lineNumber < 1 ? all.substring(0, end(all, 0)) : "";
        }
        Line known = last;
        if (known != null && known.number() == lineNumber) {
            return known.text();
        }
        int start = starts[lineNumber - 1];
        String line = all.substring(start, end(all, start));
        last = new Line(lineNumber, line);
        return line;
    }

    private static int end(String all, int start) {
        int nl = all.indexOf('\n', start);
        return nl < 0 ? all.length() : nl;
    }

    private int[] lineStarts() {
        int[] known = lineStarts;
        if (known == null) {
            String all = text();
            int count = 1;
            for (int i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) {
                count++;
            }
            known = new int[count];
            int n = 1;
            for (int i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) {
                known[n++] = i + 1;
            }
            lineStarts = known;
        }
        return known;
    }

    // Written out, as a record's would be: two texts are equal when they name the same file and hold the same text.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceText t && displayPath.equals(t.displayPath) && text().equals(t.text());
    }

    @Override
    public int hashCode() {
        return 31 * displayPath.hashCode() + text().hashCode();
    }

    @Override
    public String toString() {
        return "SourceText[" + displayPath + "]";
    }
}

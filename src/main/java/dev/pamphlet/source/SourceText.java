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
        int start = 0;
        for (int n = 1; n < lineNumber; n++) {
            int nl = all.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = all.indexOf('\n', start);
        return all.substring(start, end < 0 ? all.length() : end);
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

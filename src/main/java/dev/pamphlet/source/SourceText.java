package dev.pamphlet.source;

/**
 * A text file as Pamphlet reads it: decoded from UTF-8, byte-order mark dropped, CRLF and CR turned into LF,
 * so offsets and line numbers mean the same whatever editor saved the file.
 *
 * @param displayPath the path to show in diagnostics, e.g. {@code content/causes.md}
 */
public record SourceText(String displayPath, String text) {

    /** The 1-based line's text, or an empty string past the end; used to show the line under a diagnostic. */
    public String line(int lineNumber) {
        int start = 0;
        for (int n = 1; n < lineNumber; n++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}

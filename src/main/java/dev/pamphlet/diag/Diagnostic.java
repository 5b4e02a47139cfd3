package dev.pamphlet.diag;

import java.util.Comparator;

/**
 * One problem found in the site's sources, in the compiler format editors can jump to:
 * {@code content/causes.md:7:3: error: unknown key 'reveiwed' (did you mean 'reviewed'?)}.
 *
 * @param file       path as the user should see it (relative to the working folder where possible)
 * @param line       1-based line, or 0 when the problem concerns the whole file
 * @param column     1-based column, or 0 when unknown
 * @param message    what is wrong, shortened where it quotes something very long ({@link ShortText})
 * @param hint       how to fix it, shortened the same way; may be null
 * @param excerpt    the part of the offending line shown under the message with a caret; may be null
 */
public record Diagnostic(
        String file, int line, int column, Severity severity, String message, String hint, SourceExcerpt excerpt) {

    public Diagnostic {
        message = ShortText.of(message);
        hint = ShortText.of(hint);
    }

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message, null, null);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message, null, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(file, line, column, severity, message, newHint, excerpt);
    }

    /** @param newSourceLine the whole offending line; only the part around the column is kept */
    public Diagnostic withSourceLine(String newSourceLine) {
        return new Diagnostic(
                file,
                line,
                column,
                severity,
                message,
                hint,
                newSourceLine == null ? null : SourceExcerpt.around(newSourceLine, column));
    }

    /** The shown part of the offending line, or null. */
    public String sourceLine() {
        return excerpt == null ? null : excerpt.text();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col} with the parts that are known. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }
}

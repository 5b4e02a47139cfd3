package dev.pamphlet.diag;

import java.util.Comparator;

/**
 * One problem found in the site's sources, in the compiler format editors can jump to:
 * {@code content/causes.md:7:3: error: unknown key 'reveiwed' (did you mean 'reviewed'?)}.
 *
 * @param file       path as the user should see it (relative to the working folder where possible)
 * @param line       1-based line, or 0 when the problem concerns the whole file
 * @param column     1-based column, or 0 when unknown
 * @param sourceLine the offending line of the file, shown under the message with a caret; may be null
 * @param hint       how to fix it; may be null
 */
public record Diagnostic(
        String file, int line, int column, Severity severity, String message, String hint, String sourceLine) {

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
        return new Diagnostic(file, line, column, severity, message, newHint, sourceLine);
    }

    public Diagnostic withSourceLine(String newSourceLine) {
        return new Diagnostic(file, line, column, severity, message, hint, newSourceLine);
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

package dev.pamphlet.diag;

import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics for people (compiler style, with the source line and a caret) or for CI (JSON). */
public final class DiagnosticPrinter {

    private DiagnosticPrinter() {}

    /**
     * Prints {@code diagnostics} in their order, a problem repeated many times in one file by its first few
     * ({@link Repeats}).
     *
     * @return how many were left out that way
     */
    public static long printText(List<Diagnostic> diagnostics, PrintWriter out) {
        Repeats repeats = new Repeats(diagnostics);
        for (Diagnostic d : diagnostics) {
            if (repeats.shows(d)) {
                print(d, out);
                String more = repeats.moreAfter(d);
                if (more != null) {
                    out.println(more);
                }
            }
        }
        return repeats.left();
    }

    private static void print(Diagnostic d, PrintWriter out) {
        out.println(d.location() + ": " + d.severity().label() + ": " + d.message());
        SourceExcerpt excerpt = d.excerpt();
        if (excerpt != null && d.line() > 0) {
            out.println("    " + excerpt.text());
            if (excerpt.caret() >= 0) {
                out.println("    " + excerpt.caretPadding() + "^");
            }
        }
        if (d.hint() != null) {
            out.println("    hint: " + d.hint());
        }
    }

    public static String summary(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public static void printJson(List<Diagnostic> diagnostics, long errors, long warnings, PrintWriter out) {
        StringBuilder sb = new StringBuilder("{\"errors\":")
                .append(errors)
                .append(",\"warnings\":")
                .append(warnings)
                .append(",\"diagnostics\":[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("\n  {\"file\":")
                    .append(quote(d.file()))
                    .append(",\"line\":")
                    .append(d.line())
                    .append(",\"column\":")
                    .append(d.column())
                    .append(",\"severity\":")
                    .append(quote(d.severity().label()))
                    .append(",\"message\":")
                    .append(quote(d.message()));
            if (d.hint() != null) {
                sb.append(",\"hint\":").append(quote(d.hint()));
            }
            sb.append('}');
        }
        sb.append(diagnostics.isEmpty() ? "]}" : "\n]}");
        out.println(sb);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

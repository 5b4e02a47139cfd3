package dev.pamphlet.diag;

import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics for people (compiler style, with the source line and a caret) or for CI (JSON). */
public final class DiagnosticPrinter {

    private DiagnosticPrinter() {}

    public static void printText(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(d.location() + ": " + d.severity().label() + ": " + d.message());
            if (d.sourceLine() != null && d.line() > 0) {
                out.println("    " + d.sourceLine());
                if (d.column() > 0) {
                    out.println("    " + caretPadding(d.sourceLine(), d.column()) + "^");
                }
            }
            if (d.hint() != null) {
                out.println("    hint: " + d.hint());
            }
        }
    }

    /** Keeps tabs so the caret lines up under the same column in a terminal. */
    private static String caretPadding(String sourceLine, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
            pad.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
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

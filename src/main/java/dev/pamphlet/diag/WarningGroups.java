package dev.pamphlet.diag;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A build's warnings in short: a kind with more than {@link #SHOWN_WHOLE} warnings shows its first
 * {@link #EXAMPLES}, then how many more there are, so that thousands of warnings on a big site do not bury the
 * build's result (and its errors, which are always shown in full). {@code check} shows every one.
 */
public final class WarningGroups {
    /** A kind with at most this many warnings is shown whole. */
    static final int SHOWN_WHOLE = 5;

    static final int EXAMPLES = 3;

    private WarningGroups() {}

    /**
     * Prints {@code sorted} (errors and warnings, in order) and returns how many were left out. When no kind is
     * left short, everything is printed as {@code check} prints it.
     */
    public static NotShown print(List<Diagnostic> sorted, PrintWriter out) {
        Map<String, List<Diagnostic>> kinds = new LinkedHashMap<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : sorted) {
            if (d.isError()) {
                errors.add(d);
            } else {
                kinds.computeIfAbsent(kindOf(d.message()), k -> new ArrayList<>())
                        .add(d);
            }
        }
        if (kinds.values().stream().allMatch(k -> k.size() <= SHOWN_WHOLE)) {
            return new NotShown(0, DiagnosticPrinter.printText(sorted, out));
        }
        long repeats = DiagnosticPrinter.printText(errors, out);
        long left = 0;
        for (Map.Entry<String, List<Diagnostic>> kind : kinds.entrySet()) {
            List<Diagnostic> all = kind.getValue();
            if (all.size() <= SHOWN_WHOLE) {
                repeats += DiagnosticPrinter.printText(all, out);
                continue;
            }
            DiagnosticPrinter.printText(all.subList(0, EXAMPLES), out);
            int more = all.size() - EXAMPLES;
            left += more;
            out.println("... and " + DiagnosticPrinter.plural(more, "more warning") + " '" + kind.getKey() + "' ("
                    + all.size() + " in all)");
        }
        return new NotShown(left, repeats);
    }

    /**
     * What kind of warning a message is: its words before the first colon, with quoted text and numbers left
     * out, so "sentence of 31 words (more than 25): '...'" and "sentence of 40 words (more than 25): '...'"
     * are one kind, and "overdue for review: the review was due on ..." another.
     */
    static String kindOf(String message) {
        StringBuilder kind = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\'' && !quoted && (i == 0 || !Character.isLetter(message.charAt(i - 1)))) {
                quoted = true;
                kind.append("'…");
            } else if (quoted) {
                if (c == '\'' && (i + 1 == message.length() || !Character.isLetter(message.charAt(i + 1)))) {
                    quoted = false;
                    kind.append('\'');
                }
            } else if (c == ':') {
                break;
            } else if (Character.isDigit(c)) {
                if (kind.length() == 0 || kind.charAt(kind.length() - 1) != 'N') {
                    kind.append('N');
                }
            } else if (c != '.' && c != ',' || i == 0 || !Character.isDigit(message.charAt(i - 1))) {
                kind.append(c);
            }
        }
        return kind.toString().trim();
    }
}

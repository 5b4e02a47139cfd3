package dev.pamphlet.cli;

import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.DiagnosticPrinter;
import dev.pamphlet.diag.NotShown;
import dev.pamphlet.diag.WarningGroups;
import java.io.PrintWriter;
import java.util.List;

/** Prints a build's diagnostics and summaries the same way for every command. */
final class Report {
    /** How much of a build's diagnostics to print. */
    enum Detail {
        /** every one ({@code check}) */
        ALL,
        /** errors in full, warnings a few of each kind ({@code build}) */
        GROUPED,
        /** errors only ({@code --quiet}) */
        ERRORS,
        /** errors and warnings, as {@code check --strict --quiet} fails on both */
        FAILING
    }

    private Report() {}

    /** @param verbose also print the build's details, such as why it could not reuse the last build */
    static void diagnostics(BuildResult result, PrintWriter err, Detail detail, boolean verbose) {
        if (verbose) {
            result.details().forEach(d -> err.println("note: " + d));
        }
        List<Diagnostic> sorted = result.diagnostics().sorted();
        if (detail == Detail.ERRORS || detail == Detail.FAILING) {
            DiagnosticPrinter.printText(
                    sorted.stream()
                            .filter(d -> detail == Detail.FAILING || d.isError())
                            .toList(),
                    err);
            err.flush();
            return;
        }
        NotShown left = detail == Detail.GROUPED
                ? WarningGroups.print(sorted, err)
                : new NotShown(0, DiagnosticPrinter.printText(sorted, err));
        result.summaries().forEach(s -> err.println("note: " + s));
        if (!sorted.isEmpty()) {
            err.println(DiagnosticPrinter.summary(
                            result.diagnostics().errorCount(),
                            result.diagnostics().warningCount())
                    + left.note());
        }
        err.flush();
    }

    /** A mistake in the command line: the message and its hint, and exit code 2. */
    static int usageError(String command, Diagnostic problem, PrintWriter err) {
        err.println("pamphlet " + command + ": " + problem.message());
        if (problem.hint() != null) {
            err.println("    hint: " + problem.hint());
        }
        err.flush();
        return 2;
    }
}

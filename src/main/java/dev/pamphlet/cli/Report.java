package dev.pamphlet.cli;

import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.DiagnosticPrinter;

import java.io.PrintWriter;
import java.util.List;

/** Prints a build's diagnostics and summaries the same way for every command. */
final class Report {

    private Report() {
    }

    static void diagnostics(BuildResult result, PrintWriter err) {
        diagnostics(result, err, false);
    }

    /** @param verbose also print the build's details, such as why it could not reuse the last build */
    static void diagnostics(BuildResult result, PrintWriter err, boolean verbose) {
        if (verbose) {
            result.details().forEach(d -> err.println("note: " + d));
        }
        List<Diagnostic> sorted = result.diagnostics().sorted();
        DiagnosticPrinter.printText(sorted, err);
        result.summaries().forEach(s -> err.println("note: " + s));
        if (!sorted.isEmpty()) {
            err.println(DiagnosticPrinter.summary(result.diagnostics().errorCount(),
                    result.diagnostics().warningCount()));
        }
        err.flush();
    }
}

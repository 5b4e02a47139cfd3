package dev.pamphlet.cli;

import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildProgress;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pamphlet check}: every check a build runs, without writing anything. */
final class CheckCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    private final CommandSpec spec =
            Specs.command(this, "check", "Runs every check a build runs, without writing anything.");

    CheckCommand() {
        SourceOptions.addTo(spec);
        Specs.option(
                spec,
                "--format",
                "FORMAT",
                Format.class,
                "text",
                "text (for people) or json (for CI). Default: ${DEFAULT-VALUE}.");
        Specs.flag(spec, "--strict", "Fail on warnings too.");
        Specs.flag(
                spec,
                "--quiet",
                "Print only what fails the check (errors; with --strict warnings too) and the summary;"
                        + " nothing when it passes. JSON is always complete.");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        SourceOptions sources = SourceOptions.of(spec);
        boolean strict = Specs.value(spec, "--strict");
        BuildOptions options = new BuildOptions(
                sources.content(),
                sources.templates(),
                Path.of("target/site"),
                null,
                sources.drafts(),
                Today.here(),
                false);
        BuildProgress progress = ProgressLine.on(spec.commandLine().getErr(), System.getenv());
        BuildResult result;
        try {
            result = new Build(options).reporting(progress).run();
        } finally {
            ProgressLine.end(progress);
        }
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = errors > 0 || (strict && warnings > 0);
        if (Specs.value(spec, "--format") == Format.json) {
            DiagnosticPrinter.printJson(result.diagnostics().sorted(), errors, warnings, out);
        } else if (Specs.value(spec, "--quiet")) {
            // Quiet drops the chatter, never the reason for a failing exit code.
            Report.diagnostics(
                    result,
                    spec.commandLine().getErr(),
                    strict ? Report.Detail.FAILING : Report.Detail.ERRORS,
                    sources.verbose());
            if (failed) {
                out.println("Check failed: " + DiagnosticPrinter.plural(result.pages(), "page") + " checked, "
                        + DiagnosticPrinter.summary(errors, warnings)
                        + (strict && errors == 0 ? " (--strict fails on warnings)" : ""));
            }
        } else {
            Report.diagnostics(result, spec.commandLine().getErr(), Report.Detail.ALL, sources.verbose());
            out.println("Checked " + DiagnosticPrinter.plural(result.pages(), "page") + ": "
                    + DiagnosticPrinter.summary(errors, warnings));
        }
        return failed ? 1 : 0;
    }
}

package dev.pamphlet.cli;

import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs every check a build runs, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    SourceOptions sources;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people) or json (for CI). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildOptions options = new BuildOptions(sources.content, sources.templates, Path.of("target/site"), null,
                sources.drafts, LocalDate.now(), false);
        BuildResult result = new Build(options).run();
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            DiagnosticPrinter.printJson(result.diagnostics().sorted(), errors, warnings, out);
        } else {
            Report.diagnostics(result, spec.commandLine().getErr());
            out.println("Checked " + DiagnosticPrinter.plural(result.pages(), "page") + ": "
                    + DiagnosticPrinter.summary(errors, warnings));
        }
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }
}

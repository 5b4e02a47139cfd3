package dev.pamphlet.cli;

import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.DiagnosticPrinter;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Theme;
import dev.pamphlet.report.GovernanceReport;
import dev.pamphlet.report.ReportBuilder;
import dev.pamphlet.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pamphlet report}: the governance report of the whole site, as an HTML page and a CSV file. */
final class ReportCommand implements Callable<Integer> {
    private final CommandSpec spec = Specs.command(
            this,
            "report",
            "Writes a governance report of every page"
                    + " (authors, reviewers, review dates, reading age, sources, warnings) as report.html and report.csv.");

    ReportCommand() {
        SourceOptions.addTo(spec);
        Specs.option(
                spec,
                "--output",
                "DIR",
                Path.class,
                "target/report",
                "Folder to write report.html and report.csv into (default: ${DEFAULT-VALUE}).");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        SourceOptions sources = SourceOptions.of(spec);
        Path output = Specs.value(spec, "--output");
        PrintWriter err = spec.commandLine().getErr();
        if (inside(output, sources.content()) || inside(output, sources.templates())) {
            err.println("pamphlet report: error: --output " + output + " is inside the content or templates folder");
            err.println("    hint: write the report elsewhere, e.g. --output target/report");
            return 2;
        }
        BuildOptions options = new BuildOptions(
                sources.content(),
                sources.templates(),
                Path.of("target/site"),
                null,
                sources.drafts(),
                LocalDate.now(),
                false);
        ReportBuilder.Result result = ReportBuilder.build(options);
        Report.diagnostics(result.check(), err, Report.Detail.ALL, sources.verbose());
        if (result.report().isEmpty()) {
            err.println("No report written: the site could not be read.");
            return 1;
        }
        GovernanceReport report = result.report().get();
        List<Path> written;
        try {
            String shown = sources.templates().toString().replace('\\', '/');
            TemplateRenderer templates = new TemplateRenderer(Theme.of(sources.templates(), shown));
            List<Diagnostic> problems = new ArrayList<>();
            templates.preload(List.of(ReportWriter.TEMPLATE), problems);
            if (!problems.isEmpty()) {
                DiagnosticPrinter.printText(problems, err);
                return 1;
            }
            written = ReportWriter.write(report, templates, output);
        } catch (ContentException e) {
            DiagnosticPrinter.printText(List.of(e.diagnostic()), err);
            return 1;
        } catch (IOException e) {
            err.println(output + ": error: cannot write the report: " + e.getMessage());
            return 1;
        }
        spec.commandLine()
                .getOut()
                .println("Wrote the report of "
                        + DiagnosticPrinter.plural(report.pages().size(), "page") + " to " + written.get(0) + " and "
                        + written.get(1) + " (" + report.overdue()
                        + " overdue for review, " + report.dueSoon() + " due within 90 days)");
        return result.check().diagnostics().hasErrors() ? 1 : 0;
    }

    private static boolean inside(Path output, Path folder) {
        return output.toAbsolutePath()
                .normalize()
                .startsWith(folder.toAbsolutePath().normalize());
    }
}

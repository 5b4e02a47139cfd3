package dev.pamphlet.cli;

import dev.pamphlet.diag.DiagnosticPrinter;
import dev.pamphlet.importer.WordImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code pamphlet import FILE.docx...}: Word documents made into pages to complete. */
final class ImportCommand implements Callable<Integer> {
    private final CommandSpec spec = Specs.command(
            this,
            "import",
            "Turns Word documents (.docx) into pages: headings, lists, tables, links and pictures, with the"
                    + " front matter to complete marked TODO. Never overwrites a page.");

    ImportCommand() {
        spec.addPositional(PositionalParamSpec.builder()
                .paramLabel("FILE.docx")
                .type(Path[].class)
                .arity("1..*")
                .required(true)
                .description("The Word documents to import.")
                .build());
        Specs.option(
                spec,
                "--to",
                "DIR",
                Path.class,
                "content",
                "The folder of the content to write the pages to, e.g. content/asthma/ (default: ${DEFAULT-VALUE}).");
    }

    /**
     * POI logs through Log4j's API, which without a logging library of its own says so on the error stream at its
     * first use. Pamphlet reports every problem itself: Log4j gets its simple logger, silenced.
     */
    static void quietLogging() {
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        quietLogging();
        Path[] documents = spec.positionalParameters().get(0).getValue();
        Path to = Specs.value(spec, "--to");
        WordImporter.Result result = new WordImporter(to, Path::toString).run(List.of(documents));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (WordImporter.Imported page : result.pages()) {
            StringBuilder line = new StringBuilder(page.page() + ": imported from " + page.document() + ", "
                    + DiagnosticPrinter.plural(page.warnings(), "warning"));
            if (page.missingAlt() > 0) {
                line.append(", ")
                        .append(DiagnosticPrinter.plural(page.missingAlt(), "picture"))
                        .append(" to describe (an error until then)");
            }
            out.println(line);
            for (String note : page.notes()) {
                out.println("  warning: " + note);
            }
        }
        if (!result.problems().isEmpty()) {
            DiagnosticPrinter.printText(result.problems(), err);
        }
        if (!result.pages().isEmpty()) {
            out.println();
            out.println("Next: complete what is marked TODO in each page, then run pamphlet check");
        }
        out.flush();
        err.flush();
        return result.problems().isEmpty() ? 0 : 1;
    }
}

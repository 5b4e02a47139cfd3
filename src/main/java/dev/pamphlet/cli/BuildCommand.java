package dev.pamphlet.cli;

import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.build.DiskCache;
import dev.pamphlet.diag.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the content and builds the site. The output folder is replaced only if there are no"
                + " errors.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Address the site is published at; overrides base_url in site.yml.")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/pamphlet-cache",
            description = "Where to keep what a build learns, so the next build redoes only what changed (default:"
                    + " ${DEFAULT-VALUE}). Safe to delete.")
    Path cache;

    @Option(names = "--no-cache", description = "Build everything, and keep nothing for the next build.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildOptions options = new BuildOptions(sources.content, sources.templates, output, baseUrl, sources.drafts,
                LocalDate.now(), true);
        BuildResult result = new Build(options, noCache ? null : new DiskCache(cache)).run();
        Report.diagnostics(result, spec.commandLine().getErr());
        if (!result.succeeded()) {
            spec.commandLine().getErr().println("Build failed: "
                    + DiagnosticPrinter.plural(result.diagnostics().errorCount(), "error")
                    + ". Nothing in " + output + " was changed.");
            return 1;
        }
        var files = result.files();
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "Built %s in %.2f s to %s (%d rendered, %d files written, %d unchanged, %d removed)",
                DiagnosticPrinter.plural(result.pages(), "page"), result.elapsedMillis() / 1000.0, output,
                result.rendered(),
                files.written(), files.unchanged(), files.deleted()));
        return 0;
    }
}

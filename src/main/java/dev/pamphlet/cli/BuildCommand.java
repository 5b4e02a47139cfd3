package dev.pamphlet.cli;

import dev.pamphlet.address.BaseUrl;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildProgress;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.config.BaseUrlOption;
import dev.pamphlet.diag.DiagnosticPrinter;
import dev.pamphlet.memory.BuildMemory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pamphlet build}: checks the content and builds the site. */
final class BuildCommand implements Callable<Integer> {
    private final CommandSpec spec = Specs.command(
            this,
            "build",
            "Checks the content and builds the site. The" + " output folder is replaced only if there are no errors.");

    BuildCommand() {
        SourceOptions.addTo(spec);
        Specs.option(spec, "--output", "DIR", Path.class, "target/site", "Output folder (default: ${DEFAULT-VALUE}).");
        Specs.option(
                spec,
                "--base-url",
                "URL",
                String.class,
                null,
                "Address the site is published at; overrides base_url in site.yml.");
        Specs.option(
                spec,
                "--cache",
                "DIR",
                Path.class,
                null,
                "Where to keep what a build learns, so the next build redoes only what changed: a folder of its"
                        + " own, new, empty or made by Pamphlet (default: target/pamphlet-cache in the folder"
                        + " holding the content folder). Safe to delete.");
        Specs.flag(spec, "--no-cache", "Build everything, and keep nothing for the next build.");
        Specs.flag(
                spec,
                "--wait",
                "If another Pamphlet process is writing the output folder, wait for it to finish"
                        + " instead of stopping with an error.");
        Specs.flag(spec, "--quiet", "Print errors only.");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        SourceOptions sources = SourceOptions.of(spec);
        Path output = Specs.value(spec, "--output");
        boolean noCache = Specs.value(spec, "--no-cache");
        String baseUrl = Specs.value(spec, "--base-url");
        if (baseUrl != null && !BaseUrl.parse(baseUrl).ok()) {
            return Report.usageError(
                    "build",
                    BaseUrlOption.problem(baseUrl, BaseUrl.parse(baseUrl)),
                    spec.commandLine().getErr());
        }
        BuildOptions options = new BuildOptions(
                        sources.content(), sources.templates(), output, baseUrl, sources.drafts(), Today.here(), true)
                .waitingForLock(Specs.value(spec, "--wait"));
        boolean quiet = Specs.value(spec, "--quiet");
        BuildProgress progress = ProgressLine.on(spec.commandLine().getErr(), System.getenv());
        BuildResult result;
        try {
            result = new Build(options, memory(noCache, sources))
                    .reporting(progress)
                    .run();
        } finally {
            ProgressLine.end(progress);
        }
        Report.diagnostics(
                result,
                spec.commandLine().getErr(),
                quiet ? Report.Detail.ERRORS : Report.Detail.GROUPED,
                sources.verbose());
        if (!result.succeeded()) {
            spec.commandLine()
                    .getErr()
                    .println("Build failed: "
                            + DiagnosticPrinter.plural(result.diagnostics().errorCount(), "error")
                            + ". Nothing in " + output + " was changed.");
            return 1;
        }
        if (quiet) {
            return 0;
        }
        var files = result.files();
        spec.commandLine()
                .getOut()
                .println("Built " + DiagnosticPrinter.plural(result.pages(), "page") + " in "
                        + seconds(result.elapsedMillis()) + " s to " + output + " (" + result.rendered() + " rendered, "
                        + files.written() + " files written, " + files.unchanged() + " unchanged, " + files.deleted()
                        + " removed)");
        return 0;
    }

    /** The build cache the options ask for: none, the folder given, or the default one beside the content. */
    private BuildMemory memory(boolean noCache, SourceOptions sources) {
        Path cache = Specs.value(spec, "--cache");
        if (noCache) {
            return BuildMemory.none();
        }
        return cache == null ? BuildMemory.onDiskByDefault(sources.content()) : BuildMemory.onDisk(cache);
    }

    /** Milliseconds as seconds with two decimals, rounded half up as {@code %.2f} does, without a formatter. */
    static String seconds(long millis) {
        long hundredths = (millis + 5) / 10;
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}

package dev.pamphlet.cli;

import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.SourceText;
import dev.pamphlet.starter.StarterSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code pamphlet new DIR}: starts a new guide that builds at once, with the built-in theme. */
final class NewCommand implements Callable<Integer> {
    private final CommandSpec spec = Specs.command(
            this,
            "new",
            "Starts a new guide in DIR: settings, a home page,"
                    + " an example page that shows everything a page can hold, and a glossary. DIR must be new or empty.");

    NewCommand() {
        spec.addPositional(PositionalParamSpec.builder()
                .paramLabel("DIR")
                .type(Path.class)
                .arity("1")
                .required(true)
                .description("The folder to create the guide in.")
                .build());
        Specs.option(
                spec,
                "--title",
                "TEXT",
                String.class,
                StarterSite.DEFAULT_TITLE,
                "The guide's name (default: ${DEFAULT-VALUE}).");
        Specs.option(
                spec,
                "--language",
                "TAG",
                String.class,
                StarterSite.DEFAULT_LANGUAGE,
                "Language of the pages, e.g. en-GB or cy (default: ${DEFAULT-VALUE}).");
        Specs.option(
                spec,
                "--publisher",
                "NAME",
                String.class,
                StarterSite.DEFAULT_PUBLISHER,
                "Who publishes the guide (default: ${DEFAULT-VALUE}).");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = spec.positionalParameters().get(0).getValue();
        StarterSite starter =
                new StarterSite(text("--title"), text("--language"), text("--publisher"), LocalDate.now());
        checkSettings(starter);
        refuseUnlessEmpty(dir);
        starter.writeTo(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created a new guide in " + dir + ":");
        for (String file : starter.files().keySet()) {
            out.println("  " + dir.resolve(file));
        }
        out.println();
        out.println("Next:");
        out.println("  cd " + dir);
        out.println("  pamphlet serve --open   # preview it while you edit content/");
        out.println("  pamphlet build          # build it into target/site/");
        out.println("Before you publish, replace the example.org addresses in content/site.yml.");
        return 0;
    }

    private String text(String option) {
        String value = Specs.<String>value(spec, option).strip();
        if (value.isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + " must not be empty");
        }
        return value;
    }

    /** The settings go through the same checks as every site.yml, so a bad --language is refused up front. */
    private void checkSettings(StarterSite starter) {
        List<Diagnostic> problems = new ArrayList<>();
        SiteConfigLoader.parse(new SourceText(SiteConfigLoader.FILE_NAME, starter.siteYml()), problems);
        // The starter's addresses are placeholders on purpose: only errors stop it.
        problems.removeIf(p -> !p.isError());
        if (!problems.isEmpty()) {
            Diagnostic first = problems.get(0);
            throw new ParameterException(
                    spec.commandLine(), first.message() + (first.hint() == null ? "" : " (" + first.hint() + ")"));
        }
    }

    private void refuseUnlessEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), dir + " is a file: give a new or empty folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new ParameterException(
                        spec.commandLine(),
                        dir + " is not empty: give a new or empty folder," + " so that nothing in it is overwritten");
            }
        }
    }
}

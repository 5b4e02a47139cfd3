package dev.pamphlet.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/** Options every command shares: where the sources are. */
record SourceOptions(Path content, Path templates, boolean drafts, boolean verbose) {

    static void addTo(CommandSpec spec) {
        Specs.option(spec, "--content", "DIR", Path.class, "content", "Content folder (default: ${DEFAULT-VALUE}).");
        Specs.option(spec, "--templates", "DIR", Path.class, "templates",
                "Templates folder (default: ${DEFAULT-VALUE}).");
        Specs.flag(spec, "--drafts", "Include pages marked 'draft: true'.");
        Specs.flag(spec, "--verbose", "Show internal details (stack traces) of unexpected failures.");
    }

    static SourceOptions of(CommandSpec spec) {
        return new SourceOptions(Specs.value(spec, "--content"), Specs.value(spec, "--templates"),
                Specs.value(spec, "--drafts"), Specs.value(spec, "--verbose"));
    }
}

package dev.pamphlet.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where the sources are. */
public final class SourceOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--drafts", description = "Include pages marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--verbose", description = "Show internal details (stack traces) of unexpected failures.")
    boolean verbose;
}

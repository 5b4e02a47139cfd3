package dev.pamphlet.cli;

import dev.pamphlet.render.Theme;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Options every command shares: where the sources are. */
record SourceOptions(Path content, Path templates, boolean drafts, boolean verbose) {

    static void addTo(CommandSpec spec) {
        Specs.option(spec, "--content", "DIR", Path.class, "content", "Content folder (default: ${DEFAULT-VALUE}).");
        Specs.option(
                spec,
                "--templates",
                "DIR",
                Path.class,
                null,
                "The site's own templates and assets, each replacing the built-in theme's file of the same name"
                        + " (default: templates beside the content folder, if there is one).");
        Specs.flag(spec, "--drafts", "Include pages marked 'draft: true'.");
        Specs.flag(
                spec,
                "--verbose",
                "List the files the site's templates folder overrides, the time each stage of a build"
                        + " took, and internal details (stack traces) of unexpected failures.");
    }

    /**
     * The options given. A templates folder given with {@code --templates} must exist; the default one, beside
     * the content folder, need not: without it the site uses the built-in theme as it is.
     */
    static SourceOptions of(CommandSpec spec) {
        Path content = Specs.value(spec, "--content");
        Path templates = Specs.value(spec, "--templates");
        if (templates != null && !Files.isDirectory(templates)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--templates " + templates + ": "
                            + (Files.exists(templates) ? "not a folder" : "no such folder")
                            + ". Leave --templates out to"
                            + " use the built-in theme, or make the folder with 'pamphlet theme export " + templates
                            + "'.");
        }
        SourceOptions options = new SourceOptions(
                content,
                templates == null ? besideContent(content) : templates,
                Specs.value(spec, "--drafts"),
                Specs.value(spec, "--verbose"));
        if (options.verbose()) {
            options.describeTheme(spec.commandLine().getErr());
        }
        return options;
    }

    /** {@code templates} in the folder holding the content folder: {@code site/content} → {@code site/templates}. */
    static Path besideContent(Path content) {
        Path normal = content.normalize();
        if (normal.toString().isEmpty() || normal.endsWith("..")) {
            return normal.resolve("../templates").normalize();
        }
        return normal.resolveSibling("templates");
    }

    /** Says which theme files the site's own folder replaces and adds, for {@code --verbose}. */
    void describeTheme(PrintWriter err) {
        String shown = templates.toString().replace('\\', '/');
        Theme theme = Theme.of(templates, shown.isEmpty() ? "." : shown);
        if (!theme.hasSiteFolder()) {
            err.println("note: no templates folder at " + theme.siteDisplay() + ": the site uses the built-in theme");
        } else if (theme.overrides().isEmpty() && theme.additions().isEmpty()) {
            err.println("note: " + theme.siteDisplay() + " is empty: the site uses the built-in theme");
        } else {
            for (String file : theme.overrides()) {
                err.println("note: " + theme.siteDisplay() + "/" + file + " overrides the built-in theme's " + file);
            }
            for (String file : theme.additions()) {
                err.println("note: " + theme.siteDisplay() + "/" + file + " is added to the built-in theme");
            }
        }
        err.flush();
    }
}

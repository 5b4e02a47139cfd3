package dev.pamphlet.cli;

import dev.pamphlet.render.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code pamphlet theme}: the built-in theme; {@code theme export DIR} copies it out for a site to own. */
final class ThemeCommand implements Runnable {
    private final CommandSpec spec = Specs.command(this, "theme", "Works with the built-in theme.");

    ThemeCommand() {
        spec.addSubcommand("export", new Export().spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose what to do: pamphlet theme export DIR");
    }

    /** Copies the built-in theme into a folder, keeping the files already there. */
    static final class Export implements Callable<Integer> {
        private final CommandSpec spec = Specs.command(
                this,
                "export",
                "Copies the built-in theme's templates and"
                        + " assets into DIR (usually templates, beside the content folder), where every file overrides the"
                        + " built-in one. Files already in DIR are kept.");

        Export() {
            spec.addPositional(PositionalParamSpec.builder()
                    .paramLabel("DIR")
                    .type(Path.class)
                    .arity("1")
                    .required(true)
                    .description("The folder to copy the theme into.")
                    .build());
        }

        @Override
        public Integer call() throws IOException {
            Path dir = spec.positionalParameters().get(0).getValue();
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), dir + " is a file: give a folder");
            }
            List<String> kept = Theme.exportTo(dir);
            PrintWriter out = spec.commandLine().getOut();
            int copied = Theme.builtInFiles().size() - kept.size();
            out.println("Copied " + copied + " of the built-in theme's "
                    + Theme.builtInFiles().size() + " files to " + dir
                    + (kept.isEmpty() ? "." : "; kept your own " + String.join(", ", kept) + "."));
            out.println("Each file there now overrides the built-in one; delete a file to use the built-in one"
                    + " again.");
            return 0;
        }
    }
}

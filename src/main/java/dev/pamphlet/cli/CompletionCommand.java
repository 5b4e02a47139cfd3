package dev.pamphlet.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pamphlet generate-completion}: a bash and zsh completion script for every command and option. */
final class CompletionCommand implements Runnable {
    private final CommandSpec spec = Specs.command(
            this,
            "generate-completion",
            "Prints a bash and zsh completion script for pamphlet. Load it with:",
            // A line of its own, so the command is never broken where a reader would copy it.
            "  source <(pamphlet generate-completion)");

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        // Not println: a script with Windows line ends fails in bash.
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.print('\n');
        out.flush();
    }
}

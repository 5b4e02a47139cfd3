package dev.pamphlet.cli;

import dev.pamphlet.launch.CommandWords;
import dev.pamphlet.launch.Launcher;
import dev.pamphlet.output.OutputLock;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The jar's entry point: hands a short command to a tuned JVM ({@link Launcher}), or runs it here. Only {@link
 * #main} exits the JVM, so tests run the CLI through {@link #run}.
 */
public final class Main {
    private static final String FREEMARKER_LOGGING = "org.freemarker.loggerLibrary";

    /**
     * The commands, in the order help lists them. A run of one command describes only that one to picocli;
     * anything else (help, a mistyped command) gets them all.
     */
    private static final List<String> SUBCOMMANDS =
            List.of("new", "import", "build", "check", "serve", "report", "theme", "generate-completion");
    /** The completion script describes every command, so that command needs them all. */
    private static final String COMPLETION = "generate-completion";

    private Main() {}

    public static void main(String[] args) {
        Launcher.handOver(args, Main.class.getName());
        // Pamphlet reports template errors itself; Freemarker must not log through whatever library it finds.
        if (System.getProperty(FREEMARKER_LOGGING) == null) {
            System.setProperty(FREEMARKER_LOGGING, "none");
        }
        // Picocli otherwise looks for Groovy on the class path, at start-up, for nothing: Pamphlet has none.
        System.setProperty("picocli.disable.closures", "true");
        // Named in an output folder's lock, for the message another build shows while this one writes it.
        System.setProperty(OutputLock.COMMAND_PROPERTY, "pamphlet " + String.join(" ", args));
        // The terminal's own encoding, as System.out has it, named rather than left implicit.
        Charset terminal = Charset.defaultCharset();
        System.exit(run(
                new PrintWriter(new OutputStreamWriter(System.out, terminal), true),
                new PrintWriter(new OutputStreamWriter(System.err, terminal), true),
                args));
    }

    /** Reports a failure Pamphlet did not expect: one line, or with {@code verbose} the whole stack trace. */
    static int internalError(Exception e, boolean verbose, PrintWriter err) {
        err.println("pamphlet: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** Whether the command line, at any level (pamphlet, then its command), has {@code --verbose}. */
    static boolean asksForVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static CommandSpec subcommand(String name) {
        return switch (name) {
            case "new" -> new NewCommand().spec();
            case "import" -> new ImportCommand().spec();
            case "build" -> new BuildCommand().spec();
            case "check" -> new CheckCommand().spec();
            case "theme" -> new ThemeCommand().spec();
            case COMPLETION -> new CompletionCommand().spec();
            case "report" -> new ReportCommand().spec();
            default -> new ServeCommand().spec();
        };
    }

    /** The command line for a run whose first word is {@code only}: that command alone, or all of them. */
    static CommandLine commandLine(String only) {
        CommandSpec top = new PamphletCommand().spec();
        for (String name : SUBCOMMANDS.contains(only) && !only.equals(COMPLETION) ? List.of(only) : SUBCOMMANDS) {
            top.addSubcommand(name, subcommand(name));
        }
        return new CommandLine(top);
    }

    /** Runs one command and returns its exit code: 0 ok, 1 content or template errors, 2 usage errors. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(CommandWords.command(args));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> internalError(e, asksForVerbose(parseResult), commandLine.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError e) {
            // Work on one file reports its own overflow against that file; this is any other, said in one line.
            boolean verbose = Arrays.asList(args).contains("--verbose");
            err.println("pamphlet: internal error: ran out of stack (something is nested too deeply)"
                    + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }
}

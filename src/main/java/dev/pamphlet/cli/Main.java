package dev.pamphlet.cli;

import dev.pamphlet.build.LibraryPreloader;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point. Only {@link #main} exits the JVM, so tests run the CLI through {@link #run}. */
public final class Main {
    private static final String FREEMARKER_LOGGING = "org.freemarker.loggerLibrary";

    private Main() {
    }

    public static void main(String[] args) {
        // Pamphlet reports template errors itself; Freemarker must not log through whatever library it finds.
        if (System.getProperty(FREEMARKER_LOGGING) == null) {
            System.setProperty(FREEMARKER_LOGGING, "none");
        }
        if (rendersPages(args)) {
            LibraryPreloader.start();
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Whether the command will render pages: then their libraries can load while the command line is read. */
    static boolean rendersPages(String[] args) {
        return SUBCOMMANDS.containsKey(command(args)) && !asksForHelp(args);
    }

    static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** The first word that is not an option: the command, or "" when there is none. */
    static String command(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    /**
     * The commands, in the order help lists them. Picocli reads a command's annotations when it is added, which
     * is a good part of a short run's start; so a run of one command adds only that one, and anything else
     * (help, a mistyped command) gets them all.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("build", BuildCommand.class);
        SUBCOMMANDS.put("check", CheckCommand.class);
        SUBCOMMANDS.put("serve", ServeCommand.class);
    }

    /** Runs one command and returns its exit code: 0 ok, 1 content or template errors, 2 usage errors. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PamphletCommand());
        Class<?> only = SUBCOMMANDS.get(command(args));
        for (Class<?> subcommand : only != null ? List.of(only) : SUBCOMMANDS.values()) {
            cli.addSubcommand(subcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose");
            commandLine.getErr().println("pamphlet: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

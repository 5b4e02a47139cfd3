package dev.pamphlet.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

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
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command and returns its exit code: 0 ok, 1 content or template errors, 2 usage errors. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PamphletCommand());
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

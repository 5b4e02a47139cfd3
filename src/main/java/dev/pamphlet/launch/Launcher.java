package dev.pamphlet.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The first thing the jar's entry point does. {@code build} and {@code check} are short, busy runs: on a small
 * machine they finish sooner and use far less memory in a JVM set up for that (see {@link TunedJvm}) than in the
 * default one that {@code java -jar} starts. So, unless the user chose JVM options themselves, this starts that
 * JVM for them and exits with its exit code; everything else (serve, help) returns here to run in this JVM, and
 * so does a command whose tuned JVM could not be started. Uses nothing but the JDK, because it runs before every
 * command.
 */
public final class Launcher {

    private Launcher() {}

    /**
     * Runs {@code args} in a tuned JVM whose entry point is {@code mainClass} and exits with its code, or returns
     * when the command should run in this JVM (which, when it is itself a tuned JVM, then watches the one that
     * started it, to end with it).
     */
    public static void handOver(String[] args, String mainClass) {
        Optional<TunedJvm> tuned =
                TunedJvm.plan(args, currentJvm(), System.getenv(), System.getProperty("java.class.path"), mainClass);
        if (tuned.isPresent()) {
            try {
                OptionalInt code = tuned.get().run(System.err);
                if (code.isPresent()) {
                    System.exit(code.getAsInt());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(130);
            }
        }
        ParentWatch.startIfChild();
    }

    /** The java executable and the options this JVM was started with, as the operating system reports them. */
    private static TunedJvm.CurrentJvm currentJvm() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> arguments = info.arguments().map(List::of).orElse(null);
        return new TunedJvm.CurrentJvm(java, arguments, System.getProperty(TunedJvm.LAUNCHED_PROPERTY) != null);
    }
}

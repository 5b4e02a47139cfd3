package dev.pamphlet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The jar's entry point. {@code build} and {@code check} are short, busy runs: on a small machine they finish
 * sooner and use far less memory in a JVM set up for that (see {@link TunedJvm}) than in the default one that
 * {@code java -jar} starts. So, unless the user chose JVM options themselves, this starts that JVM for them and
 * passes its exit code on; everything else (serve, help) runs here, and so does a command whose tuned JVM could
 * not be started. Loads nothing but the JDK until it decides, because it runs before every command.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Optional<TunedJvm> tuned =
                TunedJvm.plan(args, currentJvm(), System.getenv(), System.getProperty("java.class.path"));
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
        Main.main(args);
    }

    /** The java executable and the options this JVM was started with, as the operating system reports them. */
    private static TunedJvm.CurrentJvm currentJvm() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> arguments = info.arguments().map(List::of).orElse(null);
        return new TunedJvm.CurrentJvm(java, arguments, System.getProperty(TunedJvm.LAUNCHED_PROPERTY) != null);
    }
}

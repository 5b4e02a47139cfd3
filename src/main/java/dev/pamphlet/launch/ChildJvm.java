package dev.pamphlet.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * A second JVM that runs a command for this one and never outlives it, however this one ends:
 * <ul>
 *   <li>SIGINT or SIGTERM here is passed on to the child, and this JVM waits for it, then exits 130 or 143;</li>
 *   <li>when this JVM dies without a chance to pass anything on (SIGKILL, a crash), the pipe on the child's
 *       standard input closes, and the child ends as if it got SIGTERM ({@link ParentWatch});</li>
 *   <li>a child killed by another signal (the kernel's out-of-memory killer, say) is reported, and this JVM
 *       exits 143, so the exit codes stay those the manual lists.</li>
 * </ul>
 * The child shares this JVM's terminal for its output. A child that never reached Pamphlet's code (its JVM
 * refused an option, say) leaves the marker file it was given; then the command is not run there at all.
 */
final class ChildJvm {
    /** Set in the child: the file it deletes as soon as it runs, to show it started. */
    static final String STARTED_PROPERTY = "pamphlet.started";

    static final int SIGINT = 2;
    static final int SIGTERM = 15;

    private final AtomicInteger signal = new AtomicInteger();
    /** Null until started: a signal that comes sooner is passed on as soon as there is a child. */
    private volatile Process process;

    private ChildJvm() {}

    /**
     * Runs {@code jvm} (a java executable and its options) with {@code main} (the main class and its arguments)
     * and returns its exit code, or nothing when the child could not be started: then the reason is
     * printed to {@code err} if {@code verbose}, and the caller runs the command itself.
     */
    static OptionalInt run(List<String> jvm, List<String> main, boolean verbose, PrintStream err)
            throws InterruptedException {
        return run(jvm, main, verbose, err, false);
    }

    /**
     * As {@link #run(List, List, boolean, PrintStream)}; with {@code hideJvmNotes}, the child's standard output
     * comes through this JVM, less the lines in which the JVM itself says what it recorded for an ahead-of-time
     * cache ({@link #JVM_NOTE}), so that even {@code --quiet} stays quiet on the build that trains one.
     */
    static OptionalInt run(List<String> jvm, List<String> main, boolean verbose, PrintStream err, boolean hideJvmNotes)
            throws InterruptedException {
        Path started;
        try {
            // Named by hand: Files.createTempFile would set up a SecureRandom, milliseconds at every start.
            started = Files.createFile(Path.of(
                    System.getProperty("java.io.tmpdir"),
                    "pamphlet-start-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())
                            + ".tmp"));
        } catch (IOException e) {
            return notStarted("cannot create a marker file in the temporary folder: " + e.getMessage(), verbose, err);
        }
        List<String> line = new ArrayList<>(jvm);
        line.add("-D" + STARTED_PROPERTY + "=" + started);
        line.add("-D" + ParentWatch.PROPERTY + "=stdin");
        line.addAll(main);
        ChildJvm child = new ChildJvm();
        child.forwardSignals();
        Thread stop = new Thread(child::stopAndWait, "pamphlet-stop-child");
        Runtime.getRuntime().addShutdownHook(stop); // any other way this JVM ends (SIGHUP, say)
        Process process;
        try {
            // Standard input stays a pipe from this JVM, open for the child's whole life: see ParentWatch.
            process = new ProcessBuilder(line)
                    .redirectOutput(hideJvmNotes ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            deleteQuietly(started);
            return notStarted(e.getMessage(), verbose, err);
        }
        child.process = process;
        if (child.signal.get() != 0) {
            child.pass(child.signal.get() == SIGINT ? "INT" : "TERM");
        }
        Thread copy = null;
        if (hideJvmNotes) {
            copy = new Thread(new OutputCopy(process.getInputStream(), System.out), "pamphlet-child-output");
            copy.setDaemon(true);
            copy.start();
        }
        int code = process.waitFor();
        if (copy != null) {
            copy.join(TimeUnit.SECONDS.toMillis(10)); // the rest of what it printed, before this JVM says more
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        if (Files.exists(started) && child.signal.get() == 0 && code < 128) {
            deleteQuietly(started);
            return notStarted("its JVM exited with " + code + " before running Pamphlet (see above)", verbose, err);
        }
        deleteQuietly(started);
        return OptionalInt.of(exitCode(code, child.signal.get(), err));
    }

    /**
     * What a JVM prints on standard output when a training run ends: the file it recorded the classes in, which
     * is Pamphlet's business, not the user's.
     */
    static final java.util.regex.Pattern JVM_NOTE =
            java.util.regex.Pattern.compile("\\s*(Temporary )?AOTConfiguration recorded: .*");

    /**
     * Copies the child's standard output, line by line as it comes, less the JVM's notes. Bytes as they are:
     * the child's text reaches the terminal in the encoding the child wrote it in.
     */
    private static final class OutputCopy implements Runnable {
        private final java.io.InputStream from;
        private final PrintStream to;

        OutputCopy(java.io.InputStream from, PrintStream to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
            try (java.io.InputStream in = new java.io.BufferedInputStream(from)) {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    line.write(b);
                    if (b == '\n') {
                        pass(line);
                    }
                }
                pass(line);
            } catch (IOException e) {
                // the child is gone: nothing more to copy
            }
        }

        private void pass(java.io.ByteArrayOutputStream line) {
            String text =
                    line.toString(java.nio.charset.StandardCharsets.ISO_8859_1).strip();
            if (line.size() > 0 && !JVM_NOTE.matcher(text).matches()) {
                to.write(line.toByteArray(), 0, line.size());
                to.flush();
            }
            line.reset();
        }
    }

    /**
     * The exit code to pass on: this JVM's own signal wins; a child's 0, 1, 2, 130 and 143 pass unchanged; a
     * child killed by any other signal maps to 143 (ended from outside), anything else to 1.
     */
    static int exitCode(int child, int ownSignal, PrintStream err) {
        if (ownSignal != 0) {
            return 128 + ownSignal;
        }
        if (child == 0 || child == 1 || child == 2 || child == 128 + SIGINT || child == 128 + SIGTERM) {
            return child;
        }
        if (child > 128) {
            err.println("pamphlet: the JVM running the command was killed by signal " + (child - 128));
            return 128 + SIGTERM;
        }
        err.println("pamphlet: the JVM running the command ended with exit code " + child);
        return 1;
    }

    /** Passes SIGINT and SIGTERM on to the child; the waiting thread then exits with this JVM's signal. */
    private void forwardSignals() {
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal.handle(new Signal(name), s -> {
                    signal.compareAndSet(0, s.getNumber());
                    if (process != null) {
                        pass(name);
                    }
                });
            } catch (IllegalArgumentException e) {
                // The signal is ignored or reserved here (java -Xrs, say): the shutdown hook still stops the child.
            }
        }
    }

    private void pass(String name) {
        if (name.equals("TERM") || !sendWithKill(name)) {
            process.destroy(); // SIGTERM
        }
    }

    /** Java can only send SIGTERM and SIGKILL itself; the system's kill command sends the others. */
    private boolean sendWithKill(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stopAndWait() {
        Process process = this.process;
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static OptionalInt notStarted(String reason, boolean verbose, PrintStream err) {
        if (verbose) {
            err.println("pamphlet: could not start the JVM tuned for builds (" + reason + "); running in this one");
        }
        return OptionalInt.empty();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A marker left in the temporary folder harms nothing.
        }
    }
}

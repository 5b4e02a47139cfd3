package dev.pamphlet.cli;

import dev.pamphlet.build.BuildProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One line on the terminal that says how far a long build is ("rendering pages: 1,234 of 10,003, 850 a
 * second"), rewritten in place a few times a second and erased when the build ends, so that what stays on the
 * screen is the build's report alone. Only a build that runs longer than {@link #DELAY_MILLIS} shows it, and
 * only on a terminal: output sent to a file or a pipe never has it.
 */
final class ProgressLine implements BuildProgress, AutoCloseable {
    static final long DELAY_MILLIS = 1000;
    private static final long PERIOD_MILLIS = 200;

    private record Stage(String name, int total, long startNanos) {}

    private final PrintWriter err;
    private final long delayMillis;
    private final AtomicInteger done = new AtomicInteger();
    private final Thread ticker;
    private volatile Stage stage = new Stage("starting", 0, System.nanoTime());
    private volatile boolean closed;
    private boolean shown;

    private ProgressLine(PrintWriter err, long delayMillis) {
        this.err = err;
        this.delayMillis = delayMillis;
        this.ticker = new Thread(this::tick, "pamphlet-progress");
        ticker.setDaemon(true);
    }

    /** A progress line on {@code err} when standard error is a terminal; otherwise one that shows nothing. */
    static BuildProgress on(PrintWriter err, Map<String, String> env) {
        return stderrIsTerminal(env) ? started(err, DELAY_MILLIS) : BuildProgress.NONE;
    }

    /** A progress line on {@code err}, shown from {@code delayMillis} on. */
    static ProgressLine started(PrintWriter err, long delayMillis) {
        ProgressLine line = new ProgressLine(err, delayMillis);
        line.ticker.start();
        return line;
    }

    /** Ends and erases the line, if {@code progress} is one. */
    static void end(BuildProgress progress) {
        if (progress instanceof ProgressLine line) {
            line.close();
        }
    }

    @Override
    public void stage(String name, int total) {
        stage = new Stage(name, total, System.nanoTime());
        done.set(0);
    }

    @Override
    public void done() {
        done.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void tick() {
        try {
            Thread.sleep(delayMillis);
            while (!closed) {
                err.print("\r" + text(stage, done.get(), System.nanoTime()) + "\033[K");
                err.flush();
                shown = true;
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /** What the line says, e.g. "pamphlet: rendering pages: 1,234 of 10,003, 850 a second". */
    static String text(String stage, int total, int done, long elapsedNanos) {
        StringBuilder line = new StringBuilder("pamphlet: ").append(stage);
        if (total > 0) {
            line.append(": ").append(grouped(done)).append(" of ").append(grouped(total));
            long millis = TimeUnit.NANOSECONDS.toMillis(elapsedNanos);
            if (millis >= 500 && done > 0) {
                line.append(", ").append(grouped(done * 1000L / millis)).append(" a second");
            }
        } else {
            line.append("...");
        }
        return line.toString();
    }

    private static String text(Stage stage, int done, long now) {
        return text(stage.name(), stage.total(), done, now - stage.startNanos());
    }

    /** 12345 → "12,345", without a formatter (which would load locale data for one line). */
    static String grouped(long n) {
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * Whether standard error is a terminal that can rewrite a line. Java says only whether standard input and
     * output both are (and the tuned JVM's input is a pipe), so this asks Linux which file descriptor 2 is.
     */
    static boolean stderrIsTerminal(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}

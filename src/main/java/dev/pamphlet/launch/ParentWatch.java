package dev.pamphlet.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child's side of {@link ChildJvm}: it tells the parent it started, and ends when the parent is gone. The
 * parent holds the other end of the pipe on the child's standard input and never writes to it, so the pipe
 * closes exactly when the parent dies, however it dies. The child then exits 143, as after SIGTERM, so its
 * shutdown hooks (those that leave the output folder whole) run.
 */
final class ParentWatch {
    static final String PROPERTY = "pamphlet.parent";

    private ParentWatch() {}

    /** Starts watching when this JVM is a {@link ChildJvm}; does nothing otherwise. */
    static void startIfChild() {
        String started = System.getProperty(ChildJvm.STARTED_PROPERTY);
        if (started != null) {
            try {
                Files.deleteIfExists(Path.of(started));
            } catch (IOException e) {
                // The parent then thinks this JVM never started and runs the command itself: slower, not wrong.
            }
        }
        if ("stdin".equals(System.getProperty(PROPERTY))) {
            Thread watch = new Thread(() -> waitForEnd(System.in), "pamphlet-parent-watch");
            watch.setDaemon(true);
            watch.start();
        }
    }

    private static void waitForEnd(InputStream in) {
        try {
            while (in.read() >= 0) {
                // The parent writes nothing; anything that arrives is ignored.
            }
        } catch (IOException e) {
            // A broken pipe means the same as its end.
        }
        System.exit(128 + ChildJvm.SIGTERM);
    }
}

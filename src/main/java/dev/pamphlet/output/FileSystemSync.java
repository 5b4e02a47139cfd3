package dev.pamphlet.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Forces everything written to one file system to the disk with a single call (Linux's syncfs, through the
 * system's {@code sync -f}). Forcing each file by itself costs a journal commit per file: about 2 ms each here,
 * seconds for a site of a few thousand pages, where one flush of the file system takes a tenth of a second.
 */
final class FileSystemSync {

    private FileSystemSync() {}

    /** Whether everything on the file system holding {@code anywhere} is now on the disk; false if not known. */
    static boolean flush(Path anywhere) {
        return finished(start(anywhere));
    }

    /**
     * Starts forcing everything written so far to the file system holding {@code anywhere} to the disk, and
     * returns at once: the flush a commit makes later then has only what was written since. Null when it cannot
     * be started.
     */
    static Process start(Path anywhere) {
        try {
            return new ProcessBuilder("sync", "-f", anywhere.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null; // no such command (Windows), or it cannot be started: the caller forces each file
        }
    }

    /** Waits for a flush {@link #start}ed; whether it succeeded. */
    static boolean finished(Process sync) {
        if (sync == null) {
            return false;
        }
        try {
            return sync.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

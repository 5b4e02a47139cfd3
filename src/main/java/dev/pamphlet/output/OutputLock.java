package dev.pamphlet.output;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One writer per output folder: a lock file beside the folder ({@code .site.pamphlet-lock} for {@code site}), held
 * with an operating-system lock for as long as a build or a preview writes the folder. The operating system lets
 * the lock go when its process ends, however it ends, so a lock is never left held by a dead process; the file
 * then says who held it last, for the note that a new holder takes it over. The file's text names its holder
 * (process id, command, since when) for the message another process shows.
 *
 * <p>Locks are held per process, as the operating system holds them: a preview holds its folder's lock while each
 * of its rebuilds takes it again, so the lock counts its holders within the process.
 */
public final class OutputLock implements AutoCloseable {
    /** The process's command, as {@code Main} records it, for the lock's text. */
    public static final String COMMAND_PROPERTY = "pamphlet.command";

    /** The locks this process holds, by lock file. The operating system's locks are per process too. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path file;
    private boolean closed;

    /**
     * An operating-system lock and how many of this process's users hold it. While it is held, a shutdown hook
     * cleans up after a stop (SIGINT, SIGTERM): it runs what the open stages registered ({@link #onStop}), then
     * deletes the lock file, so nothing is left beside the output folder.
     */
    private static final class Held {
        final Path file;
        final FileChannel channel;
        final FileLock lock;
        final List<Runnable> onStop = new CopyOnWriteArrayList<>();
        final Thread hook;
        int users = 1;

        Held(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
            this.hook = new Thread(
                    new Runnable() {
                        @Override
                        public void run() {
                            stopped();
                        }
                    },
                    "pamphlet-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        private void stopped() {
            onStop.forEach(Runnable::run);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The next holder takes it over, with a note.
            }
        }

        void release() {
            // The file goes first, while the hook is still in place: a stop between the two would otherwise find
            // neither the hook nor this thread left to delete it.
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The next holder takes it over, with a note.
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                return; // the process is stopping: the hook runs the rest
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // The process lets the lock go as it ends in any case.
            }
        }
    }

    /** Runs {@code cleanup} if the process is stopped while this lock is held (before the lock file goes). */
    void onStop(Runnable cleanup) {
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                held.onStop.add(cleanup);
            }
        }
    }

    void removeOnStop(Runnable cleanup) {
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                held.onStop.remove(cleanup);
            }
        }
    }

    private OutputLock(Path file) {
        this.file = file;
    }

    /** The lock file of an output folder (given as an absolute, normalised path). */
    static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".pamphlet-lock");
    }

    /**
     * Takes the lock of {@code output}.
     *
     * @param display how to name the folder in messages
     * @param wait    wait for another process to let it go, instead of failing
     * @param notes   where to say that a lock left by a process that is gone was taken over, or that this waits
     * @throws ContentException when another process holds it and {@code wait} is false, or the lock file cannot be
     *                          written
     */
    public static OutputLock acquire(Path output, String display, boolean wait, List<String> notes)
            throws ContentException {
        Path file = fileFor(output.toAbsolutePath().normalize());
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                held.users++;
                return new OutputLock(file);
            }
        }
        // Until the lock is held (and its own hook is in place), a stop must not leave the file this makes behind.
        Taking taking = new Taking(file);
        Runtime.getRuntime().addShutdownHook(taking);
        try {
            return take(file, display, wait, notes, taking);
        } finally {
            taking.done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(taking);
            } catch (IllegalStateException e) {
                // The process is stopping: the hook runs.
            }
        }
    }

    /**
     * Deletes the lock file if a stop comes while this process is taking the lock: when the process holds it
     * already, or when nobody does and the file is still empty (made just now, by this process).
     */
    private static final class Taking extends Thread {
        /** How long a stop waits for the lock being taken: longer only when another process holds it. */
        private static final long PATIENCE_MILLIS = 2_000;

        private final Path file;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean locked;

        Taking(Path file) {
            super("pamphlet-stop-locking");
            this.file = file;
        }

        @Override
        public void run() {
            // The taking thread runs on while the hooks do: it may make the file, or lock it, after this hook has
            // looked. Let it finish first, so what it leaves is seen.
            try {
                done.await(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                if (locked) {
                    Files.deleteIfExists(file);
                    return;
                }
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    if (heldHereOrFreeAndEmpty(channel)) {
                        Files.deleteIfExists(file);
                    }
                }
            } catch (IOException e) {
                // Gone already, or not ours to delete.
            }
        }

        /** Whether this process holds the file's lock, or nobody does and the file is empty (made just now). */
        private static boolean heldHereOrFreeAndEmpty(FileChannel channel) throws IOException {
            try (FileLock lock = channel.tryLock()) {
                return lock != null && channel.size() == 0;
            } catch (OverlappingFileLockException e) {
                return true; // locked by this process already
            }
        }
    }

    private static OutputLock take(Path file, String display, boolean wait, List<String> notes, Taking taking)
            throws ContentException {
        try {
            Files.createDirectories(file.getParent());
            while (true) {
                Opened opened = Opened.open(file);
                if (opened == null) {
                    continue; // the file changed as it was opened: open the one there now
                }
                FileChannel channel = opened.channel;
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    String holder = describe(read(channel));
                    if (!wait) {
                        channel.close();
                        throw new ContentException(Diagnostic.error(
                                        display, 0, 0, "another Pamphlet process is writing this folder: " + holder)
                                .withHint("wait for it to finish, stop it, or run with --wait to wait for it"));
                    }
                    notes.add("waited for " + holder + " to finish writing " + display);
                    lock = channel.lock();
                }
                // A holder deletes the file as it lets the lock go: a lock on a file that is no longer the one at
                // that path locks nothing, so start again with the file that is there now.
                if (!opened.stillAt(file)) {
                    channel.close();
                    continue;
                }
                taking.locked = true;
                String before = read(channel);
                if (!before.isBlank()) {
                    notes.add("took over the lock of " + display + " left by " + describe(before)
                            + ", which is no longer running");
                }
                write(channel, me());
                Held held;
                try {
                    held = new Held(file, channel, lock);
                } catch (IllegalStateException stopping) {
                    // The process is stopping: its hook for the lock being taken deletes the file.
                    throw new ContentException(
                            Diagnostic.error(display, 0, 0, "stopped before the output folder was locked"));
                }
                synchronized (HELD) {
                    HELD.put(file, held);
                }
                return new OutputLock(file);
            }
        } catch (IOException e) {
            throw new ContentException(
                    Diagnostic.error(display, 0, 0, "cannot lock the output folder: " + IoReasons.of(e))
                            .withHint("check that the folder above it exists and can be written"));
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another thread of this process is taking it: wait as for another process
        }
    }

    /** A channel on the lock file, with the identity of the file it was opened on. */
    private record Opened(FileChannel channel, Object key) {
        /**
         * Opens the lock file, making it if need be; null when the file at the path changed while it was opened
         * (Java has no way to ask an open channel which file it is, so the file is the same before and after).
         */
        static Opened open(Path file) throws IOException {
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // Someone's lock file, or one left behind: both are fine to open.
            }
            Object before = keyOf(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return null; // its holder just let it go
            }
            Object after = keyOf(file);
            if (before == MISSING || !before.equals(after)) {
                channel.close();
                return null;
            }
            return new Opened(channel, after);
        }

        boolean stillAt(Path file) {
            return key.equals(keyOf(file));
        }

        /** The file's identity (its inode), {@link #MISSING}, or {@link #NO_KEY} where the system has none. */
        private static Object keyOf(Path file) {
            try {
                Object key =
                        Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                return key == null ? NO_KEY : key;
            } catch (IOException e) {
                return MISSING;
            }
        }
    }

    private static final Object MISSING = new Object();
    private static final Object NO_KEY = new Object();

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void write(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** This process, as the lock file records it. */
    private static String me() {
        String command = System.getProperty(COMMAND_PROPERTY);
        if (command == null) {
            command = ProcessHandle.current().info().commandLine().orElse("pamphlet");
        }
        return "pid " + ProcessHandle.current().pid() + "\ncommand " + command.replace('\n', ' ') + "\nsince "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    }

    /** A holder as the lock file records it: "pid 1234 (pamphlet build), writing since 19:40:02 UTC". */
    static String describe(String text) {
        String pid = "an unknown process";
        String command = null;
        String since = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("pid ")) {
                pid = line;
            } else if (line.startsWith("command ")) {
                command = line.substring("command ".length());
            } else if (line.startsWith("since ")) {
                since = line.substring("since ".length());
            }
        }
        StringBuilder out = new StringBuilder(pid);
        if (command != null) {
            out.append(" (").append(command).append(')');
        }
        if (since != null) {
            try {
                ZonedDateTime at = Instant.parse(since).atZone(ZoneId.systemDefault());
                out.append(", started ")
                        .append(at.toLocalDate())
                        .append(' ')
                        .append(at.toLocalTime())
                        .append(' ')
                        .append(at.getZone().getId());
            } catch (RuntimeException e) {
                out.append(", started ").append(since);
            }
        }
        return out.toString();
    }

    /** Lets the lock go (once its last user in this process does), deleting its file first. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(file);
            if (held == null || --held.users > 0) {
                return;
            }
            HELD.remove(file);
            held.release();
        }
    }
}

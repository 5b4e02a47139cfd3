package dev.pamphlet.serve;

import dev.pamphlet.content.ContentLoader;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and everything below them (folders created later too) and hands out changes in bursts: an
 * editor's atomic save (write a temporary file, rename it over the original) or a folder copied in arrives as
 * one set of changed paths. Hidden files and editors' backup and swap files are left out.
 */
final class ChangeWatcher implements AutoCloseable {
    /** A burst is over when no event has come for this long. Short, because a rebuild takes a few milliseconds. */
    static final long QUIET_MILLIS = 5;
    /** A burst that never goes quiet (a long copy) is still handed out this often. */
    static final long MAX_BURST_MILLIS = 300;
    /** How long an empty file may stay empty before it is taken as meant (see {@link #next()}). */
    static final long EMPTY_FILE_MILLIS = 100;

    /**
     * Paths that changed, in no particular order: files and folders created, modified, deleted or renamed (a
     * rename is the old path deleted and the new one created).
     *
     * @param overflow events were lost: everything must be considered changed
     */
    record Changes(Set<Path> paths, boolean overflow) {}

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /**
     * Roots that did not exist yet, by the key of the folder that will hold them: a site without a templates
     * folder may make one while it is previewed, and its files must then count.
     */
    private final Map<WatchKey, Path> awaited = new ConcurrentHashMap<>();

    ChangeWatcher(List<Path> roots) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                registerTree(root, null);
            } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                awaited.put(root.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE), root);
            }
        }
    }

    /**
     * Waits for the next burst of changes.
     *
     * @throws ClosedWatchServiceException once the watcher is closed
     */
    Changes next() throws InterruptedException {
        return burst(service.take());
    }

    /**
     * Waits at most {@code millis} for the next burst of changes; null when none began in that time.
     *
     * @throws ClosedWatchServiceException once the watcher is closed
     */
    Changes next(long millis) throws InterruptedException {
        WatchKey first = service.poll(millis, TimeUnit.MILLISECONDS);
        return first == null ? null : burst(first);
    }

    private Changes burst(WatchKey first) throws InterruptedException {
        Set<Path> paths = new TreeSet<>();
        Set<Path> created = new HashSet<>();
        boolean overflow = false;
        WatchKey key = first;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BURST_MILLIS);
        while (key != null) {
            overflow |= collect(key, paths, created);
            if (System.nanoTime() > deadline) {
                break;
            }
            key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        // Saving in place empties the file before writing it; on a busy machine the writing can come after the
        // quiet time. Building the empty file would flash an error in the browser, so wait a little for the rest.
        long emptyDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(EMPTY_FILE_MILLIS);
        while (paths.stream().anyMatch(ChangeWatcher::isEmptyFile) && System.nanoTime() < emptyDeadline) {
            key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            if (key != null) {
                overflow |= collect(key, paths, created);
            }
        }
        return new Changes(paths, overflow);
    }

    /**
     * Adds a key's events to the burst. A file both created and deleted within the burst (an editor's temporary
     * file, renamed over the original) changed nothing that stays, and is dropped.
     */
    private boolean collect(WatchKey key, Set<Path> paths, Set<Path> created) {
        Path root = awaited.get(key);
        if (root != null) {
            return awaitedRoot(key, root, paths);
        }
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                overflow = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isNoise(path)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && created.remove(path)) {
                paths.remove(path);
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && !paths.contains(path)) {
                created.add(path);
            }
            paths.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path, paths);
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return overflow;
    }

    /** A root folder that was missing appeared (or not: the other entries of its parent are not watched). */
    private boolean awaitedRoot(WatchKey key, Path root, Set<Path> paths) {
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Path path = root.getParent().resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || path.equals(root) && Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                        registerTree(root, paths);
                        paths.add(root);
                        awaited.remove(key);
                        key.cancel();
                        return overflow;
                    }
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) {
            awaited.remove(key);
        }
        return overflow;
    }

    /**
     * Registers a folder and its sub-folders. A folder created (or moved in) may already hold files by the time
     * it is registered; those are added to {@code found} so they are not missed.
     */
    private void registerTree(Path top, Set<Path> found) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(top) && isNoise(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(
                        dir.register(
                                service,
                                StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE,
                                StandardWatchEventKinds.ENTRY_MODIFY),
                        dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (found != null && !isNoise(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isEmptyFile(Path path) {
        try {
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.size(path) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Hidden files and editors' leftovers never reach the site, so changes to them need no rebuild. */
    private static boolean isNoise(Path path) {
        return path.getFileName().toString().startsWith(".") || ContentLoader.isEditorLeftover(path);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

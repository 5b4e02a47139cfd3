package dev.pamphlet.output;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a build beside the published site and swaps it in whole once the build has succeeded, so the output folder
 * is only ever the old site or the new one.
 *
 * <p>The staging folder ({@code .site.pamphlet-staging} beside {@code site}) receives the whole new site: files
 * whose bytes differ from the published ones are written; unchanged ones are hard links to the published files,
 * so they keep their times and cost no copy. {@link #commit} then swaps the folders with two renames (the old site
 * to {@code .site.pamphlet-old}, the staging folder to {@code site}) and deletes the old one. Those names are the
 * journal: {@link #recover} reads them after a process was killed at any point and puts back a whole site (see
 * there). If the process is stopped with SIGINT or SIGTERM, its shutdown hook ({@link OutputLock}) waits for a
 * swap in progress to finish, then deletes what is left beside the site, so the folder is the old site or the new
 * one, with nothing beside it, when the process exits.
 *
 * <p>Both folders carry the output marker from the moment they are made, and only a folder beside the site that
 * carries it is ever renamed or deleted: a folder of someone's own that happens to have one of these names, even an
 * empty one, stops the build, untouched.
 */
public final class StagedOutput implements PublishingOutput {
    private static final String MARKER_TEXT = "Made by Pamphlet. Each build replaces everything in this folder.\n";
    private static final String BUILD_PREFIX = "build ";
    private static final String STAGING_SUFFIX = ".pamphlet-staging";
    private static final String OLD_SUFFIX = ".pamphlet-old";

    private final Path output;
    private final Path staging;
    private final Path old;
    private final OutputLock lock;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    /** Staging folders already made, so each page costs one file write, not a directory check as well. */
    private final Set<Path> stagingDirs = ConcurrentHashMap.newKeySet();

    private final AtomicInteger unchanged = new AtomicInteger();
    /** Held while the folders are swapped; a stop waits for it (see {@link #abandon}). */
    private final Object swapping = new Object();

    /** A flush of what was staged so far, started before the commit ({@link #flushAhead}); null if none. */
    private Process flushing;

    private volatile boolean abandoned;
    private volatile boolean swapped;
    private final Runnable onStop = this::abandon;

    /** What a commit did. */
    public record Result(int written, int unchanged, int deleted) {}

    /**
     * Starts staging a build of {@code output}.
     *
     * @param lock the output folder's lock, held for as long as this stage is open; a stop of the process cleans
     *             up this stage before the lock goes
     */
    public StagedOutput(Path output, OutputLock lock) throws IOException {
        this.output = OutputGuard.real(output);
        this.staging = sibling(this.output, STAGING_SUFFIX);
        this.old = sibling(this.output, OLD_SUFFIX);
        this.lock = lock;
        if (present(staging) && !madeByPamphlet(staging)) {
            throw new IOException(staging + " is in the way: it was not made by Pamphlet; move or rename it");
        }
        deleteTree(staging);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(OutputGuard.MARKER), MARKER_TEXT);
        stagingDirs.add(staging);
        lock.onStop(onStop);
    }

    /** The folder a build of {@code output} is staged in, beside it. */
    static Path stagingFolder(Path output) {
        return sibling(output, STAGING_SUFFIX);
    }

    private static Path sibling(Path output, String suffix) {
        return output.resolveSibling("." + output.getFileName() + suffix);
    }

    /**
     * Puts back a whole site in {@code output} after a process was killed while it was building or publishing,
     * before anything else touches the folder; call with the folder's lock held. Killed while staging: the staging
     * folder is deleted and the old site is untouched. Killed between the two renames: the old site is renamed
     * back (the new one may not have reached the disk in a power cut). Killed after them: the new site is in place
     * and the old one is deleted.
     *
     * <p>Only folders Pamphlet made are touched: one of these names without the output marker is someone's own
     * folder, and stops the build with both folders left as they are.
     *
     * @return what was done, for a note to the user; empty when there was nothing to do
     * @throws ContentException when a folder beside the site has one of these names but was not made by Pamphlet
     */
    public static List<String> recover(Path output, String display) throws IOException, ContentException {
        Path real = OutputGuard.real(output);
        Path staging = sibling(real, STAGING_SUFFIX);
        Path old = sibling(real, OLD_SUFFIX);
        for (Path beside : List.of(old, staging)) {
            if (present(beside) && !madeByPamphlet(beside)) {
                throw inTheWay(beside, display);
            }
        }
        List<String> notes = new ArrayList<>();
        if (Files.exists(old)) {
            if (Files.exists(real)) {
                deleteTree(old);
                notes.add("finished publishing " + display + ": a build that was stopped had already put its site"
                        + " in place");
            } else {
                Files.move(old, real, StandardCopyOption.ATOMIC_MOVE);
                syncFolder(real.getParent());
                notes.add("restored the site in " + display + " as it was before a build that was stopped while"
                        + " publishing");
            }
        }
        if (Files.exists(staging)) {
            deleteTree(staging);
            notes.add("removed the unfinished build that a stopped build left beside " + display);
        }
        return notes;
    }

    /** Whether anything is at {@code path}, even a link that leads nowhere. */
    private static boolean present(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Whether a folder beside the site is one Pamphlet made: a real folder (not a link) carrying the output marker.
     * An empty folder is not taken for one: Pamphlet's staging folder gets its marker the moment it is made, and the
     * old site is marked before it is moved aside, so an empty one is someone's own.
     */
    private static boolean madeByPamphlet(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    private static ContentException inTheWay(Path folder, String outputDisplay) {
        String shown =
                Path.of(outputDisplay).resolveSibling(folder.getFileName()).toString();
        return new ContentException(Diagnostic.error(
                        shown.replace('\\', '/'),
                        0,
                        0,
                        "refusing to touch this folder beside the output folder " + outputDisplay
                                + ": Pamphlet keeps an unfinished build under this name, but this folder was not"
                                + " made by Pamphlet (it has no " + OutputGuard.MARKER + " marker)")
                .withHint("move or rename it, then build again; Pamphlet left it as it was"));
    }

    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        Path target = stagingTarget(relativePath);
        if (sameBytes(published, bytes)) {
            link(published, target);
            return;
        }
        Files.write(target, bytes);
        staged.add(relativePath);
    }

    @Override
    public void copy(String relativePath, Path source) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        Path target = stagingTarget(relativePath);
        if (Files.isRegularFile(published) && Files.mismatch(source, published) == -1) {
            link(published, target);
            return;
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        staged.add(relativePath);
    }

    /** Keeps a published file as it is: the build knows it is what it would write. */
    @Override
    public void keep(String relativePath) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        if (!Files.isRegularFile(published)) {
            throw new NoSuchFileException(
                    published.toString(), null, "the last build's file is gone from the output folder; build again");
        }
        link(published, stagingTarget(relativePath));
    }

    /** The staging path of an output file, with its folder made; refused once the process is stopping. */
    private Path stagingTarget(String relativePath) throws IOException {
        if (abandoned) {
            throw new IOException("the build was stopped");
        }
        Path target = staging.resolve(relativePath);
        Path dir = target.getParent();
        if (!stagingDirs.contains(dir)) {
            Files.createDirectories(dir);
            stagingDirs.add(dir);
        }
        return target;
    }

    /** An unchanged file: the new site shares the published file, with its time, instead of a copy. */
    private void link(Path published, Path target) throws IOException {
        try {
            Files.createLink(target, published);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            Files.copy(published, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            // A file system without hard links (some network and FAT drives): copy, keeping the time.
            Files.copy(published, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        unchanged.incrementAndGet();
    }

    /** What the output marker says: that Pamphlet made the folder, and the build id, if any. */
    static String markerText(String buildId) {
        return MARKER_TEXT + (buildId == null ? "" : BUILD_PREFIX + buildId + "\n");
    }

    static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /**
     * Starts writing what is staged so far to the disk while the build goes on (its last checks, its site-wide
     * files), so that {@link #commit} waits only for what was written after: most of a big site is its pages.
     * Does nothing while an earlier one is under way, or where the system cannot flush a file system at once.
     */
    @Override
    public void flushAhead() {
        if (flushing == null || !flushing.isAlive()) {
            flushing = FileSystemSync.start(staging);
        }
    }

    /** Publishes the build, marking the folder with no build id. */
    public Result commit() throws IOException {
        return commit(null);
    }

    /**
     * Publishes the build: writes the marker with {@code buildId} (so a later build can tell that the folder still
     * holds what this build published, see {@link #buildId}), makes the staged files durable, swaps the folders
     * and deletes the old site.
     *
     * @param buildId the id to write, or null to write none (a build that keeps no record of what it published)
     */
    @Override
    public Result commit(String buildId) throws IOException {
        Files.writeString(stagingTarget(OutputGuard.MARKER), markerText(buildId));
        makeDurable();
        synchronized (swapping) {
            if (abandoned) {
                throw new IOException("the build was stopped");
            }
            Files.createDirectories(output.getParent());
            boolean hadSite = Files.exists(output);
            if (hadSite) {
                markAsPamphlets(output);
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
                PublishPause.at("between the renames");
            }
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadSite) {
                    Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            swapped = true;
            syncFolder(output.getParent());
        }
        PublishPause.at("before the old site is deleted");
        int deleted = Files.exists(old) ? deleteOld() : 0;
        return new Result(staged.size(), unchanged.get(), deleted);
    }

    /**
     * Marks a first build's output folder (new or empty, so unmarked) before it is moved aside, so that a build
     * stopped between the renames leaves an old folder that the next build knows for Pamphlet's.
     */
    private static void markAsPamphlets(Path site) throws IOException {
        Path marker = site.resolve(OutputGuard.MARKER);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(marker, MARKER_TEXT);
        }
    }

    /**
     * Forces the written files and the staging folders to the disk before the swap, so that after a power cut the
     * folder holds whole files of the one site or the other. Linked files are the old site's, already there.
     */
    private void makeDurable() throws IOException {
        FileSystemSync.finished(flushing); // what it wrote, the flush below need not write again
        if (FileSystemSync.flush(staging)) {
            return;
        }
        List<Path> files = new ArrayList<>(staged.size() + 1);
        staged.forEach(rel -> files.add(staging.resolve(rel)));
        files.add(staging.resolve(OutputGuard.MARKER));
        try {
            files.parallelStream().forEach(StagedOutput::syncFile);
            stagingDirs.forEach(StagedOutput::syncFolder);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void syncFile(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a folder's entries durable. Not every system can open a folder for this: then it is best effort. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open folders; the rename is durable by the file system's own journal there.
        }
    }

    /** Deletes the old site, counting its files that the new one no longer has. */
    private int deleteOld() throws IOException {
        AtomicInteger gone = new AtomicInteger();
        walkAndDelete(old, rel -> {
            if (!produced.contains(rel) && !rel.equals(OutputGuard.MARKER)) {
                gone.incrementAndGet();
            }
        });
        return gone.get();
    }

    /**
     * The process is stopping (SIGINT, SIGTERM): waits for a swap in progress, then deletes what this stage left
     * beside the site, so only a whole site remains. Writes still running on other threads are refused from now on.
     */
    void abandon() {
        synchronized (swapping) {
            abandoned = true;
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                deleteTree(swapped ? old : staging);
                return;
            } catch (IOException | UncheckedIOException e) {
                // A write that was under way when the stop came added a file: try again.
            }
        }
    }

    /** The build id the output folder's marker holds, or null when it has none (or no marker). */
    public static String buildId(Path output) {
        String text = readMarker(output);
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(BUILD_PREFIX)) {
                return line.substring(BUILD_PREFIX.length());
            }
        }
        return null;
    }

    private static String readMarker(Path output) {
        try {
            return Files.readString(output.resolve(OutputGuard.MARKER));
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Throws the staged build away, leaving the published site byte for byte as it was. */
    public void discard() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        lock.removeOnStop(onStop);
        if (!swapped && Files.exists(staging)) {
            discard();
        }
    }

    @Override
    public Set<String> produced() {
        return Set.copyOf(produced);
    }

    static void deleteTree(Path root) throws IOException {
        walkAndDelete(root, rel -> {});
    }

    /**
     * Deletes a folder and everything in it, telling {@code seen} each file's path relative to it. Files already
     * gone are skipped: a stopping process may be deleting the same folder on another thread.
     */
    private static void walkAndDelete(Path root, java.util.function.Consumer<String> seen) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                seen.accept(root.relativize(file).toString().replace('\\', '/'));
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

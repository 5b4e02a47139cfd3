package dev.pamphlet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a build without touching the published site until the build has succeeded. Files whose bytes differ
 * from the published ones go to a staging folder beside the output; {@link #commit()} then moves them in and
 * deletes what the build no longer makes; {@link #discard()} throws the staging folder away, leaving the old site
 * byte for byte as it was. Unchanged files are never rewritten, so deploys and file watchers see only real changes.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {
    private static final String MARKER_TEXT = "Made by Pamphlet. Each build replaces everything in this folder.\n";
    private static final String BUILD_PREFIX = "build ";

    private final Path output;
    private final Path staging;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    /** Staging folders already made, so each page costs one file write, not a directory check as well. */
    private final Set<Path> stagingDirs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unchanged = new AtomicInteger();

    /** What a commit did. */
    public record Result(int written, int unchanged, int deleted) {
    }

    public StagedOutput(Path output) throws IOException {
        this.output = output.toAbsolutePath().normalize();
        this.staging = this.output.resolveSibling("." + this.output.getFileName() + ".pamphlet-staging");
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        if (sameBytes(published, bytes)) {
            unchanged.incrementAndGet();
            return;
        }
        Path target = staging.resolve(relativePath);
        createStagingDirs(target.getParent());
        Files.write(target, bytes);
        staged.add(relativePath);
    }

    @Override
    public void copy(String relativePath, Path source) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        if (Files.isRegularFile(published) && Files.mismatch(source, published) == -1) {
            unchanged.incrementAndGet();
            return;
        }
        Path target = staging.resolve(relativePath);
        createStagingDirs(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        staged.add(relativePath);
    }

    @Override
    public void keep(String relativePath) {
        produced.add(relativePath);
        unchanged.incrementAndGet();
    }

    private void createStagingDirs(Path dir) throws IOException {
        if (!stagingDirs.contains(dir)) {
            Files.createDirectories(dir);
            stagingDirs.add(dir);
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** Publishes the build: moves changed files in, deletes files no longer made, removes the staging folder. */
    public Result commit() throws IOException {
        return commit(null);
    }

    /**
     * Publishes the build like {@link #commit()}.
     *
     * @param published what the output folder is known to hold (what the previous commit {@link #produced()}), so
     *                  that finding files no longer made needs no listing of a large site; null to list the folder
     */
    public Result commit(Set<String> published) throws IOException {
        return commit(published, null);
    }

    /**
     * Publishes the build like {@link #commit(Set)}, and writes {@code buildId} into the output folder's marker, so
     * a later build can tell that the folder still holds what this build published (see {@link #buildId}).
     *
     * @param buildId the id to write, or null to write none (a build that keeps no record of what it published)
     */
    public Result commit(Set<String> published, String buildId) throws IOException {
        String markerText = MARKER_TEXT + (buildId == null ? "" : BUILD_PREFIX + buildId + "\n");
        if (unchanged.get() == 0 && isMissingOrEmpty(output)) {
            return publishWhole(markerText);
        }
        Files.createDirectories(output);
        Path marker = output.resolve(OutputGuard.MARKER);
        if (!markerText.equals(readMarker(output))) {
            Files.writeString(marker, markerText);
        }
        List<String> ordered = new ArrayList<>(staged);
        ordered.sort(Comparator.naturalOrder());
        for (String rel : ordered) {
            Path target = output.resolve(rel);
            Path parent = target.getParent();
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                Files.delete(parent);
            }
            if (Files.isDirectory(target)) {
                deleteTree(target);
            }
            Files.createDirectories(parent);
            Files.move(staging.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        int deleted = published == null ? deleteStale() : deleteStale(published);
        deleteTree(staging);
        return new Result(staged.size(), unchanged.get(), deleted);
    }

    /**
     * A first build into a new or empty folder: the staging folder holds the whole site, so it becomes the output
     * folder in one rename instead of one move per file.
     */
    private Result publishWhole(String markerText) throws IOException {
        Files.writeString(staging.resolve(OutputGuard.MARKER), markerText);
        Files.deleteIfExists(output);
        Files.createDirectories(output.getParent());
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        return new Result(staged.size(), unchanged.get(), 0);
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

    private static boolean isMissingOrEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    public void discard() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (Files.exists(staging)) {
            discard();
        }
    }

    /** Every file this build makes (written, copied or kept). */
    public Set<String> produced() {
        return Set.copyOf(produced);
    }

    private int deleteStale(Set<String> published) throws IOException {
        int deleted = 0;
        for (String rel : published) {
            if (produced.contains(rel) || rel.equals(OutputGuard.MARKER)) {
                continue;
            }
            Path file = output.resolve(rel);
            if (Files.deleteIfExists(file)) {
                deleted++;
            }
            for (Path dir = file.getParent(); !dir.equals(output) && isEmptyFolder(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
        return deleted;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private int deleteStale() throws IOException {
        List<Path> stale = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = output.relativize(file).toString().replace('\\', '/');
                if (!rel.equals(OutputGuard.MARKER) && !produced.contains(rel)) {
                    stale.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                if (!dir.equals(output)) {
                    dirs.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : stale) {
            Files.delete(file);
        }
        for (Path dir : dirs) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
        return stale.size();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package dev.pamphlet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A preview's rebuild, published into the folder in place instead of swapped in whole ({@link StagedOutput}): a
 * rebuild after one edit changes a file or two, and re-linking and deleting every file of a large site would cost
 * more than the rest of the rebuild. Each changed file is written beside its published one under a hidden name
 * ({@code .page.html.pamphlet-new}, which the preview never serves) and renamed over it at {@link #commit}, so a
 * reader gets the old file or the new one, never part of one; the files the last build published and this one
 * does not make are deleted then too. Closing without a commit deletes the hidden files and leaves the site as it
 * was. A power cut during a commit may leave a mix of the two builds, which is why only a preview's own folder is
 * patched: its next start builds it whole again.
 */
public final class PatchedOutput implements PublishingOutput {
    private static final String NEW_SUFFIX = ".pamphlet-new";

    private final Path output;
    private final Set<String> before;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    /** The files that differ from the published ones, each at its hidden name beside it. */
    private final Map<String, Path> changed = new ConcurrentHashMap<>();

    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile boolean committed;

    /**
     * @param output the published folder, made by an earlier build of this process
     * @param before the files that build published, relative to {@code output} with '/' separators
     */
    public PatchedOutput(Path output, Set<String> before) {
        this.output = OutputGuard.real(output);
        this.before = Set.copyOf(before);
    }

    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        if (StagedOutput.sameBytes(published, bytes)) {
            unchanged.incrementAndGet();
            return;
        }
        Files.write(beside(published, relativePath), bytes);
    }

    @Override
    public void copy(String relativePath, Path source) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        if (Files.isRegularFile(published) && Files.mismatch(source, published) == -1) {
            unchanged.incrementAndGet();
            return;
        }
        Files.copy(source, beside(published, relativePath), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void keep(String relativePath) throws IOException {
        produced.add(relativePath);
        Path published = output.resolve(relativePath);
        if (!before.contains(relativePath) || !Files.isRegularFile(published)) {
            throw new NoSuchFileException(
                    published.toString(), null, "the last build's file is gone from the output folder; build again");
        }
        unchanged.incrementAndGet();
    }

    /** Nothing to flush ahead: a patch is a few files. */
    @Override
    public void flushAhead() {}

    @Override
    public StagedOutput.Result commit(String buildId) throws IOException {
        Path marker = output.resolve(OutputGuard.MARKER);
        Path newMarker = marker.resolveSibling(marker.getFileName() + NEW_SUFFIX);
        Files.writeString(newMarker, StagedOutput.markerText(buildId));
        Files.move(newMarker, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (Map.Entry<String, Path> file : changed.entrySet()) {
            Files.move(
                    file.getValue(),
                    output.resolve(file.getKey()),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        int deleted = 0;
        for (String gone : before) {
            if (!produced.contains(gone) && Files.deleteIfExists(output.resolve(gone))) {
                deleted++;
                deleteEmptyFolders(output.resolve(gone).getParent());
            }
        }
        committed = true;
        return new StagedOutput.Result(changed.size(), unchanged.get(), deleted);
    }

    @Override
    public Set<String> produced() {
        return Set.copyOf(produced);
    }

    /** Without a commit, the hidden files written go: the published site is as it was. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Path file : changed.values()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The hidden name the new bytes of {@code published} are written at, its folder made. */
    private Path beside(Path published, String relativePath) throws IOException {
        Path dir = published.getParent();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir);
        }
        Path hidden = dir.resolve("." + published.getFileName() + NEW_SUFFIX);
        changed.put(relativePath, hidden);
        return hidden;
    }

    /** Folders a deleted file leaves empty go too, up to the site's own folder. */
    private void deleteEmptyFolders(Path dir) throws IOException {
        while (dir != null && !dir.equals(output) && dir.startsWith(output)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }
}

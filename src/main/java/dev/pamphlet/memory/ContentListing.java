package dev.pamphlet.memory;

import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.memory.LastBuild.FileStamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The content folder's listing with each file's size and time as the listing saw them, before any is read: a file
 * edited after that is seen as changed by the next build.
 *
 * @param stamps       every file listed, sorted by path
 * @param listedAtNanos when the listing started, in nanoseconds since 1970
 */
record ContentListing(ContentTree tree, List<FileStamp> stamps, long listedAtNanos) {
    /**
     * File systems keep times in ticks (a few milliseconds on Linux, up to 2 seconds on FAT), so a file saved twice
     * within one tick, at the same size, looks unchanged. A file changed this shortly before the listing may have
     * been saved again since without its time changing.
     */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** The time saved for a file that must be read again next time whatever its time then. */
    static final long UNSURE = Long.MIN_VALUE;
    /** A bigger file (a video) changed just before a build is simply copied again by the next. */
    private static final long MOST_BYTES_HASHED = 64L << 20;

    static ContentListing of(Path contentDir) {
        Instant now = Instant.now();
        long listedAt = TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        List<FileStamp> stamps = new ArrayList<>();
        ContentTree tree = ContentLoader.list(contentDir, (rel, attrs) -> stamps.add(FileStamp.of(rel, attrs)));
        stamps.sort(Comparator.comparing(FileStamp::path));
        return new ContentListing(tree, List.copyOf(stamps), listedAt);
    }

    /**
     * The stamps to save for the next build: those of files changed just before the listing are saved as
     * {@link #UNSURE}, so the next build does not trust their time. A source's stamp then carries a hash of the
     * text this build read: the next build reads the file again and, if the text is the same, need not render it.
     * Any other file's stamp carries a hash of its bytes, so a picture copied in just before a build is not taken
     * for a changed one by the next (which would render again every page that shows it).
     *
     * @param textRead the text this build read of a Markdown file, or null
     */
    List<FileStamp> stampsToSave(Function<String, String> textRead, Path contentDir) {
        return stamps.stream()
                .map(s -> {
                    if (s.modifiedNanos() <= listedAtNanos - RACY_NANOS) {
                        return s;
                    }
                    String text = textRead.apply(s.path());
                    Long hash = text != null
                            ? Long.valueOf(hash(text))
                            : isSource(s.path()) || s.size() > MOST_BYTES_HASHED
                                    ? null
                                    : hash(contentDir.resolve(s.path()));
                    return new FileStamp(s.path(), s.size(), UNSURE, hash);
                })
                .toList();
    }

    /** Every file's path, size and time, as bytes to compare. */
    byte[] stampBytes() {
        StringBuilder out = new StringBuilder(stamps.size() * 64);
        for (FileStamp s : stamps) {
            out.append("\nfile ")
                    .append(s.path())
                    .append(' ')
                    .append(s.size())
                    .append(' ')
                    .append(s.modifiedNanos());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The files changed so shortly before the listing that their time cannot be trusted. */
    List<String> unsure() {
        return stamps.stream()
                .filter(s -> s.modifiedNanos() > listedAtNanos - RACY_NANOS)
                .map(FileStamp::path)
                .toList();
    }

    /** Whether a file is a Markdown source, whose stamp's hash is of its text rather than its bytes. */
    static boolean isSource(String path) {
        return path.endsWith(".md");
    }

    /** A hash of a file's bytes as {@link #hash(String)} makes it; null when it cannot be read. */
    static Long hash(Path file) {
        try {
            return hash(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A 64-bit hash of a source's text: two different checksums, as a confirmation that a file whose time cannot be
     * trusted still holds the text a build used.
     */
    static long hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    private static long hash(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        return crc32c.getValue() << 32 | crc.getValue();
    }
}

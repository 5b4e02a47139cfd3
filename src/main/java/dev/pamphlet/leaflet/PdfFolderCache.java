package dev.pamphlet.leaflet;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PDFs kept as files in a folder of the build cache, one per key. A PDF is named by the hash of everything it was
 * made from, so any build, into any output folder, can use any file here: a build into a new folder, or after
 * Pamphlet itself was rebuilt, finds the PDFs an earlier one made. Each file's time says when a build last used
 * it; files no build used for {@link #UNUSED_FOR} are removed, and so are the files beside them that say which
 * PDFs a build's inputs made ({@link LeafletMemo}).
 */
public final class PdfFolderCache implements PdfCache {
    static final Duration UNUSED_FOR = Duration.ofDays(30);
    /** A file used again is stamped at most once a day: a build that finds every PDF writes nothing. */
    private static final Duration STAMP_EVERY = Duration.ofDays(1);

    /** Files beside the PDFs that say which of them a build's inputs made ({@link LeafletMemo}), tidied with them. */
    public static final String MEMO_SUFFIX = ".memo";

    private final Path folder;
    private final AtomicBoolean kept = new AtomicBoolean();

    /** @param folder the folder the PDFs are kept in, e.g. {@code target/pamphlet-cache/pdf} */
    public PdfFolderCache(Path folder) {
        this.folder = folder;
    }

    private Path file(String key) {
        return folder.resolve(key + ".pdf");
    }

    @Override
    public Optional<byte[]> find(String key) {
        Path file = file(key);
        try {
            byte[] pdf = Files.readAllBytes(file);
            stamp(file);
            return Optional.of(pdf);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void keep(String key, byte[] pdf) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, key, ".tmp");
            try {
                Files.write(temp, pdf);
                Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            kept.set(true);
        } catch (IOException e) {
            // The next build makes this PDF again.
        }
    }

    /** Marks a file of this folder as used now; at most once a day, so a build that uses every file writes nothing. */
    public static void stamp(Path file) throws IOException {
        Instant now = Instant.now();
        if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(STAMP_EVERY))) {
            Files.setLastModifiedTime(file, FileTime.from(now));
        }
    }

    /** Removes PDFs no build used for a month, and temporary files left by a build that was stopped. */
    @Override
    public void tidy() {
        if (!kept.get()) {
            return; // nothing new: nothing to make room for
        }
        Instant cutoff = Instant.now().minus(UNUSED_FOR);
        Instant tempCutoff = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Instant time = Files.getLastModifiedTime(file).toInstant();
                if (((name.endsWith(".pdf") || name.endsWith(MEMO_SUFFIX)) && time.isBefore(cutoff))
                        || (name.endsWith(".tmp") && time.isBefore(tempCutoff))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Tidying is never needed for a build to succeed.
        }
    }
}

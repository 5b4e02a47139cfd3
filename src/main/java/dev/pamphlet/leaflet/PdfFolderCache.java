package dev.pamphlet.leaflet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * PDFs kept as files in a folder of the build cache, one per key. A PDF is named by the hash of everything it was
 * made from, so any build, into any output folder, can use any file here: a build into a new folder, or after
 * Pamphlet itself was rebuilt, finds the PDFs an earlier one made. Each file's time says when a build last used
 * it; files no build used for {@link #UNUSED_FOR} are removed, and so are the files beside them that say which
 * PDFs a build's inputs made ({@link LeafletMemo}). Only files Pamphlet wrote are ever removed ({@link KeptFiles}).
 */
public final class PdfFolderCache implements PdfCache {
    static final Duration UNUSED_FOR = Duration.ofDays(30);
    /** A temporary file this old was left by a build that was stopped: no write takes an hour. */
    static final Duration TEMPORARY_FOR = Duration.ofHours(1);
    /** A file used again is stamped at most once a day: a build that finds every PDF writes nothing. */
    private static final Duration STAMP_EVERY = Duration.ofDays(1);

    /** Files beside the PDFs that say which of them a build's inputs made ({@link LeafletMemo}), tidied with them. */
    public static final String MEMO_SUFFIX = ".memo";

    private final KeptFiles files;

    /** @param files the folder the PDFs are kept in, e.g. {@code target/pamphlet-cache/pdf} */
    public PdfFolderCache(KeptFiles files) {
        this.files = files;
    }

    private static String name(String key) {
        return key + ".pdf";
    }

    @Override
    public Optional<byte[]> find(String key) {
        Path file = files.file(name(key));
        try {
            byte[] pdf = Files.readAllBytes(file);
            stamp(file);
            return Optional.of(pdf);
        } catch (IOException e) {
            return Optional.empty(); // none, or unreadable: the build makes it again
        }
    }

    @Override
    public void keep(String key, byte[] pdf) {
        try {
            files.write(name(key), pdf);
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
        files.tidy(UNUSED_FOR, TEMPORARY_FOR);
    }
}

package dev.pamphlet.memory;

import dev.pamphlet.leaflet.KeptFiles;
import dev.pamphlet.leaflet.PdfFolderCache;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

/**
 * Copies of pictures kept as files in a folder of the build cache, tidied as its PDFs are: a copy no build used
 * for {@link #UNUSED_FOR} is removed, and only files Pamphlet wrote are ever removed ({@link KeptFiles}).
 */
final class PictureCopyFolder implements PictureCopyCache {
    static final Duration UNUSED_FOR = Duration.ofDays(30);
    private static final Duration TEMPORARY_FOR = Duration.ofHours(1);

    private final KeptFiles files;

    PictureCopyFolder(KeptFiles files) {
        this.files = files;
    }

    @Override
    public Optional<byte[]> find(String name) {
        try {
            byte[] copy = Files.readAllBytes(files.file(name));
            PdfFolderCache.stamp(files.file(name));
            return Optional.of(copy);
        } catch (IOException e) {
            return Optional.empty(); // none, or unreadable: the build makes it again
        }
    }

    @Override
    public void keep(String name, byte[] copy) {
        try {
            files.write(name, copy);
        } catch (IOException e) {
            // The next build makes this copy again.
        }
    }

    @Override
    public void tidy() {
        files.tidy(UNUSED_FOR, TEMPORARY_FOR);
    }
}

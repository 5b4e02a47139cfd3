package dev.pamphlet.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The build cache as Pamphlet laid it out before cache folders carried {@link CacheGuard#MARKER}: a folder holding
 * {@code pdf/} (PDFs named by a 64-digit hash, leaflet memos, their temporary files) and one folder per output
 * folder named by a 16-digit hash (the build memory, {@code build.bin}, and its temporary files). Frozen, as it
 * describes what older versions wrote: a folder holding exactly this and nothing else is taken to be theirs.
 */
public final class OlderCacheLayout {
    /** The files of its {@code pdf/} folder. */
    public static final Pattern PDF_FOLDER_FILE = Pattern.compile(
            "[0-9a-f]{64}\\.pdf|[0-9a-f]{64}\\d+\\.tmp|inputs-[0-9a-f]{8}-\\d+\\.memo|inputs-\\d+\\.tmp");

    private static final Pattern MEMORY_FOLDER = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern MEMORY_FILE = Pattern.compile("build\\.bin|build\\.bin\\.\\d+-\\d+\\.tmp");

    private OlderCacheLayout() {}

    /** Whether {@code dir} holds an older Pamphlet's build cache and nothing else. */
    public static boolean holds(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
                Pattern files = name.equals("pdf")
                        ? PDF_FOLDER_FILE
                        : MEMORY_FOLDER.matcher(name).matches() ? MEMORY_FILE : null;
                if (files == null || !onlyFiles(entry, files)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean onlyFiles(Path dir, Pattern names) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        || !names.matcher(entry.getFileName().toString()).matches()) {
                    return false;
                }
            }
        }
        return true;
    }
}

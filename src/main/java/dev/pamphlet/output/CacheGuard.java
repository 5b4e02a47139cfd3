package dev.pamphlet.output;

import dev.pamphlet.diag.IoReasons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses build cache folders whose files are not Pamphlet's. A cache is only ever a shortcut, so no folder is
 * worth risking anyone's work for: Pamphlet keeps its cache only in a folder that carries {@link #MARKER}, which
 * it writes when it makes the folder (or takes an empty one), and never in or around the folders it reads and
 * publishes, where its files would be published or deleted with them.
 */
public final class CacheGuard {
    /** Left in every cache folder, so a later build knows the folder is its own to write and tidy. */
    public static final String MARKER = ".pamphlet-cache";

    private static final String MARKER_TEXT = "Made by Pamphlet: its build cache, only ever a shortcut. Safe to"
            + " delete. Pamphlet only ever deletes files here that it wrote itself.\n";

    /** Folders of the operating system, and everything in them: no user's cache belongs there. */
    private static final List<String> SYSTEM_TREES = List.of(
            "/bin",
            "/boot",
            "/dev",
            "/etc",
            "/lib",
            "/lib32",
            "/lib64",
            "/libx32",
            "/proc",
            "/sbin",
            "/sys",
            "/usr",
            "/System",
            "/private/etc",
            "C:\\Windows",
            "C:\\Program Files",
            "C:\\Program Files (x86)");

    /** Folders of the operating system that hold other folders people use, such as {@code /tmp/x}: only they. */
    private static final List<String> SYSTEM_FOLDERS = List.of(
            "/var",
            "/tmp",
            "/opt",
            "/srv",
            "/home",
            "/root",
            "/mnt",
            "/media",
            "/run",
            "/snap",
            "/Users",
            "/Library",
            "/Applications",
            "/Volumes",
            "/private",
            "/private/var",
            "/private/tmp",
            "C:\\Users",
            "C:\\ProgramData");

    private CacheGuard() {}

    /** What a cache folder found fit to use is. */
    public enum Found {
        /** Not there yet: Pamphlet makes it. */
        NEW,
        /** There and empty: Pamphlet takes it. */
        EMPTY,
        /** Carries the marker: made by Pamphlet. */
        MARKED,
        /** Made by a Pamphlet from before caches carried a marker ({@link OlderCacheLayout}). */
        OLDER_CACHE
    }

    /** The folders a build reads and writes, and the user's home folder, that a cache must keep clear of. */
    public record Places(Path content, Path templates, Path output, Path home) {}

    /**
     * Whether {@code cache} may be the build cache.
     *
     * @param found what it is, when it may be; null when it may not
     * @param refusedBecause why not, to follow "it", e.g. {@code is inside the content folder content}; null when
     *     it may
     */
    public record Verdict(Found found, String refusedBecause) {
        static Verdict refused(String why) {
            return new Verdict(null, why);
        }
    }

    /** Decides, reading the disk but writing nothing, whether {@code cache} may be the build cache. */
    public static Verdict check(Path cache, Places places) {
        Path real = OutputGuard.real(cache);
        if (real.getParent() == null) {
            return Verdict.refused("is the root of a filesystem");
        }
        if (places.home() != null && real.equals(OutputGuard.real(places.home()))) {
            return Verdict.refused("is your home folder");
        }
        if (isSystemFolder(real)) {
            return Verdict.refused("is a system folder");
        }
        String near = nearSources(real, places);
        if (near != null) {
            return Verdict.refused(near);
        }
        if (!Files.isDirectory(real)) {
            // Not there yet, or a file: making the folder fails on a file, and the build goes on without a cache.
            return new Verdict(Found.NEW, null);
        }
        if (Files.exists(real.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return new Verdict(Found.MARKED, null);
        }
        try {
            if (isEmpty(real)) {
                return new Verdict(Found.EMPTY, null);
            }
            if (OlderCacheLayout.holds(real)) {
                return new Verdict(Found.OLDER_CACHE, null);
            }
        } catch (IOException e) {
            return Verdict.refused("cannot be read (" + IoReasons.of(e) + ")");
        }
        return Verdict.refused("holds files that Pamphlet did not make (it has no " + MARKER + " marker)");
    }

    /** Makes the cache folder, if need be, and marks it as Pamphlet's. */
    public static void mark(Path cache) throws IOException {
        Files.createDirectories(cache);
        try {
            Files.writeString(
                    cache.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            // Marked already, by this build's claim before or by another build at the same moment.
        }
    }

    /**
     * Compared as written, not resolved, which would cost every build a look-up of each: a system folder that is a
     * link ({@code /bin} to {@code /usr/bin}, macOS's {@code /etc} to {@code /private/etc}) leads into one listed.
     */
    private static boolean isSystemFolder(Path real) {
        for (String tree : SYSTEM_TREES) {
            if (real.startsWith(Path.of(tree))) {
                return true;
            }
        }
        for (String folder : SYSTEM_FOLDERS) {
            if (real.equals(Path.of(folder))) {
                return true;
            }
        }
        return false;
    }

    /** Why the cache is too close to a folder the build reads or writes; null when it is clear of them. */
    private static String nearSources(Path real, Places places) {
        for (Named folder : List.of(
                new Named("content", places.content()),
                new Named("output", places.output()),
                new Named("templates", places.templates()))) {
            Path other = OutputGuard.real(folder.path());
            String what = folder.role() + " folder " + folder.path();
            if (real.equals(other)) {
                return "is the " + what;
            }
            if (real.startsWith(other)) {
                return "is inside the " + what;
            }
            if (other.startsWith(real)) {
                return "contains the " + what;
            }
        }
        return null;
    }

    private record Named(String role, Path path) {}

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}

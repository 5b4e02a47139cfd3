package dev.pamphlet.output;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output folders where replacing the contents could destroy someone's work: the content or templates
 * folder (or anything inside or above them, such as the project root), the home folder, a filesystem root, or
 * a non-empty folder that Pamphlet did not create.
 */
public final class OutputGuard {
    /** Left in every output folder so a later build knows the folder is its own to replace. */
    public static final String MARKER = ".pamphlet-output";

    private OutputGuard() {}

    public static void check(Path output, String outputDisplay, Path content, Path templates) throws ContentException {
        Path out = real(output);
        Path home = real(Path.of(System.getProperty("user.home")));
        Path cwd = real(Path.of("").toAbsolutePath());
        if (out.getParent() == null) {
            throw refuse(outputDisplay, "is the root of a filesystem");
        }
        if (out.equals(home)) {
            throw refuse(outputDisplay, "is your home folder");
        }
        if (out.equals(cwd)) {
            throw refuse(outputDisplay, "is the current (project) folder");
        }
        for (Path source : new Path[] {real(content), real(templates)}) {
            if (out.startsWith(source)) {
                throw refuse(outputDisplay, "is inside the sources folder " + source);
            }
            if (source.startsWith(out)) {
                throw refuse(outputDisplay, "contains the sources folder " + source);
            }
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw refuse(outputDisplay, "is a file, not a folder");
            }
            if (!Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
                throw refuse(outputDisplay, "is not empty and was not made by Pamphlet");
            }
        }
    }

    private static ContentException refuse(String display, String why) {
        return new ContentException(Diagnostic.error(display, 0, 0, "refusing to use this output folder: it " + why)
                .withHint("choose an empty or new folder with --output, e.g. --output target/site;"
                        + " Pamphlet replaces everything in its output folder"));
    }

    private static boolean isEmpty(Path dir) throws ContentException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ContentException(
                    Diagnostic.error(dir.toString(), 0, 0, "cannot read folder: " + IoReasons.of(e)));
        }
    }

    /** The real path of the longest existing prefix, so symlinks and '..' cannot hide where a folder is. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}

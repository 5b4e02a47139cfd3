package dev.pamphlet.content;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Symbolic links in the content folder are followed, but only to files inside it: what the site publishes is
 * what the content folder holds, so a link that leads out of it, or to nothing, is an error that names it.
 */
final class SymbolicLinks {
    private final Path contentDir;
    private Path realContentDir;

    SymbolicLinks(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** What is wrong with {@code path} if it is a symbolic link that cannot be published; empty otherwise. */
    Optional<Diagnostic> problem(Path path) {
        if (path.equals(contentDir) || !Files.isSymbolicLink(path)) {
            return Optional.empty();
        }
        String file = display(path);
        String target = target(path);
        if (!Files.exists(path)) {
            return Optional.of(
                    Diagnostic.error(file, 0, 0, "symbolic link leads to '" + target + "', which does not exist")
                            .withHint("point the link at an existing file, or delete it"));
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(realContentDir())) {
                return Optional.of(
                        Diagnostic.error(file, 0, 0, "symbolic link leads out of the content folder, to '" + real + "'")
                                .withHint("the site publishes only what is inside the content folder: move or"
                                        + " copy the file into it"));
            }
        } catch (IOException e) {
            return Optional.of(unreadable(path, e));
        }
        return Optional.empty();
    }

    /** A file or folder the listing could not read, with the operating system's reason. */
    static Diagnostic unreadable(Path path, IOException e) {
        String file = display(path);
        if (e instanceof FileSystemLoopException) {
            return Diagnostic.error(file, 0, 0, "symbolic link leads back to a folder that contains it (a loop)")
                    .withHint("delete the link, or point it at a folder that does not contain it");
        }
        return Diagnostic.error(
                        file,
                        0,
                        0,
                        "cannot read " + (Files.isDirectory(path) ? "folder" : "file") + ": " + IoReasons.of(e))
                .withHint("check that you may read it (its permissions and its owner)");
    }

    /** As builds show content paths: the folder as it was given, then the path inside it. */
    private static String display(Path path) {
        String s = path.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private Path realContentDir() throws IOException {
        if (realContentDir == null) {
            realContentDir = contentDir.toRealPath();
        }
        return realContentDir;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}

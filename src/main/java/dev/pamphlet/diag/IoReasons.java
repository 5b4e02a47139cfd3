package dev.pamphlet.diag;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * An I/O failure in words: the file and the operating system's reason. Java's file exceptions often carry only the
 * file's name as their message ("permission denied" is the exception's class, not its text), so a message built
 * from {@code getMessage()} alone would say which file but not what went wrong.
 */
public final class IoReasons {
    private IoReasons() {}

    public static String of(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return of(u.getCause());
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "the file system is read-only";
        }
        if (!(e instanceof FileSystemException f)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String reason = f.getReason() != null
                ? f.getReason().toLowerCase(java.util.Locale.ROOT)
                : e instanceof AccessDeniedException
                        ? "permission denied"
                        : e instanceof NoSuchFileException
                                ? "no such file or folder"
                                : e instanceof FileAlreadyExistsException
                                        ? "it already exists"
                                        : e instanceof DirectoryNotEmptyException
                                                ? "the folder is not empty"
                                                : e instanceof NotDirectoryException
                                                        ? "not a folder"
                                                        : e instanceof FileSystemLoopException
                                                                ? "its links form a loop"
                                                                : "input/output error";
        String file = f.getFile();
        String other = f.getOtherFile();
        return (file == null ? "" : file + (other == null ? "" : " -> " + other) + ": ") + reason;
    }
}

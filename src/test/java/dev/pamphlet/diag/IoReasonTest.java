package dev.pamphlet.diag;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK puts the reason for the commonest I/O errors in the exception's type, not its message. */
class IoReasonTest {

    @Test
    void theReasonIsSaidInWordsWithTheFile() {
        assertThat(IoReason.of(new AccessDeniedException("site/.pamphlet-output")))
                .isEqualTo("site/.pamphlet-output: permission denied");
        assertThat(IoReason.of(new NoSuchFileException("a.md"))).isEqualTo("a.md: no such file or folder");
        assertThat(IoReason.of(new NotDirectoryException("a"))).isEqualTo("a: not a folder");
        assertThat(IoReason.of(new DirectoryNotEmptyException("d"))).isEqualTo("d: folder is not empty");
        assertThat(IoReason.of(new FileSystemLoopException("loop"))).isEqualTo("loop: symbolic links form a loop");
        assertThat(IoReason.of(new FileSystemException("a", "b", "Read-only file system")))
                .isEqualTo("a -> b: read-only file system");
        assertThat(IoReason.of(new UncheckedIOException(new AccessDeniedException("x"))))
                .isEqualTo("x: permission denied");
        assertThat(IoReason.of(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(IoReason.of(new IOException())).isEqualTo("input/output error");
    }

    @Test
    void aRealFailureKeepsTheOperatingSystemsReason() throws IOException {
        Path file = Files.createTempFile("pamphlet", ".txt");
        try {
            Files.createDirectory(file.resolve("child"));
        } catch (IOException e) {
            assertThat(IoReason.of(e)).startsWith(file.resolve("child").toString() + ": ").contains("not a directory");
        } finally {
            Files.delete(file);
        }
    }
}

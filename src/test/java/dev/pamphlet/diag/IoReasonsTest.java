package dev.pamphlet.diag;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/** The JDK puts the reason for the commonest I/O errors in the exception's type, not its message. */
class IoReasonsTest {

    @Test
    void theReasonIsSaidInWordsWithTheFile() {
        assertThat(IoReasons.of(new AccessDeniedException("site/.pamphlet-output")))
                .isEqualTo("site/.pamphlet-output: permission denied");
        assertThat(IoReasons.of(new NoSuchFileException("a.md"))).isEqualTo("a.md: no such file or folder");
        assertThat(IoReasons.of(new NotDirectoryException("a"))).isEqualTo("a: not a folder");
        assertThat(IoReasons.of(new DirectoryNotEmptyException("d"))).isEqualTo("d: the folder is not empty");
        assertThat(IoReasons.of(new FileSystemLoopException("loop"))).isEqualTo("loop: its links form a loop");
        assertThat(IoReasons.of(new FileSystemException("a", "b", "Read-only file system")))
                .isEqualTo("a -> b: read-only file system");
        assertThat(IoReasons.of(new UncheckedIOException(new AccessDeniedException("x"))))
                .isEqualTo("x: permission denied");
        assertThat(IoReasons.of(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(IoReasons.of(new IOException())).isEqualTo("IOException");
    }

    @Test
    void aRealFailureKeepsTheOperatingSystemsReason() throws IOException {
        Path file = Files.createTempFile("pamphlet", ".txt");
        try {
            Files.createDirectory(file.resolve("child"));
        } catch (IOException e) {
            assertThat(IoReasons.of(e))
                    .startsWith(file.resolve("child").toString() + ": ")
                    .contains("not a directory");
        } finally {
            Files.delete(file);
        }
    }
}

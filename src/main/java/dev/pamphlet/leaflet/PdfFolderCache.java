package dev.pamphlet.leaflet;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * PDFs kept as files in a folder of the build cache, one per key. A PDF is named by the hash of everything it was
 * made from, so any build, into any output folder, can use any file here: a build into a new folder, or after
 * Pamphlet itself was rebuilt, finds the PDFs an earlier one made. Each file's time says when a build last used
 * it; files no build used for {@link #UNUSED_FOR} are removed. Beside the PDFs, one small file per set of inputs
 * a build made its PDFs from says which PDFs those were ({@link #madeFrom}).
 */
public final class PdfFolderCache implements PdfCache {
    static final Duration UNUSED_FOR = Duration.ofDays(30);
    /** A file used again is stamped at most once a day: a build that finds every PDF writes nothing. */
    private static final Duration STAMP_EVERY = Duration.ofDays(1);

    /** Files that remember which PDFs a build's inputs made: {@code inputs-<checksum>-<length>.bin}. */
    private static final String INPUTS_PREFIX = "inputs-";

    private static final String INPUTS_SUFFIX = ".bin";
    private static final int INPUTS_FORMAT = 1;

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

    /**
     * The file that remembers what a build made from {@code inputs}: named by a checksum of them, it holds them in
     * full, so two different inputs sharing a checksum only take turns, never stand for each other.
     */
    private Path inputsFile(byte[] inputs) {
        CRC32C crc = new CRC32C();
        crc.update(inputs);
        return folder.resolve(INPUTS_PREFIX + Long.toHexString(crc.getValue()) + "-" + inputs.length + INPUTS_SUFFIX);
    }

    @Override
    public Optional<Map<String, String>> madeFrom(byte[] inputs) {
        Path file = inputsFile(inputs);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != INPUTS_FORMAT || in.readInt() != inputs.length) {
                return Optional.empty();
            }
            byte[] was = new byte[inputs.length];
            in.readFully(was);
            if (!Arrays.equals(was, inputs)) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<String, String> keys = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                keys.put(path, in.readUTF());
            }
            stamp(file);
            return Optional.of(keys);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, or damaged: the build makes its print HTML and finds the PDFs by that
        }
    }

    @Override
    public void remember(byte[] inputs, Map<String, String> keysByPath) {
        Path file = inputsFile(inputs);
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, INPUTS_PREFIX, ".tmp");
            try {
                try (DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                    out.writeInt(INPUTS_FORMAT);
                    out.writeInt(inputs.length);
                    out.write(inputs);
                    out.writeInt(keysByPath.size());
                    for (Map.Entry<String, String> e : keysByPath.entrySet()) {
                        out.writeUTF(e.getKey());
                        out.writeUTF(e.getValue());
                    }
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            kept.set(true);
        } catch (IOException e) {
            // The next build makes the print HTML again to find its PDFs.
        }
    }

    /** A file used again is stamped at most once a day, so {@link #tidy} keeps it. */
    private static void stamp(Path file) throws IOException {
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
                if (((name.endsWith(".pdf") || name.endsWith(INPUTS_SUFFIX)) && time.isBefore(cutoff))
                        || (name.endsWith(".tmp") && time.isBefore(tempCutoff))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Tidying is never needed for a build to succeed.
        }
    }
}

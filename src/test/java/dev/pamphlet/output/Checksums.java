package dev.pamphlet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's files and their SHA-256, less the marker (which names the build that made the folder). */
final class Checksums {
    private Checksums() {}

    static Map<String, String> of(Path folder) {
        Map<String, String> sums = new TreeMap<>();
        if (!Files.exists(folder)) {
            return sums;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String rel = folder.relativize(file).toString().replace('\\', '/');
                if (!rel.equals(OutputGuard.MARKER)) {
                    sums.put(rel, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
                }
            }
            return sums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

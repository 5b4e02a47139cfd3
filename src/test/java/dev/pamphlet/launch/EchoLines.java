package dev.pamphlet.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A child JVM's main for {@link ChildJvmTest}: says it started, as Pamphlet does, then prints each argument. */
public final class EchoLines {
    private EchoLines() {}

    public static void main(String[] args) throws IOException {
        Files.deleteIfExists(Path.of(System.getProperty(ChildJvm.STARTED_PROPERTY)));
        for (String arg : args) {
            System.out.println(arg);
        }
    }
}

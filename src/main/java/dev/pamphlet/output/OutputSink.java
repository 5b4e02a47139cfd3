package dev.pamphlet.output;

import java.io.IOException;
import java.nio.file.Path;

/** Where a build puts the files it makes. Safe to call from many threads. */
public interface OutputSink {

    /** Records the file at {@code relativePath} (with '/' separators) with these bytes. */
    void write(String relativePath, byte[] bytes) throws IOException;

    /** Records a copy of {@code source} at {@code relativePath}. */
    void copy(String relativePath, Path source) throws IOException;

    /**
     * Records that the file at {@code relativePath} is still made and is already published as it should be, so
     * a rebuild that knows a file is unchanged need not render or compare it again.
     */
    default void keep(String relativePath) throws IOException {}

    /** For {@code check}: renders everything, writes nothing. */
    static OutputSink discarding() {
        return new OutputSink() {
            @Override
            public void write(String relativePath, byte[] bytes) {}

            @Override
            public void copy(String relativePath, Path source) {}
        };
    }
}

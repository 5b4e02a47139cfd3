package dev.pamphlet.output;

import java.io.IOException;
import java.util.Set;

/**
 * Where a build writes the site it means to publish: nothing a reader sees changes until {@link #commit}, which a
 * build calls only when it found no errors; closing without a commit leaves the published site as it was.
 */
public interface PublishingOutput extends OutputSink, AutoCloseable {

    /** Starts making what was written so far durable while the build goes on, where that helps. */
    void flushAhead();

    /**
     * Publishes what the build wrote, marking the folder with {@code buildId} (or no id when null).
     *
     * @return what was written, kept and removed
     */
    StagedOutput.Result commit(String buildId) throws IOException;

    /** Every file this build makes (written, copied or kept). */
    Set<String> produced();

    @Override
    void close();
}

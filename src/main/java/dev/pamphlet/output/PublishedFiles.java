package dev.pamphlet.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The files the last build of this process published into its output folder, for a preview: its next rebuild
 * then patches the folder in place ({@link PatchedOutput}) instead of staging the whole site again.
 */
public final class PublishedFiles {
    private final boolean patching;
    private volatile Set<String> files;

    private PublishedFiles(boolean patching) {
        this.patching = patching;
    }

    /** A preview's record: its rebuilds patch what its last build published. */
    public static PublishedFiles remembered() {
        return new PublishedFiles(true);
    }

    /** No record: every build stages the whole site (a {@code build}, which may run beside another process). */
    public static PublishedFiles none() {
        return new PublishedFiles(false);
    }

    /**
     * Where a build writes: in place when this process published the folder and nothing has put that in doubt
     * since (the marker is still there), else a whole staged site.
     */
    public PublishingOutput outputFor(Path output, OutputLock lock) throws IOException {
        Set<String> now = files;
        boolean known = now != null && Files.isRegularFile(output.resolve(OutputGuard.MARKER));
        return known ? new PatchedOutput(output, now) : new StagedOutput(output, lock);
    }

    /** Whether the next build patches the folder. */
    public boolean known() {
        return files != null;
    }

    /** A build published exactly these files. */
    public void published(Set<String> produced) {
        if (patching) {
            files = Set.copyOf(produced);
        }
    }

    /** What the folder holds is no longer known (a failed write, missed changes): the next build stages it whole. */
    public void forget() {
        files = null;
    }
}

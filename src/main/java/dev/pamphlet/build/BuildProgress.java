package dev.pamphlet.build;

/**
 * Told how far a build is, for a progress line on a terminal. Called from the build's worker threads at once.
 */
public interface BuildProgress {
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void stage(String name, int total) {}

        @Override
        public void done() {}
    };

    /** A new stage begins, e.g. "rendering", with {@code total} items to go, or 0 when they are not counted. */
    void stage(String name, int total);

    /** One item of the current stage is done. */
    void done();
}

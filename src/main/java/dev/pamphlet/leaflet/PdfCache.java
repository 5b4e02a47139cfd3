package dev.pamphlet.leaflet;

import java.util.Optional;

/**
 * PDFs already made, by the key of their inputs ({@link LeafletKey}). Only ever a shortcut: a PDF it does not
 * have is made again.
 */
public interface PdfCache {

    Optional<byte[]> find(String key);

    /** Keeps a PDF just made; a failure to keep it costs the next build that PDF again, never this one. */
    void keep(String key, byte[] pdf);

    /** Called once a build has found or kept every PDF it needs: a chance to drop what no build uses any more. */
    default void tidy() {}

    static PdfCache none() {
        return new PdfCache() {
            @Override
            public Optional<byte[]> find(String key) {
                return Optional.empty();
            }

            @Override
            public void keep(String key, byte[] pdf) {}
        };
    }
}

package dev.pamphlet.leaflet;

import java.util.Map;
import java.util.Optional;

/**
 * Which PDFs a build made from the same inputs as this one (the same content, settings, templates, date and
 * Pamphlet), so a build into a new folder takes them without making their print HTML to hash. Only ever a
 * shortcut: without it, each PDF is found by its print HTML.
 */
public interface LeafletMemo {

    /**
     * The cache keys of the PDFs a build made from these inputs, by where each goes; empty when none is known.
     *
     * @param edition the language of the edition the PDFs are of
     */
    Optional<Map<String, String>> keys(String edition);

    /** Remembers the PDFs of this build's edition; a failure to remember costs the next build its print HTML. */
    void remember(String edition, Map<String, String> keysByPath);

    LeafletMemo NONE = new LeafletMemo() {
        @Override
        public Optional<Map<String, String>> keys(String edition) {
            return Optional.empty();
        }

        @Override
        public void remember(String edition, Map<String, String> keysByPath) {}
    };
}

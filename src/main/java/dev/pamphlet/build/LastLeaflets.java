package dev.pamphlet.build;

import dev.pamphlet.leaflet.LeafletMemo;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDF leaflets the last build of a preview made, for a preview's quick rebuild: after an edit the pages are
 * published first, with the leaflets (and the sizes the pages show) as they last were, and the leaflets are made
 * again once the editor pauses. Making them costs more than all the pages of a small site together, and the
 * guide's changes size with every edit, which every page shows.
 */
public final class LastLeaflets {
    private final Map<String, Map<String, String>> keysByEdition = new ConcurrentHashMap<>();

    /** Whether a build has made leaflets since this was made: until then there are none to reuse. */
    public boolean known() {
        return !keysByEdition.isEmpty();
    }

    /** {@code memo}, with what builds remember through it kept here too. */
    LeafletMemo recording(LeafletMemo memo) {
        return new LeafletMemo() {
            @Override
            public Optional<Map<String, String>> keys(String edition) {
                return memo.keys(edition);
            }

            @Override
            public void remember(String edition, Map<String, String> keysByPath) {
                keysByEdition.put(edition, Map.copyOf(keysByPath));
                memo.remember(edition, keysByPath);
            }
        };
    }

    /** A memo that answers with the last leaflets made, whatever changed since. */
    LeafletMemo asLastMade() {
        return new LeafletMemo() {
            @Override
            public Optional<Map<String, String>> keys(String edition) {
                return Optional.ofNullable(keysByEdition.get(edition));
            }

            @Override
            public void remember(String edition, Map<String, String> keysByPath) {
                keysByEdition.put(edition, Map.copyOf(keysByPath));
            }
        };
    }
}

package dev.pamphlet.build;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The wall-clock time a build spent in each stage, for {@code --verbose}: where a preview's rebuild goes, as a
 * profile of samples cannot say for a build of a few milliseconds. Stages met more than once (one per language)
 * add up.
 */
final class StageTimes {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** The time since the last mark (or since this was made) was spent on {@code stage}. */
    void mark(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - last, Long::sum);
        last = now;
    }

    /** E.g. "time by stage: read 4.1 ms, pages 12.0 ms"; empty when nothing was marked. */
    Optional<String> summary() {
        if (nanos.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(nanos.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue() / 1e6) + " ms")
                .collect(Collectors.joining(", ", "time by stage: ", "")));
    }
}

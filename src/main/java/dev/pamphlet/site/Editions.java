package dev.pamphlet.site;

import java.util.List;

/**
 * A site in each of its languages, the default first: one {@link Site} per language. A site in one language
 * has one.
 */
public record Editions(List<Site> sites) {

    public Site main() {
        return sites.get(0);
    }

    /** Every page in every language. */
    public int pageCount() {
        return sites.stream().mapToInt(s -> s.guide().size()).sum();
    }
}

package dev.pamphlet.markdown;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Medical words and their plain explanations, from {@code content/glossary.yml}, in the file's order.
 * The first use of each word on a page links to its entry on the glossary page.
 */
public record Glossary(List<Term> terms) {
    public static final Glossary EMPTY = new Glossary(List.of());

    /**
     * @param term        the word as written in glossary.yml, e.g. "basal ganglia"
     * @param explanation one or two plain sentences
     * @param id          the entry's id on the glossary page, e.g. {@code basal-ganglia}
     */
    public record Term(String term, String explanation, String id) {}

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Terms from longest to shortest, so "iron deficiency anaemia" is found before "anaemia". */
    public List<Term> longestFirst() {
        return terms.stream()
                .sorted(Comparator.comparingInt((Term t) -> t.term().length())
                        .reversed()
                        .thenComparing(Term::term))
                .toList();
    }

    /** Terms alphabetically, as the glossary page lists them. */
    public List<Term> alphabetical() {
        return terms.stream()
                .sorted(Comparator.comparing((Term t) -> t.term().toLowerCase(Locale.ROOT)))
                .toList();
    }
}

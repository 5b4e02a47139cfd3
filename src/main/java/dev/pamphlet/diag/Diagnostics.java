package dev.pamphlet.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found across the site so they can be reported together, sorted, with a count.
 * Thread-safe: pages are checked in parallel.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return copy;
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }
}

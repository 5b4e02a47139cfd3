package dev.pamphlet.diag;

/**
 * Thrown where a stage cannot go on with one input; carries the diagnostic that explains why.
 * Callers record it and move on to the next input, so one bad file never hides the others' problems.
 */
public final class ContentException extends Exception {
    private final transient Diagnostic diagnostic;

    public ContentException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}

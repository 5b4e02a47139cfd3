package dev.pamphlet.source;

import dev.pamphlet.diag.Diagnostic;

/** A deferred source (see {@link SourceText#deferred}) could not be read when its text was needed. */
public final class UnreadableSourceException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public UnreadableSourceException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}

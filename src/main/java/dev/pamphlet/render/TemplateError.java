package dev.pamphlet.render;

import dev.pamphlet.diag.Diagnostic;

/** A template failed; carries the diagnostic naming the template, its line and the page being rendered. */
public final class TemplateError extends Exception {
    private final transient Diagnostic diagnostic;

    public TemplateError(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}

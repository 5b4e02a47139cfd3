package dev.pamphlet.diag;

/**
 * The last defence against a file nested deeper than the limits on nesting foresee: the stack ran out while the file
 * was being processed (in a library's recursion, or in a template macro that calls itself). It is reported against
 * that file like any other mistake in it, and the run goes on to report the rest, instead of ending with a trace.
 */
public final class StackExhaustion {
    private StackExhaustion() {}

    /** The error for {@code file}, whose processing ran out of stack. */
    public static Diagnostic in(String file) {
        return Diagnostic.error(file, 0, 0, "too deeply nested to process: Pamphlet ran out of stack on this file")
                .withHint("flatten its nesting (lists, quotes, callouts, emphasis, links, HTML elements, YAML values);"
                        + " if it is not deeply nested, look for a template macro that calls itself without end");
    }
}

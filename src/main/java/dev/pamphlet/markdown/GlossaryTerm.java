package dev.pamphlet.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The first use of a glossary word on a page: rendered as a link to its explanation. */
final class GlossaryTerm extends Node implements DoNotDecorate {
    private final String href;
    private final String explanation;

    GlossaryTerm(BasedSequence chars, String href, String explanation) {
        super(chars);
        this.href = href;
        this.explanation = explanation;
    }

    String href() {
        return href;
    }

    String explanation() {
        return explanation;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

package dev.pamphlet.markdown;

import java.util.Map;

/**
 * The words Pamphlet itself writes into a page's body, in the page's language (they come from its interface
 * text), and where the body's glossary links go.
 *
 * @param callouts     each advice box's spoken prefix and default heading
 * @param glossaryPage the glossary page's path from the site root, e.g. {@code cy/glossary.html}
 */
public record BodyText(Map<Callout, CalloutText> callouts, String glossaryPage) {
    public static final String GLOSSARY_PAGE = "glossary.html";

    /**
     * English, for renderers made without a language (tests, warming up the libraries). Pages always get their
     * language's text from its message file; a test checks that this matches the English file.
     */
    public static final BodyText ENGLISH = new BodyText(
            Map.of(
                    Callout.INFO, new CalloutText("Important: ", "Information"),
                    Callout.NON_URGENT, new CalloutText("Non-urgent advice: ", "See a GP if:"),
                    Callout.URGENT, new CalloutText("Urgent advice: ", "Get urgent medical advice if:"),
                    Callout.IMMEDIATE, new CalloutText("Immediate action required: ", "Get help immediately if:")),
            GLOSSARY_PAGE);

    /**
     * @param spokenPrefix what screen readers hear before the heading ("Urgent advice: "): the box's colour
     *                     tells sighted readers the same
     * @param heading      the heading when the author gives none
     */
    public record CalloutText(String spokenPrefix, String heading) {}

    public CalloutText of(Callout callout) {
        return callouts.get(callout);
    }
}

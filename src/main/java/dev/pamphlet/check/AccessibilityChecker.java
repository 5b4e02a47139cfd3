package dev.pamphlet.check;

import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Mistakes that shut some readers out: images without alt text, headings that skip a level (screen-reader users
 * navigate by them), link text that means nothing out of context, and raw HTML (left out unless site.yml allows it).
 */
public final class AccessibilityChecker {
    static final Set<String> VAGUE_LINK_TEXT = Set.of(
            "click here",
            "here",
            "click",
            "read more",
            "more",
            "link",
            "this link",
            "this page",
            "this",
            "go",
            "more info",
            "more information",
            "learn more",
            "find out more");

    private static final Pattern PUNCTUATION_AND_SPACE = Pattern.compile("[\\p{Punct}\\s]+");

    private final boolean allowHtml;

    public AccessibilityChecker(boolean allowHtml) {
        this.allowHtml = allowHtml;
    }

    public void check(Article article, RenderedMarkdown body, Function<String, String> display, List<Diagnostic> out) {
        String file = display.apply(article.path());
        for (RenderedMarkdown.LinkRef link : body.links()) {
            String text = link.text().strip();
            if (link.image() && text.isEmpty()) {
                out.add(Diagnostic.warning(
                                file, link.line(), link.column(), "image '" + link.url() + "' has no alt text")
                        .withSourceLine(article.source().line(link.line()))
                        .withHint("describe the image between the brackets: ![what the image shows](" + link.url()
                                + ")"));
            } else if (!link.image() && VAGUE_LINK_TEXT.contains(normalise(text))) {
                out.add(Diagnostic.warning(
                                file,
                                link.line(),
                                link.column(),
                                "link text '" + text + "' does not say where the link goes")
                        .withSourceLine(article.source().line(link.line()))
                        .withHint(
                                "use words that make sense on their own, e.g. [things that make symptoms worse](...)"));
            }
        }
        int previous = 1;
        for (RenderedMarkdown.Heading h : body.headings()) {
            if (h.level() == 1) {
                out.add(Diagnostic.warning(
                                file,
                                h.line(),
                                h.column(),
                                "heading level 1 in the body: the page title is" + " already the main heading")
                        .withHint("use '##' for sections"));
            } else if (h.level() > previous + 1) {
                out.add(Diagnostic.warning(
                                file,
                                h.line(),
                                h.column(),
                                "heading '" + h.text() + "' skips from level " + previous + " to level " + h.level())
                        .withSourceLine(article.source().line(h.line()))
                        .withHint("use " + "#".repeat(previous + 1) + " here, or add the missing level above it"));
            }
            previous = h.level();
        }
        if (!allowHtml) {
            for (RenderedMarkdown.Position p : body.rawHtml()) {
                out.add(
                        Diagnostic.warning(
                                        file,
                                        p.line(),
                                        p.column(),
                                        (p.wordsKept()
                                                        ? "raw HTML tags left out of the page, their words kept as"
                                                                + " plain text: "
                                                        : "raw HTML left out of the page: ")
                                                + p.snippet())
                                .withSourceLine(article.source().line(p.line()))
                                .withHint(
                                        "write it in Markdown, or set 'allow_html: true' in site.yml if you trust every author"));
            }
        }
    }

    private static String normalise(String text) {
        return PUNCTUATION_AND_SPACE
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }
}

package dev.pamphlet.check;

import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown;
import java.util.List;
import java.util.function.Function;

/**
 * What an editor has still to complete, marked {@code TODO:} (as {@code pamphlet import} marks it): in the front
 * matter a warning, so the page builds while it is completed; as a picture's alt text an error, since a reader who
 * cannot see the picture would be told nothing of it.
 */
public final class PlaceholderChecker {
    public static final String MARK = "TODO:";

    public void check(Article article, RenderedMarkdown body, Function<String, String> display, List<Diagnostic> out) {
        String file = display.apply(article.path());
        for (int line = 2; line < article.bodyStartLine() - 1; line++) {
            String text = article.source().line(line);
            int at = text.indexOf(MARK);
            if (at < 0) {
                continue;
            }
            String what = text.substring(at + MARK.length())
                    .replaceAll("\"\\s*(#.*)?$", "")
                    .strip();
            String key = text.strip().replaceFirst("^-\\s*", "").replaceFirst(":.*", "");
            out.add(Diagnostic.warning(file, line, at + 1, "to complete: " + what)
                    .withSourceLine(text)
                    .withHint("write the real value of '" + key + "' and remove the 'TODO:' mark"));
        }
        for (RenderedMarkdown.LinkRef link : body.links()) {
            if (link.image() && link.text().strip().startsWith(MARK)) {
                out.add(Diagnostic.error(
                                file,
                                link.line(),
                                link.column(),
                                "picture '" + link.url() + "' has no description, only a placeholder")
                        .withSourceLine(article.source().line(link.line()))
                        .withHint("describe the picture between the brackets: ![what the picture shows](" + link.url()
                                + "); in Word, it is the picture's Alt Text"));
            }
        }
    }
}

package dev.pamphlet.content;

import dev.pamphlet.diag.Diagnostic;
import java.util.List;
import java.util.regex.Pattern;

/** An article with front matter and nothing after it would publish a page with a title and no information. */
final class EmptyBody {
    private static final Pattern COMMENTS = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

    private EmptyBody() {}

    /** @param fenceLine the line of the '---' that closes the front matter, where the warning points */
    static void check(Article article, int fenceLine, List<Diagnostic> problems) {
        String body = article.body();
        // Most bodies have no comment: they are not copied to find out whether anything is left without them.
        if (!body.isBlank()
                && (body.indexOf("<!--") < 0
                        || !COMMENTS.matcher(body).replaceAll("").isBlank())) {
            return;
        }
        problems.add(Diagnostic.warning(
                        article.source().displayPath(), fenceLine, 1, "the article has no text after its front matter")
                .withSourceLine(article.source().line(fenceLine))
                .withHint("write the article below this '---' line, or mark it 'draft: true' until it is written"));
    }
}

package dev.pamphlet.check;

import dev.pamphlet.config.Governance;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.diag.Diagnostic;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The checks a publisher's governance asks of each page: reviewed on time (see {@link ReviewDateChecker}), and
 * the author and clinical reviewer named where {@code site.yml} requires them.
 */
public final class GovernanceChecker {
    private final ReviewDateChecker reviews;
    private final Governance policy;

    public GovernanceChecker(LocalDate today, Governance policy) {
        this.reviews = new ReviewDateChecker(today, policy);
        this.policy = policy;
    }

    public void check(Article article, Function<String, String> display, List<Diagnostic> out) {
        reviews.check(article, display, out);
        FrontMatter meta = article.meta();
        for (String key : policy.required()) {
            boolean missing = key.equals("author")
                    ? meta.authors().isEmpty()
                    : meta.reviewers().isEmpty();
            if (missing) {
                String who = key.equals("author") ? "author" : "clinical reviewer";
                out.add(Diagnostic.error(
                                display.apply(article.path()),
                                1,
                                0,
                                "missing '" + key + "': the site" + " requires every page to name its " + who)
                        .withSourceLine(article.source().line(1))
                        .withHint("add '" + key + ": Name' or '" + key + ": {name: ..., role: ...}' to the front"
                                + " matter; 'require' in site.yml sets what pages must have"));
            }
        }
    }
}

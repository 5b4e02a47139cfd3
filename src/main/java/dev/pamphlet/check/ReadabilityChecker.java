package dev.pamphlet.check;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Patient pages must be easy to read: warns about a high reading age and about long sentences. */
public final class ReadabilityChecker {
    /** Pages shorter than this are not scored: a score of a few sentences says little. */
    static final int MIN_WORDS = 50;

    private final SiteConfig config;

    public ReadabilityChecker(SiteConfig config) {
        this.config = config;
    }

    public Readability.Score check(Article article, RenderedMarkdown body, Function<String, String> display,
                                   List<Diagnostic> out) {
        String file = display.apply(article.path());
        Readability.Score total = new Readability.Score(0, 0, 0);
        // One pass per sentence serves both the long-sentence warning and the score.
        for (RenderedMarkdown.TextBlock block : body.paragraphs()) {
            for (String sentence : Readability.sentences(block.text())) {
                List<String> words = Readability.words(sentence);
                if (words.size() > config.maxSentenceWords()) {
                    out.add(Diagnostic.warning(file, block.line(), 0, "sentence of " + words.size()
                                    + " words (more than " + config.maxSentenceWords() + "): '" + opening(words) + "'")
                            .withHint("split it into shorter sentences"));
                }
                total = Readability.combine(total, Readability.score(words));
            }
        }
        if (total.words() >= MIN_WORDS && total.readingAge() > config.maxReadingAge()) {
            out.add(Diagnostic.warning(file, article.bodyStartLine(), 0, String.format(Locale.ROOT,
                            "hard to read: reading age %.1f (Flesch reading ease %.0f), above the site's limit of %.0f",
                            total.readingAge(), total.readingEase(), config.maxReadingAge()))
                    .withHint("use shorter sentences and shorter, everyday words; set 'max_reading_age' in site.yml"
                            + " to change the limit"));
        }
        return total;
    }

    private static String opening(List<String> words) {
        return String.join(" ", words.subList(0, Math.min(8, words.size()))) + " …";
    }
}

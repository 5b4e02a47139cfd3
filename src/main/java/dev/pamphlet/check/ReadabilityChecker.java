package dev.pamphlet.check;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/** Patient pages must be easy to read: warns about a high reading age and about long sentences. */
public final class ReadabilityChecker {
    /** Pages shorter than this are not scored: a score of a few sentences says little. */
    public static final int MIN_WORDS = 50;

    /** What the report and the page's score show for a language no formula here is made for. */
    public static final String NOT_MEASURED = "not measured";

    private final SiteConfig config;
    private final boolean measured;

    /** For pages in the site's default language. */
    public ReadabilityChecker(SiteConfig config) {
        this(config, config.language());
    }

    /**
     * For pages in {@code language}. The reading age is the Flesch-Kincaid grade, made for English (its weights
     * fit English words and syllables): pages in other languages get no score and no warning about one, only
     * the warning about long sentences.
     */
    public ReadabilityChecker(SiteConfig config, String language) {
        this.config = config;
        this.measured = "en".equalsIgnoreCase(language.split("-", 2)[0]);
    }

    /** Whether pages in this checker's language get a reading age. */
    public boolean measures() {
        return measured;
    }

    public Readability.Score check(
            Article article, RenderedMarkdown body, Function<String, String> display, List<Diagnostic> out) {
        String file = display.apply(article.path());
        Readability.Score total = new Readability.Score(0, 0, 0);
        // One pass per sentence serves both the long-sentence warning and the score.
        for (RenderedMarkdown.TextBlock block : body.paragraphs()) {
            for (String sentence : Readability.sentences(block.text())) {
                Readability.Score score = Readability.sentenceScore(sentence);
                if (score.words() > config.maxSentenceWords()) {
                    out.add(Diagnostic.warning(
                                    file,
                                    block.line(),
                                    0,
                                    "sentence of " + score.words()
                                            + " words (more than " + config.maxSentenceWords() + "): '"
                                            + opening(sentence) + "'")
                            .withHint("split it into shorter sentences"));
                }
                total = Readability.combine(total, score);
            }
        }
        if (measured && total.words() >= MIN_WORDS && total.readingAge() > config.maxReadingAge()) {
            out.add(Diagnostic.warning(
                            file,
                            article.bodyStartLine(),
                            0,
                            "hard to read: reading age "
                                    + decimals(total.readingAge(), 1) + " (Flesch reading ease "
                                    + decimals(total.readingEase(), 0)
                                    + "), above the site's limit of " + decimals(config.maxReadingAge(), 0))
                    .withHint("use shorter sentences and shorter, everyday words; set 'max_reading_age' in site.yml"
                            + " to change the limit"));
        }
        return total;
    }

    /**
     * {@code value} rounded as {@code String.format("%.Nf")} rounds it (half up, from its shortest decimal form),
     * without the cost of a formatter: on a big site, many pages get this warning.
     */
    static String decimals(double value, int places) {
        String rounded =
                BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return value < 0 && !rounded.startsWith("-") ? "-" + rounded : rounded; // as "-0.0"
    }

    /** The first eight words of a long sentence, to name it: a sentence of thousands is not split whole. */
    private static String opening(String sentence) {
        return String.join(" ", Readability.words(sentence, 8)) + " …";
    }
}

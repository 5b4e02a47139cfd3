package dev.pamphlet.check;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.site.Editions;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A translation must keep up with the clinical review of its source: it says which review it translates
 * ({@code translates_review}), and is out of date once the source was reviewed again after that.
 */
public final class TranslationChecker {
    private final Function<String, String> display;

    public TranslationChecker(Function<String, String> display) {
        this.display = display;
    }

    /** A translation whose source was reviewed since it was translated. */
    public record Outdated(Page translation, Page source) {}

    public List<Diagnostic> check(Editions editions) {
        List<Diagnostic> out = new ArrayList<>();
        for (Site site : editions.sites()) {
            if (site.language().isDefault()) {
                continue;
            }
            Translations all = site.translations();
            for (Page page : site.guide()) {
                String file = display.apply(page.article().path());
                Page source = all.in(site.basePath(page), all.main());
                if (source == null) {
                    continue;
                }
                if (page.article().meta().translatesReview() == null) {
                    out.add(Diagnostic.warning(
                                    file,
                                    1,
                                    1,
                                    "translation does not say which review of "
                                            + display.apply(source.article().path()) + " it translates")
                            .withSourceLine(page.article().source().line(1))
                            .withHint("add 'translates_review: "
                                    + source.article().meta().contentDate()
                                    + "' (the source's 'reviewed' date it was translated from)"));
                    continue;
                }
                if (all.newerSource(page, site.language()) != null) {
                    int line = page.article().lineOf("translates_review");
                    out.add(Diagnostic.warning(
                                    file,
                                    line,
                                    1,
                                    "translation is out of date: it translates the"
                                            + " review of "
                                            + page.article().meta().translatesReview() + ", but "
                                            + display.apply(source.article().path()) + " was reviewed again on "
                                            + source.article().meta().contentDate())
                            .withSourceLine(page.article().source().line(line))
                            .withHint("have the translation brought up to date, then set 'translates_review: "
                                    + source.article().meta().contentDate() + "'"));
                }
            }
        }
        return out;
    }

    /** Every translation whose source was reviewed since it was translated, for reports. */
    public static List<Outdated> outdated(Editions editions) {
        List<Outdated> out = new ArrayList<>();
        for (Site site : editions.sites()) {
            for (Page page : site.guide()) {
                Page source = site.translations().newerSource(page, site.language());
                if (source != null) {
                    out.add(new Outdated(page, source));
                }
            }
        }
        return out;
    }
}

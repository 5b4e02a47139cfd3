package dev.pamphlet.build;

import dev.pamphlet.check.LinkChecker;
import dev.pamphlet.check.PageFacts;
import dev.pamphlet.check.PictureChecker;
import dev.pamphlet.check.Pictures;
import dev.pamphlet.check.ReviewDateChecker;
import dev.pamphlet.check.SitePictures;
import dev.pamphlet.check.StaticFileChecker;
import dev.pamphlet.check.TranslationChecker;
import dev.pamphlet.config.Branding;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.site.Editions;
import dev.pamphlet.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The build's checks of the whole site, made once its pages are: links and pictures across pages, files in the
 * content folder that would run a script, translations, and the review dates summed up.
 */
final class CheckStage {
    private final BuildContext build;

    CheckStage(BuildContext build) {
        this.build = build;
    }

    /**
     * Checks what needs every page known.
     *
     * @param tree every Markdown file, including those whose own checks failed (not reported twice)
     */
    void site(Editions editions, List<PageFacts> facts, ContentTree tree, Pictures pictures) {
        Site site = editions.main();
        activeFiles(site);
        build.diagnostics()
                .addAll(new LinkChecker(
                                site, facts, build.display(), Set.copyOf(tree.markdown()), site.translations()::reached)
                        .check());
        build.diagnostics()
                .addAll(new PictureChecker(
                                new SitePictures(site, pictures), site.config().maxPictureKb(), build.display())
                        .check(facts));
        build.diagnostics().addAll(new TranslationChecker(build.display()).check(editions));
    }

    /**
     * The content folder's HTML, SVG and XML files, unless the site allows raw HTML (its SVG logo even then): a
     * script in one would run on the site's address. Read on every build, whatever the memory says was
     * published: a file allowed before may not be now.
     */
    private void activeFiles(Site site) {
        if (!site.config().allowHtml()) {
            build.diagnostics()
                    .addAll(new StaticFileChecker(build.options().contentDir(), build.display())
                            .check(site.staticFiles()));
            return;
        }
        // The logo is on every page: an SVG one is held to the check even where raw HTML is allowed.
        Branding.Logo logo = site.config().branding().logo();
        if (logo != null && logo.isSvg()) {
            build.diagnostics()
                    .addAll(StaticFileChecker.withoutExceptions(build.options().contentDir(), build.display())
                            .check(List.of(logo.file())));
        }
    }

    /** The lines that sum up the review dates: pages overdue or due soon, and sections overdue. */
    List<String> reviewSummary(List<Article> articles, Editions editions) {
        ReviewDateChecker reviews = new ReviewDateChecker(build.options().today());
        long overdue = articles.stream()
                .filter(a -> reviews.status(a) == ReviewDateChecker.Status.OVERDUE)
                .count();
        long soon = articles.stream()
                .filter(a -> reviews.status(a) == ReviewDateChecker.Status.DUE_SOON)
                .count();
        List<String> lines = new ArrayList<>();
        String line = ReviewDateChecker.summary(overdue, soon);
        if (line != null) {
            lines.add(line);
        }
        if (editions != null) {
            lines.addAll(reviews.overdueSections(editions.main()));
        }
        return lines;
    }
}

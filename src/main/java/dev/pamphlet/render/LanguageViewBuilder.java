package dev.pamphlet.render;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.language.Language;
import dev.pamphlet.render.LanguageViews.AlternateView;
import dev.pamphlet.render.LanguageViews.LanguageView;
import dev.pamphlet.render.LanguageViews.OutdatedView;
import dev.pamphlet.render.Views.DateView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.Translations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds {@code lang}: a page's language, its translations, and whether its source is newer. */
final class LanguageViewBuilder {
    private final Site site;
    private final Function<String, String> absoluteUrl;
    private final Function<LocalDate, DateView> date;

    LanguageViewBuilder(Site site, Function<String, String> absoluteUrl, Function<LocalDate, DateView> date) {
        this.site = site;
        this.absoluteUrl = absoluteUrl;
        this.date = date;
    }

    LanguageView of(Page page) {
        Translations all = site.translations();
        Language here = site.language();
        List<AlternateView> alternates = new ArrayList<>();
        List<AlternateView> switcher = new ArrayList<>();
        String xDefault = null;
        if (all.isMultilingual()) {
            List<Translations.Version> versions = all.versions(site.basePath(page));
            for (Translations.Version v : versions) {
                alternates.add(alternate(v.language(), page, v.page()));
                if (v.language().isDefault()) {
                    xDefault = absoluteUrl.apply(v.page().outputPath());
                }
            }
            for (Language l : all.languages()) {
                Page there = versions.stream()
                        .filter(v -> v.language().tag().equals(l.tag()))
                        .map(v -> v.page())
                        .findFirst()
                        .orElse(all.in("index.md", l));
                if (there != null) {
                    switcher.add(alternate(l, page, there));
                }
            }
        }
        return new LanguageView(
                here.tag(),
                here.direction(),
                here.name(),
                here.folder(),
                absoluteUrl.apply(here.folder() + "index.html"),
                alternates.size() > 1 ? alternates : List.of(),
                alternates.size() > 1 ? xDefault : null,
                switcher,
                outdated(page));
    }

    /** For the site-wide pages (search, glossary): the switcher leads to each language's home page. */
    LanguageView ofSite() {
        return ofSite(site.language().folder() + "index.html");
    }

    /** For a page Pamphlet makes of its own at {@code path} (a hub, the A to Z): as for the site-wide pages. */
    LanguageView ofSite(String path) {
        Translations all = site.translations();
        Language here = site.language();
        List<AlternateView> switcher = new ArrayList<>();
        String root = new Page(null, path, 1).root();
        if (all.isMultilingual()) {
            for (Language l : all.languages()) {
                Page home = all.in("index.md", l);
                if (home != null) {
                    switcher.add(new AlternateView(
                            l.tag(),
                            l.name(),
                            l.direction(),
                            root + PercentEncoding.path(home.outputPath()),
                            absoluteUrl.apply(home.outputPath()),
                            home.outputPath(),
                            l.tag().equals(here.tag())));
                }
            }
        }
        return new LanguageView(
                here.tag(),
                here.direction(),
                here.name(),
                here.folder(),
                absoluteUrl.apply(here.folder() + "index.html"),
                List.of(),
                null,
                switcher,
                null);
    }

    private AlternateView alternate(Language language, Page from, Page to) {
        return new AlternateView(
                language.tag(),
                language.name(),
                language.direction(),
                from.root() + PercentEncoding.path(to.outputPath()),
                absoluteUrl.apply(to.outputPath()),
                to.outputPath(),
                language.tag().equals(site.language().tag()));
    }

    /** On a translation whose source was reviewed again since: when, and a link to it. */
    private OutdatedView outdated(Page page) {
        Translations all = site.translations();
        Page source = all.newerSource(page, site.language());
        if (source == null) {
            return null;
        }
        return new OutdatedView(
                site.language().nameOf(all.main()),
                all.main().tag(),
                date.apply(source.article().meta().contentDate()),
                page.root() + PercentEncoding.path(source.outputPath()));
    }
}

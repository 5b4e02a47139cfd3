package dev.pamphlet.build;

import dev.pamphlet.check.AccessibilityChecker;
import dev.pamphlet.check.ForeignContentChecker;
import dev.pamphlet.check.GovernanceChecker;
import dev.pamphlet.check.LinkChecker;
import dev.pamphlet.check.PageFacts;
import dev.pamphlet.check.PlaceholderChecker;
import dev.pamphlet.check.ReadabilityChecker;
import dev.pamphlet.check.SitePictures;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.leaflet.Leaflets;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.markdown.MarkdownRenderer;
import dev.pamphlet.markdown.PageLinks;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.memory.BuildMemory.RenderedPage;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.render.SearchIndex;
import dev.pamphlet.render.SiteOutputs;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.UnbuiltOutputs;
import dev.pamphlet.render.Views.PageView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Renders one page of a site: its Markdown, the page's own checks, its search entry, its template, and writes it.
 * Safe to call from many threads at once; built once per build.
 */
final class PageRenderer {
    static final String HOME_TEMPLATE = "home.ftlh";
    static final String ARTICLE_TEMPLATE = "article.ftlh";

    private final Site site;
    private final MarkdownRenderer markdown;
    private final PageViewBuilder views;
    private final GovernanceChecker reviews;
    private final ReadabilityChecker readability;
    private final AccessibilityChecker accessibility;
    private final ForeignContentChecker foreign;
    private final PlaceholderChecker placeholders = new PlaceholderChecker();
    private final TemplateRenderer templates;
    private final SearchIndex search;
    private final OutputSink sink;
    private final Function<String, String> display;
    private final UnbuiltOutputs unbuilt;
    private final Leaflets pdfs;
    private final SitePictures pictures;

    PageRenderer(
            Site site,
            Glossary glossary,
            LocalDate today,
            TemplateRenderer templates,
            SearchIndex search,
            OutputSink sink,
            Function<String, String> display,
            Leaflets pdfs,
            SitePictures pictures) {
        this.site = site;
        this.pictures = pictures;
        this.markdown = new MarkdownRenderer(
                site.config().allowHtml(), glossary, site.language().bodyText());
        this.views = new PageViewBuilder(site, !glossary.isEmpty(), today);
        this.reviews = new GovernanceChecker(today, site.config().governance());
        this.readability = new ReadabilityChecker(site.config(), site.language().tag());
        this.accessibility = new AccessibilityChecker(site.config().allowHtml());
        this.foreign = new ForeignContentChecker(site.config().baseUrl());
        this.templates = templates;
        this.search = search;
        this.sink = sink;
        this.display = display;
        this.pdfs = pdfs;
        this.unbuilt = UnbuiltOutputs.of(new SiteOutputs.Inputs(site, glossary, search), templates);
    }

    /**
     * A page rendered: what later stages take from it, and its template's error if the template failed (the same
     * template mistake fails every page, so the build reports it once); the page is then not written.
     *
     * @param refused whether its body was refused whole (nested too deeply): nothing is known of its headings and
     *                links, so other pages' links to it are not checked against them, and it is not remembered
     */
    record Rendered(RenderedPage page, Diagnostic templateError, boolean refused) {}

    /**
     * Where the page's links go; on a site in several languages, each address asked is added to {@code asked}: where
     * it goes depends on which pages the languages have, which the next build checks again.
     */
    private PageLinks links(Page page, List<String> asked) {
        PageLinks links = site.links(page);
        if (!site.translations().isMultilingual()) {
            return links;
        }
        return url -> {
            asked.add(url);
            return links.place(url);
        };
    }

    /** Renders the page and writes it. */
    Rendered render(Page page) {
        Article article = page.article();
        List<String> asked = new ArrayList<>();
        RenderedMarkdown body = markdown.render(
                article.body(), article.bodyStartLine(), page.root(), links(page, asked), pictures.of(article.path()));
        String searchEntry = search.add(page, body);
        List<Diagnostic> problems = new ArrayList<>();
        for (RenderedMarkdown.Problem p : body.problems()) {
            String file = display.apply(article.path());
            problems.add((p.warning()
                            ? Diagnostic.warning(file, p.line(), p.column(), p.message())
                            : Diagnostic.error(file, p.line(), p.column(), p.message()))
                    .withSourceLine(article.source().line(p.line()))
                    .withHint(p.hint()));
        }
        for (RenderedMarkdown.LeftOut out : body.leftOut()) {
            problems.add(LinkChecker.leftOut(display.apply(article.path()), out)
                    .withSourceLine(article.source().line(out.line())));
        }
        reviews.check(article, display, problems);
        // A page of megabytes takes seconds to check and as long to lay out: on its own thread, the checks
        // run beside the layout. Small pages check in their own thread, which the other pages keep busy.
        CompletableFuture<List<Diagnostic>> checked = article.source().text().length() < CHECK_BESIDE_BYTES
                ? CompletableFuture.completedFuture(checks(article, body))
                : CompletableFuture.supplyAsync(() -> checks(article, body));
        PageView view = views.build(page, body);
        Map<String, Object> model = views.model(page, view, pdfs.forPage(page));
        String template = page.position() == 0
                ? HOME_TEMPLATE
                : view.hub() != null ? dev.pamphlet.render.LibraryPages.HUB_TEMPLATE : ARTICLE_TEMPLATE;
        problems.addAll(joined(checked));
        Set<String> ids = new HashSet<>();
        body.headings().forEach(h -> ids.add(h.id()));
        RenderedPage rendered = new RenderedPage(
                article,
                new PageFacts(page, Set.copyOf(ids), body.links()),
                List.copyOf(problems),
                searchEntry,
                views.otherLanguages(page, asked));
        try {
            String html = templates.render(template, model, display.apply(article.path()));
            unbuilt.check(html, page.root(), templates.display(template));
            sink.write(page.outputPath(), html.getBytes(StandardCharsets.UTF_8));
            return new Rendered(rendered, null, body.refused());
        } catch (ContentException e) {
            return new Rendered(rendered, e.diagnostic(), body.refused());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages whose source is at least this long are checked beside their layout. */
    private static final int CHECK_BESIDE_BYTES = 1_000_000;

    /**
     * What the page's text is checked for: readability, accessibility, what its Content-Security-Policy blocks,
     * placeholders, in that order.
     */
    private List<Diagnostic> checks(Article article, RenderedMarkdown body) {
        List<Diagnostic> out = new ArrayList<>();
        readability.check(article, body, display, out);
        accessibility.check(article, body, display, out);
        foreign.check(article, body, display, out);
        placeholders.check(article, body, display, out);
        return out;
    }

    private static List<Diagnostic> joined(CompletableFuture<List<Diagnostic>> checked) {
        try {
            return checked.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

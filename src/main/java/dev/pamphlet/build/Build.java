package dev.pamphlet.build;

import dev.pamphlet.check.AccessibilityChecker;
import dev.pamphlet.check.LinkChecker;
import dev.pamphlet.check.PageFacts;
import dev.pamphlet.check.ReadabilityChecker;
import dev.pamphlet.check.ReviewDateChecker;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.content.Glossary;
import dev.pamphlet.content.GlossaryLoader;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.Diagnostics;
import dev.pamphlet.diag.IoReasons;
import dev.pamphlet.markdown.MarkdownRenderer;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.output.OutputLock;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.output.StagedOutput;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.render.SearchIndex;
import dev.pamphlet.render.SiteOutput;
import dev.pamphlet.render.SiteOutputs;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Views.PageView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.SiteBuilder;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One build of a site, from the content folder to the output folder. {@link #run()} lists the steps in order.
 * Every problem is collected, not thrown, so an editor sees all of them in one run; the output is only replaced
 * when there are no errors.
 */
public final class Build {
    public static final String HOME_TEMPLATE = "home.ftlh";
    public static final String ARTICLE_TEMPLATE = "article.ftlh";
    static final String ASSETS = "assets";

    private final BuildOptions options;
    private final BuildCache cache;
    /** Where builds into this output folder are saved for the next build process; null to save nothing. */
    private final DiskCache disk;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Function<String, String> display;
    private final String templatesDisplay;

    public Build(BuildOptions options) {
        this(options, new BuildCache());
    }

    /** A build that reuses what earlier builds with the same cache parsed and published (see {@link BuildCache}). */
    public Build(BuildOptions options, BuildCache cache) {
        this(options, cache, null);
    }

    /**
     * A build that starts from what the last build into the same output folder saved in {@code disk}, redoing
     * only what changed since, and saves what it publishes there for the next one. A {@code check} (which writes
     * nothing) does not use it.
     */
    public Build(BuildOptions options, DiskCache disk) {
        this(options, new BuildCache(), disk);
    }

    private Build(BuildOptions options, BuildCache cache, DiskCache disk) {
        this.options = options;
        this.cache = cache;
        this.disk = disk != null && options.writeOutput() && disk.usableFor(options) ? disk : null;
        String contentDisplay = displayPath(options.contentDir());
        this.display = rel -> contentDisplay + "/" + rel;
        this.templatesDisplay = displayPath(options.templatesDir());
    }

    public BuildResult run() {
        long start = System.nanoTime();
        List<String> summaries = new ArrayList<>();
        if ((options.writeOutput() && !outputFolderAllowed()) || !contentFolderExists()) {
            return new BuildResult(0, 0, diagnostics, summaries, null, elapsedMillis(start));
        }
        try (OutputLock lock = options.writeOutput() ? lockOutput(summaries) : null) {
            if (options.writeOutput() && lock == null) {
                return new BuildResult(0, 0, diagnostics, summaries, null, elapsedMillis(start));
            }
            return run(lock, summaries, start);
        }
    }

    /**
     * Takes the output folder's lock and puts back a whole site there if a build was stopped part-way, before
     * anything else reads the folder; null (with the error reported) when it cannot.
     */
    private OutputLock lockOutput(List<String> notes) {
        String shown = displayPath(options.outputDir());
        OutputLock lock = null;
        try {
            lock = OutputLock.acquire(options.outputDir(), shown, options.waitForLock(), notes);
            notes.addAll(StagedOutput.recover(options.outputDir(), shown));
            return lock;
        } catch (ContentException e) {
            diagnostics.add(e.diagnostic());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(shown, 0, 0, "cannot put back the site a stopped build left: "
                    + IoReasons.of(e)).withHint("move the folders beside it that end in .pamphlet-old or"
                    + " .pamphlet-staging out of the way, then build again"));
            lock.close();
        }
        return null;
    }

    private BuildResult run(OutputLock lock, List<String> summaries, long start) {
        StagedOutput.Result written = null;
        int pages = 0;
        if (disk == null && !cache.hasTemplates()) {
            LibraryPreloader.start(); // nothing saved to compare with: this build renders
        }
        CompletableFuture<Optional<DiskCache.Published>> saved = readSaved();
        ContentListing listing = listForCache();
        byte[] key = listing == null ? null : BuildKey.of(options);
        PriorBuild prior = key == null ? null : priorBuild(saved, key, listing);
        if (prior != null && prior.nothingChanged()) {
            return repeat(prior, start);
        }
        if (!cache.hasTemplates()) {
            LibraryPreloader.start();
        }
        if (prior != null) {
            prior.restoreInto(cache, display);
        }
        cache.startBuild(options.outputDir());
        try (StagedOutput staged = options.writeOutput() ? new StagedOutput(options.outputDir(), lock) : null) {
            Optional<SiteConfig> config = loadConfig();
            Glossary glossary = loadGlossary();
            ContentTree tree = listing != null ? listing.tree()
                    : cache.tree(options.contentDir(), () -> ContentLoader.list(options.contentDir()));
            List<Article> articles = parseArticles(tree);
            Map<String, String> templateFiles = templateAssets();
            Optional<Site> site = config.flatMap(c -> placePages(c, articles, tree, templateFiles));
            TemplateRenderer templates = loadTemplates();
            if (site.isPresent() && templates != null) {
                OutputSink sink = staged != null ? staged : OutputSink.discarding();
                SearchIndex search = new SearchIndex(site.get());
                List<PageFacts> facts = renderPages(site.get(), glossary, templates, sink, search);
                pages = facts.size();
                copyStaticFiles(site.get(), templateFiles, sink);
                renderSiteOutputs(new SiteOutputs.Inputs(site.get(), glossary, search), templates, sink);
                checkLinks(site.get(), facts, Set.copyOf(tree.markdown()));
            }
            summaries.addAll(reviewSummary(articles));
            if (staged != null && !diagnostics.hasErrors()) {
                String buildId = key == null ? null : newBuildId();
                written = publish(staged, buildId);
                save(key, buildId, staged.produced(), listing, pages, summaries);
            }
        } catch (IOException | UncheckedIOException e) {
            cache.unknownOutput();
            diagnostics.add(Diagnostic.error(displayPath(options.outputDir()), 0, 0,
                    "cannot write the site: " + IoReasons.of(e)));
            written = null;
        }
        return new BuildResult(pages, cache.renderedPages(), diagnostics, summaries,
                diagnostics.hasErrors() ? null : written,
                elapsedMillis(start));
    }

    /**
     * Moves the staged files in, and tells the cache what is now on disk.
     *
     * @param buildId the id to mark the output folder with, for a build saved on disk; null otherwise
     */
    private StagedOutput.Result publish(StagedOutput staged, String buildId) throws IOException {
        StagedOutput.Result result = staged.commit(buildId);
        cache.published(staged.produced());
        return result;
    }

    /**
     * The content listing with each file's size and time, for a build saved on disk; null for other builds, and
     * when the folder cannot be listed (the build lists it again, and reports why it cannot).
     */
    private ContentListing listForCache() {
        if (disk == null) {
            return null;
        }
        try {
            return ContentListing.of(options.contentDir());
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** The text this build read of a source, or null (not a source, or kept from a saved build unread). */
    private String textRead(String path) {
        BuildCache.ParsedSource parsed = cache.sources().get(path);
        return parsed == null ? null : parsed.article().filter(a -> !cache.isUnread(a))
                .map(a -> a.source().text()).orElse(null);
    }

    /** An id no other build has: the time, this process and a finer clock. */
    private static String newBuildId() {
        return Long.toHexString(System.currentTimeMillis()) + "-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(System.nanoTime());
    }

    /**
     * Starts reading the saved build the output folder holds, and checking the folder against it, on a second
     * thread while this one lists the content folder: the two take about as long, and both only wait for the
     * disk. Null when no cache is used.
     */
    private CompletableFuture<Optional<DiskCache.Published>> readSaved() {
        return disk == null ? null : CompletableFuture.supplyAsync(() -> disk.read(options.outputDir()));
    }

    /** The saved build, if it has this build's key, compared with the content folder as it is now. */
    private PriorBuild priorBuild(CompletableFuture<Optional<DiskCache.Published>> saved, byte[] key,
                                         ContentListing listing) {
        try {
            return saved.join().filter(p -> p.madeWith(key))
                    .map(p -> new PriorBuild(p, listing, options.contentDir())).orElse(null);
        } catch (CompletionException e) {
            return null; // any doubt: build from nothing
        }
    }

    /** Nothing changed since the saved build: report what it reported, and write nothing. */
    private BuildResult repeat(PriorBuild prior, long start) {
        SavedBuild saved = prior.summary();
        diagnostics.addAll(saved.diagnostics());
        return new BuildResult(saved.pages(), 0, diagnostics, saved.summaries(),
                new StagedOutput.Result(0, prior.publishedFiles(), 0), elapsedMillis(start));
    }

    /**
     * Saves what was just published for the next build process. Only ever a shortcut: if it cannot be saved, the
     * next build starts from nothing (the marker's new build id matches no saved build), so this never fails one.
     */
    private void save(byte[] key, String buildId, Set<String> produced, ContentListing listing, int pages,
                      List<String> summaries) {
        if (key == null) {
            return;
        }
        try {
            List<SavedBuild.Source> sources = new ArrayList<>();
            for (String path : listing.tree().markdown()) {
                BuildCache.ParsedSource parsed = cache.sources().get(path);
                if (parsed == null || parsed.article().isEmpty()) {
                    return;
                }
                sources.add(new SavedBuild.Source(path, parsed.article().get().meta()));
            }
            List<SavedBuild.Page> saved = new ArrayList<>();
            for (BuildCache.RenderedPage page : cache.publishedPages().values()) {
                PageFacts facts = page.facts();
                saved.add(new SavedBuild.Page(page.article().path(), facts.page().position(), facts.headingIds(),
                        facts.links(), page.problems(), page.searchEntry()));
            }
            SavedBuild build = new SavedBuild(key, buildId, pages, diagnostics.sorted(), List.copyOf(summaries),
                    listing.stampsToSave(this::textRead), OutputStamps.of(options.outputDir(), produced));
            disk.save(options.outputDir(), build, new SavedBuild.Details(sources, saved));
        } catch (IOException | UncheckedIOException e) {
            // See above: the next build does without.
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Refuses a dangerous output folder before anything is read or written. */
    private boolean outputFolderAllowed() {
        try {
            OutputGuard.check(options.outputDir(), displayPath(options.outputDir()), options.contentDir(),
                    options.templatesDir());
            return true;
        } catch (ContentException e) {
            diagnostics.add(e.diagnostic());
            return false;
        }
    }

    private boolean contentFolderExists() {
        if (Files.isDirectory(options.contentDir())) {
            return true;
        }
        diagnostics.add(Diagnostic.error(displayPath(options.contentDir()), 0, 0, "content folder does not exist")
                .withHint("run Pamphlet from the project folder, or give --content"));
        return false;
    }

    private Optional<SiteConfig> loadConfig() {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<SiteConfig> config = SiteConfigLoader.load(options.contentDir(),
                display.apply(SiteConfigLoader.FILE_NAME), problems);
        diagnostics.addAll(problems);
        if (options.baseUrl() != null) {
            return config.map(c -> new SiteConfig(c.title(), c.description(), c.language(),
                    options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/", c.publisher(),
                    c.condition(), c.feedback(), c.allowHtml(), c.maxReadingAge(), c.maxSentenceWords()));
        }
        return config;
    }

    /** The optional glossary.yml: words whose first use on each page links to their explanation. */
    private Glossary loadGlossary() {
        List<Diagnostic> problems = new ArrayList<>();
        Glossary glossary = GlossaryLoader.load(options.contentDir(), display.apply(GlossaryLoader.FILE_NAME), problems);
        diagnostics.addAll(problems);
        return glossary;
    }

    /**
     * Reads and checks every Markdown file in parallel (unless the cache knows all but one of them).
     */
    private List<Article> parseArticles(ContentTree tree) {
        boolean few = tree.markdown().stream().filter(p -> !cache.hasParsed(p)).limit(2).count() < 2;
        List<Article> articles = (few ? tree.markdown().stream() : tree.markdown().parallelStream()).map(path -> {
            BuildCache.ParsedSource parsed = cache.parsed(path, () -> parseArticle(path));
            diagnostics.addAll(parsed.problems());
            return parsed.article().orElse(null);
        }).filter(Objects::nonNull).toList();
        return articles;
    }

    private BuildCache.ParsedSource parseArticle(String path) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Article> article = Optional.empty();
        try {
            article = FrontMatterParser.parse(path,
                    SourceReader.read(options.contentDir().resolve(path), display.apply(path)), problems);
        } catch (ContentException e) {
            problems.add(e.diagnostic());
        }
        return new BuildCache.ParsedSource(article, List.copyOf(problems));
    }

    private Optional<Site> placePages(SiteConfig config, List<Article> articles, ContentTree tree,
                                      Map<String, String> templateFiles) {
        Map<String, String> reserved = new LinkedHashMap<>();
        templateFiles.keySet().forEach(out -> reserved.put(out, "the templates' " + out));
        SiteOutputs.standard().forEach(out -> reserved.put(out.path(), out.what()));
        reserved.put(OutputGuard.MARKER, "Pamphlet's output marker");
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Site> site = SiteBuilder.build(config, articles, tree.staticFiles(), options.drafts(), reserved,
                display, problems);
        diagnostics.addAll(problems);
        return site;
    }

    private TemplateRenderer loadTemplates() {
        return cache.templates(this::readTemplates);
    }

    private TemplateRenderer readTemplates() {
        if (!Files.isDirectory(options.templatesDir())) {
            diagnostics.add(Diagnostic.error(templatesDisplay, 0, 0, "templates folder does not exist")
                    .withHint("run Pamphlet from the project folder, or give --templates"));
            return null;
        }
        try {
            TemplateRenderer renderer = new TemplateRenderer(options.templatesDir(), templatesDisplay);
            List<Diagnostic> problems = new ArrayList<>();
            renderer.preload(List.of(HOME_TEMPLATE, ARTICLE_TEMPLATE), problems);
            diagnostics.addAll(problems);
            return problems.isEmpty() ? renderer : null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(templatesDisplay, 0, 0, "cannot read templates: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Renders every page in parallel: Markdown, the page's own checks, template, write. Each page is written as
     * soon as it is rendered, so memory holds one page per thread, not the whole site. A page published by an
     * earlier build with the same cache is kept when neither it nor anything it shows of other pages changed.
     */
    private List<PageFacts> renderPages(Site site, Glossary glossary, TemplateRenderer templates, OutputSink sink,
                                        SearchIndex search) {
        MarkdownRenderer markdown = new MarkdownRenderer(site.config().allowHtml(), glossary);
        PageViewBuilder views = new PageViewBuilder(site, !glossary.isEmpty());
        ReviewDateChecker reviews = new ReviewDateChecker(options.today());
        ReadabilityChecker readability = new ReadabilityChecker(site.config());
        AccessibilityChecker accessibility = new AccessibilityChecker(site.config().allowHtml());
        Map<String, Diagnostic> templateErrors = new ConcurrentHashMap<>();
        List<PageFacts> facts = new ArrayList<>();
        List<Page> changed = new ArrayList<>();
        Predicate<Page> keepable = cache.keepablePages(
                BuildCache.Surroundings.of(site, glossary, options.today(), templates), site, !glossary.isEmpty());
        for (Page page : site.guide()) {
            BuildCache.RenderedPage published = keepable.test(page) ? cache.published(page) : null;
            if (published == null) {
                changed.add(page);
            } else {
                keep(sink, page.outputPath());
                search.keep(page, published.searchEntry());
                diagnostics.addAll(published.problems());
                facts.add(published.facts());
            }
        }
        facts.addAll((changed.size() > 1 ? changed.parallelStream() : changed.stream()).map(this::withText)
                .filter(Objects::nonNull).map(page -> {
            Article article = page.article();
            RenderedMarkdown body = markdown.render(article.body(), article.bodyStartLine(), page.root());
            String searchEntry = search.add(page, body);
            List<Diagnostic> problems = new ArrayList<>();
            for (RenderedMarkdown.Problem p : body.problems()) {
                problems.add(Diagnostic.error(display.apply(article.path()), p.line(), p.column(), p.message())
                        .withSourceLine(article.source().line(p.line())).withHint(p.hint()));
            }
            reviews.check(article, display, problems);
            readability.check(article, body, display, problems);
            accessibility.check(article, body, display, problems);
            diagnostics.addAll(problems);
            PageView view = views.build(page, body);
            Map<String, Object> model = Map.of("site", views.siteView(), "page", view);
            String template = page.position() == 0 ? HOME_TEMPLATE : ARTICLE_TEMPLATE;
            Set<String> ids = new HashSet<>();
            body.headings().forEach(h -> ids.add(h.id()));
            PageFacts pageFacts = new PageFacts(page, Set.copyOf(ids), body.links());
            try {
                String html = templates.render(template, model, display.apply(article.path()));
                sink.write(page.outputPath(), html.getBytes(StandardCharsets.UTF_8));
                cache.rendered(page, new BuildCache.RenderedPage(article, pageFacts, List.copyOf(problems),
                        searchEntry));
            } catch (ContentException e) {
                // The same template mistake fails every page: report it once per template line.
                templateErrors.merge(e.diagnostic().location(), e.diagnostic(),
                        (a, b) -> a.message().compareTo(b.message()) <= 0 ? a : b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pageFacts;
        }).toList());
        templateErrors.values().forEach(diagnostics::add);
        return facts;
    }

    private static void keep(OutputSink sink, String path) {
        try {
            sink.keep(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page with its article's text: an article restored from a saved build has its front matter only, so its
     * source is read again. Null (with the problems reported) if the source no longer parses.
     */
    private Page withText(Page page) {
        if (!cache.isUnread(page.article())) {
            return page;
        }
        BuildCache.ParsedSource parsed = parseArticle(page.article().path());
        diagnostics.addAll(parsed.problems());
        return parsed.article().map(a -> new Page(a, page.outputPath(), page.position())).orElse(null);
    }

    /** The files written once per site: 404 page, search page and index, glossary, sitemap, robots, feed. */
    private void renderSiteOutputs(SiteOutputs.Inputs inputs, TemplateRenderer templates, OutputSink sink) {
        PageViewBuilder views = new PageViewBuilder(inputs.site(), !inputs.glossary().isEmpty());
        Map<String, Object> model = SiteOutputs.model(inputs, views);
        for (SiteOutput output : SiteOutputs.standard()) {
            if (!output.appliesTo(inputs, templates)) {
                continue;
            }
            try {
                sink.write(output.path(), output.render(templates, model, inputs));
            } catch (ContentException e) {
                diagnostics.add(e.diagnostic());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Template assets, output path to source path: {@code templates/assets/x} is published at {@code assets/x}. */
    private Map<String, String> templateAssets() {
        Path assets = options.templatesDir().resolve(ASSETS);
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isDirectory(assets)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !ContentLoader.isEditorLeftover(p))
                    .sorted()
                    .forEach(p -> out.put(ASSETS + "/" + ContentLoader.relative(assets, p), p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private void copyStaticFiles(Site site, Map<String, String> templateFiles, OutputSink sink) throws IOException {
        for (String rel : site.staticFiles()) {
            if (cache.staticPublished(rel)) {
                sink.keep(rel);
            } else {
                sink.copy(rel, options.contentDir().resolve(rel));
            }
        }
        cache.statics(site.staticFiles());
        for (Map.Entry<String, String> e : templateFiles.entrySet()) {
            sink.copy(e.getKey(), Path.of(e.getValue()));
        }
    }

    /** @param sources every Markdown file, including those whose own checks failed (not reported twice) */
    private void checkLinks(Site site, List<PageFacts> facts, Set<String> sources) {
        Map<String, Article> unread = new HashMap<>();
        facts.stream().map(f -> f.page().article()).filter(cache::isUnread)
                .forEach(a -> unread.put(display.apply(a.path()), a));
        Map<String, SourceText> reread = new HashMap<>();
        for (Diagnostic d : new LinkChecker(site, facts, display, sources).check()) {
            Article article = unread.get(d.file());
            if (article != null && d.line() > 0) {
                // A page kept from a saved build has no text in memory: show the line from the file.
                SourceText text = reread.computeIfAbsent(d.file(), f -> readQuietly(article.path()));
                d = d.withSourceLine(text.line(d.line()));
            }
            diagnostics.add(d);
        }
    }

    private SourceText readQuietly(String path) {
        try {
            return SourceReader.read(options.contentDir().resolve(path), display.apply(path));
        } catch (ContentException e) {
            return new SourceText(display.apply(path), "");
        }
    }

    private List<String> reviewSummary(List<Article> articles) {
        ReviewDateChecker reviews = new ReviewDateChecker(options.today());
        long overdue = articles.stream().filter(a -> reviews.status(a) == ReviewDateChecker.Status.OVERDUE).count();
        long soon = articles.stream().filter(a -> reviews.status(a) == ReviewDateChecker.Status.DUE_SOON).count();
        String line = ReviewDateChecker.summary(overdue, soon);
        return line == null ? Collections.emptyList() : List.of(line);
    }

    /** Shows paths as the user gave them (relative stays relative), so messages match what they typed. */
    static String displayPath(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}

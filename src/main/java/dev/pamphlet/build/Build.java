package dev.pamphlet.build;

import dev.pamphlet.check.LinkChecker;
import dev.pamphlet.check.PageFacts;
import dev.pamphlet.check.PictureChecker;
import dev.pamphlet.check.Pictures;
import dev.pamphlet.check.ReviewDateChecker;
import dev.pamphlet.check.SitePictures;
import dev.pamphlet.check.StaticFileChecker;
import dev.pamphlet.check.TranslationChecker;
import dev.pamphlet.config.BaseUrlOption;
import dev.pamphlet.config.Branding;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.config.SiteConfigLoader;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.content.GlossaryLoader;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.Diagnostics;
import dev.pamphlet.diag.IoReasons;
import dev.pamphlet.diag.StackExhaustion;
import dev.pamphlet.language.LanguagesLoader;
import dev.pamphlet.leaflet.Leaflets;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.BuildMemory.ParsedSource;
import dev.pamphlet.memory.BuildMemory.RenderedPage;
import dev.pamphlet.output.NameLimits;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.output.OutputLock;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.output.StagedOutput;
import dev.pamphlet.render.BrandStyle;
import dev.pamphlet.render.LibraryPages;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.render.SearchIndex;
import dev.pamphlet.render.SiteOutput;
import dev.pamphlet.render.SiteOutputs;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Theme;
import dev.pamphlet.site.Editions;
import dev.pamphlet.site.EditionsBuilder;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.UnreadableSourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One build of a site, from the content folder to the output folder. {@link #run()} lists the stages in order.
 * Every problem is collected, not thrown, so an editor sees all of them in one run; the output is only replaced
 * when there are no errors. What a build remembers from the last one is behind {@link BuildMemory}: a build asks it
 * before a stage and tells it what was published, and knows nothing of how it remembers.
 */
public final class Build {
    /** A home page of the site, in its first language or another ({@code index.md}, {@code index.cy.md}). */
    private static final Pattern HOME_PAGE = Pattern.compile("index(\\.[^./]+)?\\.md");

    private final BuildOptions options;
    private final BuildMemory memory;
    private final Diagnostics diagnostics = new Diagnostics();
    /** Warnings about the memory itself: reported, but not remembered for a replay. */
    private final List<Diagnostic> memoryWarnings = new ArrayList<>();

    private final List<String> summaries = new ArrayList<>();
    /** Why a remembered build was not used, and the like: shown with --verbose. */
    private final List<String> details = new ArrayList<>();

    private final Function<String, String> display;
    private final String contentDisplay;
    private final String templatesDisplay;
    private final AtomicInteger rendered = new AtomicInteger();
    private int pages;
    /** The Markdown files read: what a build that fails before rendering every page has checked. */
    private int sourcesRead;

    private StagedOutput.Result written;
    private BuildProgress progress = BuildProgress.NONE;
    private LastLeaflets lastLeaflets;
    private boolean leafletsAsLastMade;

    /** A build that remembers nothing. */
    public Build(BuildOptions options) {
        this(options, BuildMemory.none());
    }

    /**
     * A build that redoes only what changed since the last build its memory remembers, and remembers what it
     * publishes for the next one. A {@code check} (which writes nothing) remembers nothing.
     */
    public Build(BuildOptions options, BuildMemory memory) {
        this.options = options;
        this.memory = options.writeOutput() ? memory : BuildMemory.none();
        this.contentDisplay = displayPath(options.contentDir());
        this.display = rel -> contentDisplay + "/" + rel;
        this.templatesDisplay = displayPath(options.templatesDir());
    }

    /** Tells {@code progress} how far the build is as it runs. */
    public Build reporting(BuildProgress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Keeps the leaflets this build makes in {@code last}; with {@code asLastMade}, makes none and publishes those
     * {@code last} holds instead, with the sizes the pages showed (a preview's rebuild, made whole again later).
     */
    public Build leaflets(LastLeaflets last, boolean asLastMade) {
        this.lastLeaflets = last;
        this.leafletsAsLastMade = asLastMade;
        return this;
    }

    private dev.pamphlet.leaflet.LeafletMemo leafletMemo() {
        if (lastLeaflets == null) {
            return memory.leafletMemo();
        }
        return leafletsAsLastMade ? lastLeaflets.asLastMade() : lastLeaflets.recording(memory.leafletMemo());
    }

    /** The pipeline: each line a stage. */
    public BuildResult run() {
        long start = System.nanoTime();
        try (OutputLock lock = guard()) {
            if (diagnostics.hasErrors()) {
                return result(start);
            }
            Optional<BuildMemory.Replay> replay = memory.replayIfUnchanged(inputs(), details, memoryWarnings);
            if (replay.isPresent()) {
                return replayed(replay.get(), start);
            }
            LibraryPreloader.start();
            try (StagedOutput staged = lock == null ? null : new StagedOutput(options.outputDir(), lock)) {
                OutputSink sink = staged == null ? OutputSink.discarding() : staged;
                Optional<SiteConfig> config = settings();
                Glossary glossary = glossary();
                ContentTree tree = memory.contentTree(this::listContent);
                diagnostics.addAll(tree.problems());
                List<Article> articles = parse(tree);
                sourcesRead = tree.markdown().size();
                Theme theme = Theme.of(options.templatesDir(), templatesDisplay);
                Optional<Editions> site = config.flatMap(c -> place(c, articles, tree, theme.assets(), glossary));
                TemplateRenderer templates = templates(theme);
                if (site.isPresent() && templates != null) {
                    Pictures pictures = new Pictures(options.contentDir());
                    PictureCopies copies = new PictureCopies(
                            options.contentDir(),
                            pictures,
                            Set.copyOf(site.get().main().staticFiles()),
                            sink,
                            memory.pictureCopies());
                    List<PageFacts> facts = new ArrayList<>();
                    for (Site edition : site.get().sites()) { // one per language
                        Glossary words = edition.language().glossary();
                        SearchIndex search = new SearchIndex(edition);
                        Leaflets pdfs = LeafletStage.run(
                                options, memory, display, edition, templates, sink, diagnostics, leafletMemo());
                        facts.addAll(pages(edition, words, templates, search, sink, pdfs, pictures, copies));
                        if (staged != null) {
                            staged.flushAhead(); // the pages are most of a site: to the disk while the rest is made
                        }
                        siteWideOutputs(new SiteOutputs.Inputs(edition, words, search), templates, sink);
                        libraryPages(edition, words, templates, sink);
                    }
                    pictureCopies(copies);
                    activeFiles(site.get().main());
                    staticFiles(site.get().main(), theme, sink);
                    links(site.get().main(), facts, tree, pictures);
                    diagnostics.addAll(new TranslationChecker(display).check(site.get()));
                }
                summaries.addAll(reviewSummary(articles));
                site.ifPresent(e -> summaries.addAll(new ReviewDateChecker(options.today()).overdueSections(e.main())));
                if (staged != null && !diagnostics.hasErrors()) {
                    progress.stage("publishing", 0);
                    written = staged.commit(memory.outputId());
                    remember(staged, site.map(e -> e.main().staticFiles()).orElse(Set.of()));
                }
            } catch (IOException | UncheckedIOException e) {
                memory.outputUnknown();
                diagnostics.add(Diagnostic.error(
                        displayPath(options.outputDir()), 0, 0, "cannot write the site: " + IoReasons.of(e)));
            }
            return result(start);
        }
    }

    private BuildMemory.Inputs inputs() {
        return new BuildMemory.Inputs(
                options.contentDir(),
                options.templatesDir(),
                options.outputDir(),
                options.baseUrl(),
                options.drafts(),
                options.today(),
                contentDisplay);
    }

    private BuildResult result(long start) {
        diagnostics.addAll(memoryWarnings);
        int counted = diagnostics.hasErrors() ? Math.max(pages, sourcesRead) : pages;
        return new BuildResult(
                counted,
                rendered.get(),
                diagnostics,
                List.copyOf(summaries),
                diagnostics.hasErrors() ? null : written,
                elapsedMillis(start),
                List.copyOf(details));
    }

    /** Nothing changed since the last build: report what it reported, and write nothing. */
    private BuildResult replayed(BuildMemory.Replay replay, long start) {
        diagnostics.addAll(replay.diagnostics());
        summaries.addAll(replay.summaries());
        pages = replay.pages();
        written = new StagedOutput.Result(0, replay.publishedFiles(), 0);
        return result(start);
    }

    /**
     * Refuses a dangerous output folder or cache folder and a missing content folder, then takes the output
     * folder's lock; null for a build that writes nothing, or (with the error reported) when it cannot go on.
     */
    private OutputLock guard() {
        if ((options.writeOutput() && !outputFolderAllowed()) || !contentFolderExists() || !cacheFolderAllowed()) {
            return null;
        }
        if (!memory.mayReplay(options.outputDir()) && !memory.hasTemplates()) {
            LibraryPreloader.start(); // nothing to replay: this build renders, so give the libraries a head start
        }
        return options.writeOutput() ? lockOutput(summaries) : null;
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
            if (lock != null) {
                lock.close(); // recovery found a folder of someone's own in the way
            }
        } catch (IOException e) {
            diagnostics.add(
                    Diagnostic.error(shown, 0, 0, "cannot put back the site a stopped build left: " + IoReasons.of(e))
                            .withHint("move the folders beside it that end in .pamphlet-old or"
                                    + " .pamphlet-staging out of the way, then build again"));
            lock.close();
        }
        return null;
    }

    /** The build was published: tell the memory what the output folder now holds. */
    private void remember(StagedOutput staged, Set<String> statics) {
        List<Diagnostic> warnings = new ArrayList<>();
        memory.published(staged.produced(), statics, pages, diagnostics.sorted(), List.copyOf(summaries), warnings);
        memoryWarnings.addAll(warnings);
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Refuses a dangerous output folder before anything is read or written. */
    private boolean outputFolderAllowed() {
        try {
            OutputGuard.check(
                    options.outputDir(),
                    displayPath(options.outputDir()),
                    options.contentDir(),
                    options.templatesDir());
            return true;
        } catch (ContentException e) {
            diagnostics.add(e.diagnostic());
            return false;
        }
    }

    /** Lets the memory refuse its folder, before anything is written; its warnings are reported, not remembered. */
    private boolean cacheFolderAllowed() {
        List<Diagnostic> problems = new ArrayList<>();
        memory.claimFolder(inputs(), problems);
        for (Diagnostic problem : problems) {
            if (problem.isError()) {
                diagnostics.add(problem);
            } else {
                memoryWarnings.add(problem);
            }
        }
        return !diagnostics.hasErrors();
    }

    private boolean contentFolderExists() {
        if (Files.isDirectory(options.contentDir())) {
            return true;
        }
        diagnostics.add(Diagnostic.error(displayPath(options.contentDir()), 0, 0, "content folder does not exist")
                .withHint("run Pamphlet in the guide's folder (the one holding content/), give --content, or start a"
                        + " new guide with 'pamphlet new DIR'"));
        return false;
    }

    private Optional<SiteConfig> settings() {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<SiteConfig> config =
                SiteConfigLoader.load(options.contentDir(), display.apply(SiteConfigLoader.FILE_NAME), problems);
        diagnostics.addAll(problems);
        return BaseUrlOption.apply(config, options.baseUrl(), diagnostics);
    }

    /** The optional glossary.yml: words whose first use on each page links to their explanation. */
    private Glossary glossary() {
        List<Diagnostic> problems = new ArrayList<>();
        Glossary glossary =
                GlossaryLoader.load(options.contentDir(), display.apply(GlossaryLoader.FILE_NAME), problems);
        diagnostics.addAll(problems);
        return glossary;
    }

    private ContentTree listContent() {
        return ContentLoader.list(options.contentDir());
    }

    /** Reads and checks every Markdown file, in parallel unless the memory knows all but one of them. */
    private List<Article> parse(ContentTree tree) {
        boolean few = tree.markdown().stream()
                        .filter(p -> !memory.remembers(p))
                        .limit(2)
                        .count()
                < 2;
        progress.stage("reading articles", tree.markdown().size());
        return (few ? tree.markdown().stream() : tree.markdown().parallelStream())
                .map(path -> {
                    ParsedSource parsed = memory.source(path, () -> parseArticle(path));
                    progress.done();
                    diagnostics.addAll(parsed.problems());
                    return parsed.article().orElse(null);
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private ParsedSource parseArticle(String path) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Article> article = Optional.empty();
        try {
            article = FrontMatterParser.parse(
                    path, SourceReader.read(options.contentDir().resolve(path), display.apply(path)), problems);
        } catch (ContentException e) {
            problems.add(e.diagnostic());
        } catch (StackOverflowError e) {
            problems.add(StackExhaustion.in(display.apply(path)));
        }
        return new ParsedSource(article, List.copyOf(problems));
    }

    private Optional<Editions> place(
            SiteConfig config, List<Article> articles, ContentTree tree, List<String> themeAssets, Glossary glossary) {
        Set<String> loaded = articles.stream().map(Article::path).collect(Collectors.toSet());
        if (tree.markdown().stream().anyMatch(p -> HOME_PAGE.matcher(p).matches() && !loaded.contains(p))) {
            return Optional.empty(); // a home page's own errors say why: "no home page" would mislead
        }
        Map<String, String> reserved = new LinkedHashMap<>();
        themeAssets.forEach(out -> reserved.put(out, "the theme's " + out));
        SiteOutputs.standard().forEach(out -> reserved.put(out.path(), out.what()));
        reserved.put(OutputGuard.MARKER, "Pamphlet's output marker");
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Editions> site = LanguagesLoader.load(options.contentDir(), config, glossary, display, problems)
                .flatMap(languages -> EditionsBuilder.build(
                        config,
                        languages,
                        articles,
                        tree.staticFiles(),
                        options.drafts(),
                        reserved,
                        display,
                        problems));
        diagnostics.addAll(problems);
        return site.filter(e -> namesFit(e, reserved.keySet()));
    }

    /**
     * Whether every file the site publishes fits the disk; each that does not is reported at its source, which is
     * what to shorten, before anything is written.
     */
    private boolean namesFit(Editions site, Set<String> ownFiles) {
        NameLimits limits = new NameLimits(options.writeOutput() ? options.outputDir() : null);
        List<Diagnostic> problems = new ArrayList<>();
        for (Site edition : site.sites()) {
            for (Page page : edition.guide()) {
                limits.problem(page.outputPath())
                        .ifPresent(why -> problems.add(tooLong(page.article().path(), "its page " + why)));
            }
            // The build's own files have short names: only a long output folder makes them too long.
            ownFiles.stream()
                    .map(own -> edition.language().folder() + own)
                    .flatMap(own -> limits.problem(own).map(why -> why + " (" + own + ")").stream())
                    .findFirst()
                    .ifPresent(why -> problems.add(
                            Diagnostic.error(displayPath(options.outputDir()), 0, 0, "the site's files " + why)
                                    .withHint("build into a folder with a shorter path, with --output")));
        }
        for (String file : site.main().staticFiles()) {
            limits.problem(Page.outputPathOfFile(file)).ifPresent(why -> problems.add(tooLong(file, "it " + why)));
        }
        diagnostics.addAll(problems);
        return problems.isEmpty();
    }

    private Diagnostic tooLong(String source, String why) {
        return Diagnostic.error(display.apply(source), 0, 0, why)
                .withHint("shorten the name of the file, or of its folders (a page's name is two bytes longer than its"
                        + " .md file's; a letter with an accent takes two bytes, most other scripts three), or build"
                        + " into a folder with a shorter path");
    }

    private TemplateRenderer templates(Theme theme) {
        return memory.templates(() -> readTemplates(theme));
    }

    private TemplateRenderer readTemplates(Theme theme) {
        try {
            TemplateRenderer renderer = new TemplateRenderer(theme);
            List<Diagnostic> problems = new ArrayList<>();
            renderer.preload(List.of(PageRenderer.HOME_TEMPLATE, PageRenderer.ARTICLE_TEMPLATE), problems);
            diagnostics.addAll(problems);
            return problems.isEmpty() ? renderer : null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(templatesDisplay, 0, 0, "cannot read templates: " + IoReasons.of(e)));
            return null;
        }
    }

    /**
     * Renders every page in parallel, each written as soon as it is rendered, so memory holds one page per thread,
     * not the whole site. A page published already as this build would render it is kept as it is.
     */
    private List<PageFacts> pages(
            Site site,
            Glossary glossary,
            TemplateRenderer templates,
            SearchIndex search,
            OutputSink sink,
            Leaflets pdfs,
            Pictures measured,
            PictureCopies copies)
            throws IOException {
        BuildMemory.KeptPages remembered = memory.keptPages(site, glossary, options.today(), templates);
        // A check writes nothing: no copies to list.
        SitePictures pictures =
                new SitePictures(site, measured, options.writeOutput() ? copies::of : file -> List.of());
        // So when a PDF's size changed: every page shows the guide's.
        BuildMemory.KeptPages kept = pdfs.sizesChanged() ? page -> Optional.empty() : remembered;
        List<PageFacts> facts = new ArrayList<>();
        List<Page> changed = new ArrayList<>();
        for (Page page : site.guide()) {
            Optional<RenderedPage> published = kept.kept(page);
            if (published.isEmpty() || showsChangedPicture(published.get().facts(), pictures)) {
                changed.add(page);
                continue;
            }
            sink.keep(page.outputPath());
            if (options.writeOutput()) {
                keepCopies(published.get().facts(), pictures, copies); // the page lists them
            }
            search.keep(page, published.get().searchEntry());
            diagnostics.addAll(published.get().problems());
            facts.add(published.get().facts());
            memory.record(page, published.get());
        }
        PageRenderer renderer =
                new PageRenderer(site, glossary, options.today(), templates, search, sink, display, pdfs, pictures);
        List<Map.Entry<String, Diagnostic>> templateErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        progress.stage("rendering pages", changed.size());
        facts.addAll((changed.size() > 1 ? changed.parallelStream() : changed.stream())
                .map(page -> {
                    PageRenderer.Rendered result;
                    try {
                        result = renderer.render(page);
                        progress.done();
                    } catch (UnreadableSourceException e) {
                        diagnostics.add(e.diagnostic());
                        return null;
                    } catch (StackOverflowError e) {
                        diagnostics.add(
                                StackExhaustion.in(display.apply(page.article().path())));
                        return null;
                    }
                    diagnostics.addAll(result.page().problems());
                    if (result.refused()) {
                        return null; // as for a page that does not parse: its own error says why
                    }
                    if (result.templateError() == null) {
                        rendered.incrementAndGet();
                        memory.record(page, result.page());
                    } else {
                        templateErrors.add(
                                Map.entry(display.apply(page.article().path()), result.templateError()));
                    }
                    return result.page().facts();
                })
                .filter(Objects::nonNull)
                .toList());
        diagnostics.addAll(TemplateMistakes.onePerMistake(templateErrors));
        this.pages += facts.size();
        return facts;
    }

    /** The copies of the pictures a page kept as published shows, as when it was rendered. */
    private static void keepCopies(PageFacts facts, SitePictures pictures, PictureCopies copies) {
        String source = facts.page().article().path();
        facts.links().stream()
                .filter(RenderedMarkdown.LinkRef::image)
                .forEach(link -> pictures.file(source, link.url()).ifPresent(copies::of));
    }

    /** The copies of large pictures are written: the cache drops those no build used for a while. */
    private void pictureCopies(PictureCopies copies) {
        if (copies.scaled() > 0) {
            details.add("scaled " + copies.scaled() + " smaller " + (copies.scaled() == 1 ? "copy" : "copies")
                    + " of large pictures for phones");
        }
        copies.tidy();
    }

    /** Whether a page shows a picture changed since it was published: its size on the page is then written again. */
    private boolean showsChangedPicture(PageFacts facts, SitePictures pictures) {
        String source = facts.page().article().path();
        return facts.links().stream()
                .filter(RenderedMarkdown.LinkRef::image)
                .map(link -> pictures.file(source, link.url()))
                .anyMatch(file -> file.isPresent() && !memory.staticPublished(file.get()));
    }

    /** The files written once per site: 404 page, search page and index, glossary, sitemap, robots, feed. */
    private void siteWideOutputs(SiteOutputs.Inputs inputs, TemplateRenderer templates, OutputSink sink) {
        PageViewBuilder views =
                new PageViewBuilder(inputs.site(), !inputs.glossary().isEmpty());
        Map<String, Object> model = SiteOutputs.model(inputs, views);
        List<SiteOutput> outputs = SiteOutputs.of(inputs.site()).stream()
                .filter(output -> output.appliesTo(inputs, templates))
                .toList();
        // Side by side: each has a template of its own to read, which is most of what a small site's cost.
        (outputs.size() > 1 ? outputs.parallelStream() : outputs.stream()).forEach(output -> {
            try {
                write(output.render(templates, model, inputs), sink);
            } catch (ContentException e) {
                diagnostics.add(e.diagnostic());
            } catch (StackOverflowError e) {
                diagnostics.add(StackExhaustion.in(
                        output.template() == null ? output.path() : templates.display(output.template())));
            }
        });
    }

    /**
     * The content folder's HTML, SVG and XML files, unless the site allows raw HTML (its SVG logo even then): a
     * script in one would run on the site's address. Read on every build, whatever the memory says was published: a file allowed before may
     * not be now.
     */
    private void activeFiles(Site site) {
        if (!site.config().allowHtml()) {
            diagnostics.addAll(new StaticFileChecker(options.contentDir(), display).check(site.staticFiles()));
            return;
        }
        // The logo is on every page: an SVG one is held to the check even where raw HTML is allowed.
        Branding.Logo logo = site.config().branding().logo();
        if (logo != null && logo.isSvg()) {
            diagnostics.addAll(StaticFileChecker.withoutExceptions(options.contentDir(), display)
                    .check(List.of(logo.file())));
        }
    }

    /**
     * The pages Pamphlet makes of its own for the sections and tags (hubs of folders without index.md, the
     * further parts of long lists, the A to Z, the topics), side by side: each is a list of other pages' titles.
     */
    private void libraryPages(Site site, Glossary glossary, TemplateRenderer templates, OutputSink sink) {
        PageViewBuilder views = new PageViewBuilder(site, !glossary.isEmpty(), options.today());
        List<LibraryPages.Output> outputs = new LibraryPages(site, views).all();
        (outputs.size() > 1 ? outputs.parallelStream() : outputs.stream()).forEach(output -> {
            if (!templates.exists(output.template())) {
                return;
            }
            try {
                String html = templates.render(output.template(), output.model(), output.what());
                sink.write(output.path(), html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (ContentException e) {
                diagnostics.add(e.diagnostic());
            } catch (StackOverflowError e) {
                diagnostics.add(StackExhaustion.in(templates.display(output.template())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An output's files: hundreds of them for the search index of a big site, so side by side. */
    private static void write(Map<String, byte[]> files, OutputSink sink) {
        (files.size() > 1 ? files.entrySet().parallelStream() : files.entrySet().stream()).forEach(file -> {
            try {
                sink.write(file.getKey(), file.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The content folder's other files, and the theme's assets, as they are. */
    private void staticFiles(Site site, Theme theme, OutputSink sink) throws IOException {
        for (String rel : site.staticFiles()) {
            if (memory.staticPublished(rel)) {
                sink.keep(Page.outputPathOfFile(rel));
            } else {
                sink.copy(Page.outputPathOfFile(rel), options.contentDir().resolve(rel));
            }
        }
        theme.copyAssets(sink);
        Branding branding = site.config().branding();
        if (!branding.isEmpty() && !theme.assets().contains(BrandStyle.PATH)) { // a theme's own is kept
            sink.write(BrandStyle.PATH, BrandStyle.of(branding));
        }
    }

    /** @param tree every Markdown file, including those whose own checks failed (not reported twice) */
    private void links(Site site, List<PageFacts> facts, ContentTree tree, Pictures pictures) {
        diagnostics.addAll(
                new LinkChecker(site, facts, display, Set.copyOf(tree.markdown()), site.translations()::reached)
                        .check());
        diagnostics.addAll(new PictureChecker(
                        new SitePictures(site, pictures), site.config().maxPictureKb(), display)
                .check(facts));
    }

    private List<String> reviewSummary(List<Article> articles) {
        ReviewDateChecker reviews = new ReviewDateChecker(options.today());
        long overdue = articles.stream()
                .filter(a -> reviews.status(a) == ReviewDateChecker.Status.OVERDUE)
                .count();
        long soon = articles.stream()
                .filter(a -> reviews.status(a) == ReviewDateChecker.Status.DUE_SOON)
                .count();
        String line = ReviewDateChecker.summary(overdue, soon);
        return line == null ? Collections.emptyList() : List.of(line);
    }

    /** Shows paths as the user gave them (relative stays relative), so messages match what they typed. */
    static String displayPath(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}

package dev.pamphlet.build;

import dev.pamphlet.check.PageFacts;
import dev.pamphlet.check.Pictures;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import dev.pamphlet.leaflet.LeafletMemo;
import dev.pamphlet.leaflet.Leaflets;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.output.OutputLock;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.output.PublishedFiles;
import dev.pamphlet.output.PublishingOutput;
import dev.pamphlet.output.StagedOutput;
import dev.pamphlet.render.SearchIndex;
import dev.pamphlet.render.SiteOutputs;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Theme;
import dev.pamphlet.site.Editions;
import dev.pamphlet.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One build of a site, from the content folder to the output folder. {@link #run()} lists the stages in order;
 * each is a class of its own ({@code *Stage}). Every problem is collected, not thrown, so an editor sees all of
 * them in one run; the output is only replaced when there are no errors. What a build remembers from the last one
 * is behind {@link BuildMemory}: a build asks it before a stage and tells it what was published, and knows
 * nothing of how it remembers.
 */
public final class Build {
    private final BuildOptions options;
    private final BuildMemory memory;
    /** Warnings about the memory itself: reported, but not remembered for a replay. */
    private final List<Diagnostic> memoryWarnings = new ArrayList<>();

    private final List<String> summaries = new ArrayList<>();
    /** Why a remembered build was not used, and the like: shown with --verbose. */
    private final List<String> details = new ArrayList<>();

    private BuildProgress progress = BuildProgress.NONE;
    private LastLeaflets lastLeaflets;
    /** What this process last published, for a rebuild that patches the folder in place. */
    private PublishedFiles patchable = PublishedFiles.none();

    private boolean leafletsAsLastMade;

    private BuildContext build;
    private PageStage pages;
    /** The Markdown files read: what a build that fails before rendering every page has checked. */
    private int sourcesRead;

    private StagedOutput.Result written;
    private final StageTimes times = new StageTimes();

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

    /**
     * Publishes by patching the output folder in place when {@code last} knows what this process published there,
     * and tells it what was published: a preview's rebuilds, which change a file or two of a large site.
     */
    public Build patching(PublishedFiles last) {
        this.patchable = last;
        return this;
    }

    /** The pipeline: each line a stage. */
    public BuildResult run() {
        long start = System.nanoTime();
        build = BuildContext.of(options, memory, progress);
        pages = new PageStage(build);
        try (OutputLock lock = new GuardStage(build).lock(summaries, memoryWarnings)) {
            if (build.diagnostics().hasErrors()) {
                return result(start);
            }
            times.mark("guard");
            Optional<BuildMemory.Replay> replay = memory.replayIfUnchanged(build.inputs(), details, memoryWarnings);
            times.mark("memory");
            if (replay.isPresent()) {
                return replayed(replay.get(), start);
            }
            LibraryPreloader.start();
            try (PublishingOutput staged = lock == null ? null : patchable.outputFor(options.outputDir(), lock)) {
                ReadStage read = new ReadStage(build);
                ReadStage.Sources sources = read.sources();
                sourcesRead = sources.tree().markdown().size();
                Theme theme = Theme.of(options.templatesDir(), BuildContext.displayPath(options.templatesDir()));
                times.mark("read");
                Optional<Editions> site =
                        sources.config().flatMap(c -> new PlaceStage(build).place(sources, c, theme.assets()));
                times.mark("place");
                TemplateRenderer templates = read.templates(theme);
                times.mark("templates");
                if (site.isPresent() && templates != null) {
                    write(site.get(), sources, theme, templates, staged);
                }
                summaries.addAll(new CheckStage(build).reviewSummary(sources.articles(), site.orElse(null)));
                publish(staged, site);
                times.mark("publish");
            } catch (IOException | UncheckedIOException e) {
                memory.outputUnknown();
                patchable.forget();
                build.diagnostics()
                        .add(Diagnostic.error(
                                BuildContext.displayPath(options.outputDir()),
                                0,
                                0,
                                "cannot write the site: " + IoReasons.of(e)));
            }
            return result(start);
        }
    }

    /** Every language's leaflets, pages and site-wide files, then the content's own files and the site's checks. */
    private void write(
            Editions site, ReadStage.Sources sources, Theme theme, TemplateRenderer templates, PublishingOutput staged)
            throws IOException {
        OutputSink sink = staged == null ? OutputSink.discarding() : staged;
        SiteFileStage files = new SiteFileStage(build);
        Pictures pictures = new Pictures(options.contentDir());
        PictureCopies copies = new PictureCopies(
                options.contentDir(), pictures, Set.copyOf(site.main().staticFiles()), sink, memory.pictureCopies());
        List<PageFacts> facts = new ArrayList<>();
        for (Site edition : site.sites()) { // one per language
            facts.addAll(language(edition, templates, sink, staged, files, pictures, copies));
        }
        if (copies.scaled() > 0) {
            details.add("scaled " + copies.scaled() + " smaller " + (copies.scaled() == 1 ? "copy" : "copies")
                    + " of large pictures for phones");
        }
        copies.tidy(); // the cache drops the copies no build used for a while
        files.staticFiles(site.main(), theme, sink);
        times.mark("static files");
        new CheckStage(build).site(site, facts, sources.tree(), pictures);
        times.mark("checks");
    }

    /** One language's leaflets, pages, and files written once per language. */
    private List<PageFacts> language(
            Site edition,
            TemplateRenderer templates,
            OutputSink sink,
            PublishingOutput staged,
            SiteFileStage files,
            Pictures pictures,
            PictureCopies copies)
            throws IOException {
        Glossary words = edition.language().glossary();
        SearchIndex search = new SearchIndex(edition);
        Leaflets pdfs = LeafletStage.run(build, edition, templates, sink, leafletMemo());
        times.mark("leaflets");
        List<PageFacts> facts = pages.run(edition, words, templates, search, sink, pdfs, pictures, copies);
        times.mark("pages");
        if (staged != null) {
            staged.flushAhead(); // the pages are most of a site: to the disk while the rest is made
        }
        files.siteWide(new SiteOutputs.Inputs(edition, words, search), templates, sink);
        times.mark("site-wide files");
        files.libraryPages(edition, words, templates, sink);
        times.mark("library pages");
        return facts;
    }

    private LeafletMemo leafletMemo() {
        if (lastLeaflets == null) {
            return memory.leafletMemo();
        }
        return leafletsAsLastMade ? lastLeaflets.asLastMade() : lastLeaflets.recording(memory.leafletMemo());
    }

    /** With no errors, the staged site replaces the output folder, and the memory is told what it now holds. */
    private void publish(PublishingOutput staged, Optional<Editions> site) throws IOException {
        if (staged == null || build.diagnostics().hasErrors()) {
            return;
        }
        progress.stage("publishing", 0);
        written = staged.commit(memory.outputId());
        patchable.published(staged.produced());
        Set<String> statics = site.map(e -> e.main().staticFiles()).orElse(Set.of());
        List<Diagnostic> warnings = new ArrayList<>();
        memory.published(
                staged.produced(),
                statics,
                pages.pages(),
                build.diagnostics().sorted(),
                List.copyOf(summaries),
                warnings);
        memoryWarnings.addAll(warnings);
    }

    private BuildResult result(long start) {
        return result(start, pages.pages());
    }

    /** @param counted the pages published; a failed build counts the sources it read, if more */
    private BuildResult result(long start, int counted) {
        build.diagnostics().addAll(memoryWarnings);
        times.summary().ifPresent(details::add);
        boolean failed = build.diagnostics().hasErrors();
        return new BuildResult(
                failed ? Math.max(counted, sourcesRead) : counted,
                pages.rendered(),
                build.diagnostics(),
                List.copyOf(summaries),
                failed ? null : written,
                (System.nanoTime() - start) / 1_000_000,
                List.copyOf(details));
    }

    /** Nothing changed since the last build: report what it reported, and write nothing. */
    private BuildResult replayed(BuildMemory.Replay replay, long start) {
        build.diagnostics().addAll(replay.diagnostics());
        summaries.addAll(replay.summaries());
        written = new StagedOutput.Result(0, replay.publishedFiles(), 0);
        return result(start, replay.pages());
    }
}

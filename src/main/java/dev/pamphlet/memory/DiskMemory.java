package dev.pamphlet.memory;

import dev.pamphlet.check.PageFacts;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import dev.pamphlet.leaflet.KeptFiles;
import dev.pamphlet.leaflet.LeafletMemo;
import dev.pamphlet.leaflet.PdfCache;
import dev.pamphlet.leaflet.PdfFolderCache;
import dev.pamphlet.output.CacheGuard;
import dev.pamphlet.output.OlderCacheLayout;
import dev.pamphlet.output.StagedOutput;
import dev.pamphlet.site.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Memory on disk: what the last build published into an output folder, kept so that a build in a new process
 * redoes only what changed since. Each output folder has its own file, in a sub-folder named by a hash of the
 * folder's absolute path, so builds into different folders do not mix. Only ever a shortcut: deleting it costs
 * one full build, and a file that is stale, damaged, or describes a build other than the one the output folder
 * holds is not used.
 *
 * <p>It writes only in a folder that is its own ({@link CacheGuard}): checked when each build starts, before
 * anything is written ({@link #claimFolder}); until then, and when refused, it remembers nothing.
 */
final class DiskMemory extends InProcessMemory {
    static final String FILE_NAME = "build.bin";

    static final String LEAFLETS = "pdf";

    static final String PICTURE_COPIES = "pictures";

    /** The hint for a cache folder the user chose that is not Pamphlet's. */
    private static final String CHOOSE_ANOTHER =
            "the build cache needs a folder of its own: choose an empty folder or one"
                    + " Pamphlet made, e.g. --cache target/pamphlet-cache, or build with --no-cache";

    private final Path folder;
    /** Whether the user chose the folder: then a folder that is not Pamphlet's stops the build. */
    private final boolean chosen;

    private final Path home;
    private final KeptFiles pdfFiles;
    private final PdfCache leaflets;
    private final PictureCopyCache pictureCopies;
    /** Whether this build may write the folder: checked, and marked as Pamphlet's. */
    private boolean claimed;

    private Inputs inputs;
    /** This build's listing of the content folder with each file's stamp; null when it could not be made. */
    private ContentListing listing;
    /** The content files as the last build read them, when it could be used; set before any page is rendered. */
    private Set<String> unchangedContent = Set.of();
    /** What this build is made from besides its content; null when no last build can be used or saved. */
    private byte[] key;

    private String outputId;
    /**
     * Each source and page of this build as the build memory's file holds it, encoded as the build parses and
     * renders it, on every core, rather than all at the end, on one; by source path.
     */
    private final Map<String, byte[]> encodedSources = new ConcurrentHashMap<>();

    private final Map<String, byte[]> encodedPages = new ConcurrentHashMap<>();
    /** This build's {@link #leafletMemo()}, once asked for. */
    private LeafletMemo leafletMemo;

    /**
     * @param folder the cache folder, e.g. {@code target/pamphlet-cache}
     * @param chosen whether the user chose it (rather than Pamphlet's default)
     * @param home the user's home folder, never to be the cache; null when not known
     */
    DiskMemory(Path folder, boolean chosen, Path home) {
        this.folder = folder;
        this.chosen = chosen;
        this.home = home;
        this.pdfFiles = new KeptFiles(folder.resolve(LEAFLETS));
        this.leaflets = new PdfFolderCache(pdfFiles);
        this.pictureCopies = new PictureCopyFolder(new KeptFiles(folder.resolve(PICTURE_COPIES)));
    }

    /** The home folder, as Java was told it (tests point {@code user.home} at a folder of their own). */
    static Path userHome() {
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() ? null : Path.of(home);
    }

    /**
     * Refuses a folder that is not Pamphlet's to write, else marks it as Pamphlet's (making it if need be). A
     * cache made by a Pamphlet from before caches were marked is taken over: its PDFs are named in the journal
     * of the files Pamphlet wrote, so that they are tidied like the rest.
     */
    @Override
    public void claimFolder(Inputs inputs, List<Diagnostic> problems) {
        claimed = false;
        String shown = folder.toString().replace('\\', '/');
        CacheGuard.Verdict verdict = CacheGuard.check(
                folder, new CacheGuard.Places(inputs.content(), inputs.templates(), inputs.output(), home));
        if (verdict.found() == null) {
            problems.add(refusal(shown, verdict.refusedBecause()));
            return;
        }
        try {
            if (verdict.found() == CacheGuard.Found.OLDER_CACHE) {
                pdfFiles.adopt(
                        name -> OlderCacheLayout.PDF_FOLDER_FILE.matcher(name).matches());
            }
            if (verdict.found() != CacheGuard.Found.MARKED) {
                CacheGuard.mark(folder);
            }
            claimed = true;
        } catch (IOException e) {
            problems.add(Diagnostic.warning(shown, 0, 0, "cannot save the build cache: " + IoReasons.of(e))
                    .withHint("this build builds everything and remembers nothing; check that " + shown
                            + " can be written, or build with --no-cache"));
        }
    }

    /** A folder the user chose stops the build; Pamphlet's default one is not worth stopping it for. */
    private Diagnostic refusal(String shown, String why) {
        if (chosen) {
            return Diagnostic.error(shown, 0, 0, "refusing to use this folder as the build cache: it " + why)
                    .withHint(CHOOSE_ANOTHER);
        }
        return Diagnostic.warning(shown, 0, 0, "the default build cache folder is not used: it " + why)
                .withHint("this build builds everything and remembers nothing; give --cache DIR (an empty folder"
                        + " or one Pamphlet made) or --no-cache");
    }

    /**
     * The PDF leaflets, in a sub-folder of the cache folder shared by builds into every output folder; in memory
     * when the folder is not this memory's to write.
     */
    @Override
    public PdfCache leaflets() {
        return claimed ? leaflets : super.leaflets();
    }

    /** The smaller copies of pictures, beside the PDFs; in memory when the folder is not this memory's to write. */
    @Override
    public PictureCopyCache pictureCopies() {
        return claimed ? pictureCopies : super.pictureCopies();
    }

    /** The file that describes the last build published into {@code output}. */
    Path fileFor(Path output) {
        return folder.resolve(BuildKey.folderName(output)).resolve(FILE_NAME);
    }

    /** Only when a build into that folder is remembered: a build into a new folder renders at once. */
    @Override
    public boolean mayReplay(Path output) {
        return claimed && Files.isRegularFile(fileFor(output));
    }

    /**
     * Reads the last build on a second thread while this one lists the content folder (both only wait for the
     * disk), compares the two, and either replays the last build or restores from it what still holds.
     */
    @Override
    public Optional<Replay> replayIfUnchanged(Inputs inputs, List<String> notes, List<Diagnostic> warnings) {
        // Each build starts from the disk alone: nothing tells this memory what changed between two of its builds.
        forgetAll();
        super.replayIfUnchanged(inputs, notes, warnings);
        this.inputs = inputs;
        this.listing = null;
        this.key = null;
        this.leafletMemo = null;
        this.outputId = null;
        this.unchangedContent = Set.of();
        encodedSources.clear();
        encodedPages.clear();
        if (!claimed) {
            return Optional.empty(); // refused, with the reason reported when the build started
        }
        CompletableFuture<Remembered> last = CompletableFuture.supplyAsync(new LastBuildReader(this, inputs.output()));
        try {
            listing = ContentListing.of(inputs.content());
        } catch (UncheckedIOException e) {
            return Optional.empty(); // the build lists the folder again, and reports why it cannot
        }
        if (listing.tree().problems().stream().anyMatch(Diagnostic::isError)) {
            // Part of the folder could not be listed (a broken link, a loop): what is missing cannot be compared.
            notes.add("part of the content folder cannot be listed: it builds everything and remembers nothing");
            listing = null;
            return Optional.empty();
        }
        key = BuildKey.of(inputs);
        if (key == null) {
            notes.add("a file the build depends on cannot be read: it builds everything and remembers nothing");
            return Optional.empty();
        }
        outputId = newOutputId();
        Changes changes = changesSince(last, notes, warnings);
        if (changes == null) {
            return Optional.empty();
        }
        if (changes.nothingChanged()) {
            LastBuild summary = changes.lastBuild();
            return Optional.of(
                    new Replay(summary.pages(), summary.diagnostics(), summary.summaries(), changes.publishedFiles()));
        }
        changes.restoreInto(this, inputs.contentDisplay());
        unchangedContent = changes.unchangedContent();
        return Optional.empty();
    }

    /**
     * What changed since the last build, if it can be used: it must be the build the output folder holds, made
     * from the same settings, templates and Pamphlet; null otherwise, with the reason in a note.
     */
    private Changes changesSince(CompletableFuture<Remembered> read, List<String> notes, List<Diagnostic> warnings) {
        Remembered remembered;
        try {
            remembered = read.join();
        } catch (CompletionException e) {
            Throwable why = e.getCause() == null ? e : e.getCause();
            warnings.add(Diagnostic.warning(
                            fileFor(inputs.output()).toString(),
                            0,
                            0,
                            "cannot read the build cache: " + IoReasons.of(why)
                                    + "; this build builds everything and replaces it")
                    .withHint("the build cache is only a shortcut: if this happens again, delete " + folder));
            return null;
        }
        if (remembered == null) {
            notes.add("no earlier build into " + inputs.output() + " is remembered: building everything");
            return null;
        }
        if (remembered.intact() == null) {
            notes.add("the output folder no longer holds the remembered build (it was emptied, or written by a"
                    + " build that kept no record): building everything");
            return null;
        }
        if (!Arrays.equals(remembered.last().key(), key)) {
            notes.add("the remembered build was made with other "
                    + BuildKey.difference(remembered.last().key(), key) + ": building everything");
            return null;
        }
        return new Changes(remembered.last(), remembered.intact(), fileFor(inputs.output()), listing, inputs.content());
    }

    /**
     * The last build remembered for an output folder.
     *
     * @param intact the files and folders it published that are still on disk as it published them; null when
     *               the output folder does not hold that build any more
     */
    private record Remembered(LastBuild last, Set<String> intact) {}

    @Override
    public ParsedSource source(String path, Supplier<ParsedSource> parse) {
        ParsedSource parsed = super.source(path, parse);
        if (key != null) {
            parsed.article().ifPresent(a -> encodedSource(path, a));
        }
        return parsed;
    }

    @Override
    public void record(Page page, RenderedPage rendering) {
        super.record(page, rendering);
        if (key != null) {
            encodedPages.put(rendering.article().path(), LastBuildFile.encode(savedPage(rendering)));
        }
    }

    @Override
    public ContentTree contentTree(Supplier<ContentTree> list) {
        if (listing != null) {
            return super.contentTree(listing::tree);
        }
        return super.contentTree(list);
    }

    /**
     * Known once the inputs are, and made once per build (each language's leaflets ask): the memo lives in the
     * PDF folder, shared by builds into every output folder.
     */
    @Override
    public LeafletMemo leafletMemo() {
        if (key == null || listing == null) {
            return LeafletMemo.NONE;
        }
        if (leafletMemo == null) {
            byte[] build = BuildKey.withoutOutputFolder(key);
            byte[] stamps = listing.stampBytes();
            byte[] inputs = Arrays.copyOf(build, build.length + stamps.length);
            System.arraycopy(stamps, 0, inputs, build.length, stamps.length);
            leafletMemo = new LeafletMemoFile(pdfFiles, inputs, listing.unsure(), this::contentUsed);
        }
        return leafletMemo;
    }

    /** The bytes of a content file as this build used it: the text it read of a source, or the file as it is. */
    private byte[] contentUsed(String path) {
        String text = textRead(path);
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Files.readAllBytes(inputs.content().resolve(path));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean staticUnchanged(String path) {
        return super.staticPublished(path) || unchangedContent.contains(path);
    }

    @Override
    public String outputId() {
        return outputId;
    }

    /**
     * An id no other build has: 128 random bits. The marker holding it is in the published folder, so it tells
     * nothing about when, where or by which process the site was built.
     */
    private static String newOutputId() {
        return java.util.UUID.randomUUID().toString();
    }

    /**
     * Saves what was just published for the next build process. Only ever a shortcut: if it cannot be saved, the
     * next build starts from nothing (the marker's new id matches no saved build), so this never fails a build.
     */
    @Override
    public void published(
            Set<String> produced,
            Set<String> statics,
            int pages,
            List<Diagnostic> reported,
            List<String> summaries,
            List<Diagnostic> warnings) {
        super.published(produced, statics, pages, reported, summaries, warnings);
        if (key == null || listing == null) {
            return;
        }
        try {
            Optional<Encoded> details = details();
            if (details.isEmpty()) {
                return;
            }
            LastBuild build = new LastBuild(
                    key,
                    outputId,
                    pages,
                    reported,
                    List.copyOf(summaries),
                    listing.stampsToSave(this::textRead, inputs.content()),
                    OutputStamps.of(inputs.output(), produced));
            LastBuildFile.write(
                    fileFor(inputs.output()),
                    build,
                    details.get().sources(),
                    details.get().pages(),
                    LastBuildFile.encode(publishedGuides()));
            encodedSources.clear();
            encodedPages.clear();
        } catch (IOException | UncheckedIOException e) {
            warnings.add(Diagnostic.warning(folder.toString(), 0, 0, "cannot save the build cache: " + IoReasons.of(e))
                    .withHint("the next build builds everything; check that " + folder
                            + " can be written, or build with --no-cache"));
        }
    }

    /**
     * Every source's front matter and every published page, encoded for the file; empty when a source has no
     * article (an error).
     */
    private Optional<Encoded> details() {
        List<byte[]> sources = new ArrayList<>();
        for (String path : listing.tree().markdown()) {
            ParsedSource parsed = sources().get(path);
            if (parsed == null || parsed.article().isEmpty()) {
                return Optional.empty();
            }
            sources.add(encodedSource(path, parsed.article().get()));
        }
        List<byte[]> pages = new ArrayList<>();
        for (RenderedPage page : publishedPages().values()) {
            pages.add(
                    encodedPages.computeIfAbsent(page.article().path(), path -> LastBuildFile.encode(savedPage(page))));
        }
        return Optional.of(new Encoded(sources, pages));
    }

    private record Encoded(List<byte[]> sources, List<byte[]> pages) {}

    /** A source's encoding, made once: while it is parsed, or when the build is saved. */
    private byte[] encodedSource(String path, Article a) {
        return encodedSources.computeIfAbsent(
                path,
                p -> LastBuildFile.encode(
                        new LastBuild.Source(p, a.meta(), a.bodyOffset(), a.bodyStartLine(), a.keyLines())));
    }

    private static LastBuild.Page savedPage(RenderedPage page) {
        PageFacts facts = page.facts();
        return new LastBuild.Page(
                page.article().path(),
                facts.page().outputPath(),
                facts.page().position(),
                facts.headingIds(),
                facts.links(),
                page.problems(),
                page.searchEntry(),
                page.otherLanguages().addresses(),
                page.otherLanguages().fingerprint());
    }

    /** The text this build read of a source, or null (not a source, or remembered and never read). */
    private String textRead(String path) {
        ParsedSource parsed = sources().get(path);
        return parsed == null
                ? null
                : parsed.article()
                        .filter(a -> a.source().isRead())
                        .map(a -> a.source().text())
                        .orElse(null);
    }

    /**
     * Reads the last build into an output folder and checks the folder against it, on a second thread; null when
     * none is remembered. A class, not a lambda: the first lambda of a run costs milliseconds to set up, and a build
     * with nothing to do takes a few tenths of a second in all.
     */
    private static final class LastBuildReader implements Supplier<Remembered> {
        private final DiskMemory memory;
        private final Path output;

        LastBuildReader(DiskMemory memory, Path output) {
            this.memory = memory;
            this.output = output;
        }

        @Override
        public Remembered get() {
            Optional<LastBuild> read;
            try {
                read = LastBuildFile.read(memory.fileFor(output));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (read.isEmpty()) {
                return null;
            }
            LastBuild last = read.get();
            String held = StagedOutput.buildId(output);
            return new Remembered(
                    last,
                    held != null && held.equals(last.buildId()) ? OutputStamps.intact(output, last.outputs()) : null);
        }
    }
}

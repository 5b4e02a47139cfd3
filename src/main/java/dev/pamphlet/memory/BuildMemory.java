package dev.pamphlet.memory;

import dev.pamphlet.check.PageFacts;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.leaflet.LeafletMemo;
import dev.pamphlet.leaflet.PdfCache;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.render.OtherLanguages;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a build remembers between runs, so that a rebuild redoes only what changed: nothing for {@code check}
 * ({@link #none()}), memory for a preview's rebuilds ({@link #inProcess()}), the disk for {@code build}
 * ({@link #onDisk}). A build asks its memory before each stage whether it knows the answer already, and tells it
 * what it published. Memory is only ever a shortcut: a build that forgets everything gives the same site.
 *
 * <p>The order of calls in one build: {@link #replayIfUnchanged} first; then {@link #contentTree},
 * {@link #source}, {@link #templates}, {@link #keptPages} and {@link #record} as the stages run; then
 * {@link #published} once the site is in place, or {@link #outputUnknown} when publishing failed.
 */
public interface BuildMemory {

    /** Remembers nothing: every build starts from nothing. */
    static BuildMemory none() {
        return new InProcessMemory();
    }

    /** Remembers in this process, for builds run one after another and told of every change. */
    static LiveMemory inProcess() {
        return new InProcessMemory();
    }

    /**
     * Remembers on disk, in {@code folder}, what the last build into each output folder published, for the next
     * build process. The folder was chosen by the user: one that is not Pamphlet's to write (see
     * {@link #claimFolder}) stops the build.
     */
    static BuildMemory onDisk(Path folder) {
        return new DiskMemory(folder, true, DiskMemory.userHome());
    }

    /**
     * Remembers on disk in the default folder, {@code target/pamphlet-cache} in the folder holding the content
     * folder (its project folder), wherever Pamphlet is run from. A default folder that is not Pamphlet's to write
     * is a warning: the build goes on without it.
     */
    static BuildMemory onDiskByDefault(Path content) {
        return new DiskMemory(defaultFolder(content), false, DiskMemory.userHome());
    }

    /**
     * The default cache folder: {@code target/pamphlet-cache} beside the content folder, so that running from
     * inside the content folder ({@code --content .}) puts it outside, in the project's {@code target/}.
     */
    static Path defaultFolder(Path content) {
        Path normal = content.normalize();
        Path project = normal.toString().isEmpty() || normal.endsWith("..")
                ? normal.resolve("..").normalize()
                : normal.getParent();
        Path target = Path.of("target", "pamphlet-cache");
        return project == null ? target : project.resolve(target);
    }

    /**
     * A build starts: the memory checks that its folder is its own to write, before anything is written. An error
     * added to {@code problems} stops the build; with a warning, the build goes on and this memory remembers
     * nothing. A memory without a folder has nothing to check.
     */
    default void claimFolder(Inputs inputs, List<Diagnostic> problems) {}

    /**
     * What a build is made from besides its content, and how to name content files in messages.
     *
     * @param contentDisplay the content folder as the user gave it, e.g. {@code content}
     */
    record Inputs(
            Path content,
            Path templates,
            Path output,
            String baseUrl,
            boolean drafts,
            LocalDate today,
            String contentDisplay) {}

    /** A Markdown file as parsed: the article, or empty when it has errors, and what its checks found. */
    record ParsedSource(Optional<Article> article, List<Diagnostic> problems) {}

    /**
     * A page as rendered and published, with what later stages take from each page: the facts the link check
     * needs, its own warnings, and its search index entry; and, on a site in several languages, what it showed of
     * the others, to tell whether it still shows the same.
     */
    record RenderedPage(
            Article article,
            PageFacts facts,
            List<Diagnostic> problems,
            String searchEntry,
            OtherLanguages otherLanguages) {}

    /** What the last build reported, for a build with nothing to do since: it repeats this and writes nothing. */
    record Replay(int pages, List<Diagnostic> diagnostics, List<String> summaries, int publishedFiles) {}

    /**
     * A build starts: if nothing it reads has changed since the last build into the same output folder, and that
     * build's site is still there as it published it, what it reported; otherwise empty, and the memory gets ready
     * to give the build what still holds.
     *
     * @param notes where to say why a remembered build could not be used, for {@code --verbose}
     * @param warnings where to report memory that cannot be read
     */
    Optional<Replay> replayIfUnchanged(Inputs inputs, List<String> notes, List<Diagnostic> warnings);

    /**
     * Whether {@link #replayIfUnchanged} could find nothing to do for a build into {@code output}, so the build
     * need not hurry to render.
     */
    boolean mayReplay(Path output);

    /** The content folder's listing, remembered or from {@code list}. */
    ContentTree contentTree(Supplier<ContentTree> list);

    /** Whether the source at this path is remembered (so it costs nothing to ask for). */
    boolean remembers(String path);

    /** A source as parsed, remembered or from {@code parse}. */
    ParsedSource source(String path, Supplier<ParsedSource> parse);

    /** Whether templates are remembered (and with them the libraries that render pages are loaded). */
    boolean hasTemplates();

    /** The templates, remembered or from {@code load}; a failed load (null) is not remembered. */
    TemplateRenderer templates(Supplier<TemplateRenderer> load);

    /**
     * Which pages are published already as this build would render them: decided once per build from the site,
     * its glossary, the date and the templates.
     */
    KeptPages keptPages(Site site, Glossary glossary, LocalDate today, TemplateRenderer templates);

    /** The pages a build may keep as published instead of rendering them. */
    @FunctionalInterface
    interface KeptPages {
        /** The page as it is published, if it is published as this build would render it; empty otherwise. */
        Optional<RenderedPage> kept(Page page);
    }

    /**
     * The files the last published build made as {@code made} (a language's library pages, say) from inputs equal
     * to {@code inputs}, by path, to keep as published; empty when they are to be made again.
     */
    default Optional<List<String>> keptFiles(String made, Object inputs) {
        return Optional.empty();
    }

    /** The files this build makes as {@code made} from {@code inputs}, for the next build once it is published. */
    default void recordFiles(String made, Object inputs, List<String> paths) {}

    /** A page of this build, rendered or kept, as it will be published. */
    void record(Page page, RenderedPage rendering);

    /** Whether the static file at this content path is published as it is now. */
    boolean staticPublished(String path);

    /**
     * Whether the static file at this content path is as the last build read it, even if its published copy was
     * since changed by hand (the build copies it again): a page that shows it need not be rendered again.
     */
    default boolean staticUnchanged(String path) {
        return staticPublished(path);
    }

    /** The id to mark the output folder with, so the next build can tell it still holds this build; or null. */
    String outputId();

    /**
     * The build was published: what it recorded is what the output folder holds.
     *
     * @param produced    every file in the output folder
     * @param statics     the static files published
     * @param pages       how many pages were built
     * @param reported    everything the build reported, sorted
     * @param summaries   the notes it printed after them
     * @param warnings    where to report memory that cannot be saved
     */
    void published(
            Set<String> produced,
            Set<String> statics,
            int pages,
            List<Diagnostic> reported,
            List<String> summaries,
            List<Diagnostic> warnings);

    /** Publishing failed part-way: what the output folder holds is not known any more. */
    void outputUnknown();

    /**
     * Where the PDF leaflets made from the same inputs before are kept: any build may use any of them, since each
     * is found by a hash of what it is made from.
     */
    PdfCache leaflets();

    /** Where the smaller copies of pictures made before are kept: any build may use any of them. */
    PictureCopyCache pictureCopies();

    /**
     * Which PDFs a build made from the same inputs as this one (content, settings, templates, options, date and
     * Pamphlet, but not the output folder), so a build into a new folder takes them without making their print
     * HTML; {@link LeafletMemo#NONE} when not known.
     */
    default LeafletMemo leafletMemo() {
        return LeafletMemo.NONE;
    }
}

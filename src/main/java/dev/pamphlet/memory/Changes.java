package dev.pamphlet.memory;

import dev.pamphlet.check.PageFacts;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.memory.LastBuild.FileStamp;
import dev.pamphlet.render.OtherLanguages;
import dev.pamphlet.site.Page;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.SourceText;
import dev.pamphlet.source.UnreadableSourceException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed since the last build (of the same key, and still the one the output folder holds): the content
 * folder and the output folder as they are now compared with it, showing which sources are unchanged and which
 * published files are still on disk as published.
 */
final class Changes {
    private final LastBuild last;
    private final Path file;
    private final ContentListing listing;
    private final Path contentDir;
    private final Set<String> unchangedContent = new HashSet<>();
    private final Set<String> intactOutputs;

    /**
     * @param intactOutputs the last build's outputs (files and folders) still on disk as it published them
     * @param file          the file the last build is kept in, for its details
     */
    Changes(LastBuild last, Set<String> intactOutputs, Path file, ContentListing listing, Path contentDir) {
        this.last = last;
        this.file = file;
        this.listing = listing;
        this.contentDir = contentDir;
        Map<String, FileStamp> saved = new HashMap<>();
        last.content().forEach(s -> saved.put(s.path(), s));
        for (FileStamp now : listing.stamps()) {
            if (unchanged(saved.get(now.path()), now, contentDir)) {
                unchangedContent.add(now.path());
            }
        }
        this.intactOutputs = intactOutputs;
    }

    /**
     * Whether a content file is as the saved build read it: same size and time, or, when its time could not be
     * trusted, same size and the same text.
     */
    private static boolean unchanged(FileStamp saved, FileStamp now, Path contentDir) {
        if (saved == null || saved.size() != now.size()) {
            return false;
        }
        if (saved.modifiedNanos() != ContentListing.UNSURE) {
            return saved.modifiedNanos() == now.modifiedNanos();
        }
        if (saved.textHash() == null) {
            return false;
        }
        if (!ContentListing.isSource(now.path())) {
            return saved.textHash().equals(ContentListing.hash(contentDir.resolve(now.path())));
        }
        try {
            String text = SourceReader.read(contentDir.resolve(now.path()), now.path())
                    .text();
            return ContentListing.hash(text) == saved.textHash();
        } catch (ContentException e) {
            return false;
        }
    }

    /** The content files as the last build read them: same size and time, or same text. */
    Set<String> unchangedContent() {
        return Set.copyOf(unchangedContent);
    }

    LastBuild lastBuild() {
        return last;
    }

    /** Nothing was added, removed or changed, in the content folder or the output folder: the build is done. */
    boolean nothingChanged() {
        return unchangedContent.size() == listing.stamps().size()
                && listing.stamps().size() == last.content().size()
                && intactOutputs.size() == last.outputs().size();
    }

    /** How many files the saved build published (folders not counted). */
    int publishedFiles() {
        return (int) last.outputs().stream()
                .filter(s -> !OutputStamps.isFolder(s.path()))
                .count();
    }

    /**
     * Gives {@code cache} what the saved build knew that still holds: the unchanged sources' front matter (their
     * text is read again only if their page must be rendered), the unchanged pages that are still on disk as
     * published, and the static files likewise. Gives it nothing when the saved details cannot be read: the
     * build then starts from nothing.
     */
    void restoreInto(InProcessMemory memory, String contentDisplay) {
        Optional<LastBuild.Details> details = LastBuildFile.readDetails(file, last.buildId());
        if (details.isEmpty()) {
            return;
        }
        Map<String, FrontMatter> savedMeta = new HashMap<>();
        Map<String, Article> unchanged = new HashMap<>();
        for (LastBuild.Source source : details.get().sources()) {
            savedMeta.put(source.path(), source.meta());
            if (unchangedContent.contains(source.path())) {
                String shown = contentDisplay + "/" + source.path();
                Path path = contentDir.resolve(source.path());
                unchanged.put(
                        source.path(),
                        new Article(
                                source.path(),
                                SourceText.deferred(shown, () -> reread(path, shown)),
                                source.meta(),
                                source.bodyOffset(),
                                source.bodyStartLine(),
                                source.keyLines()));
            }
        }
        Map<String, BuildMemory.RenderedPage> pages = new HashMap<>();
        for (LastBuild.Page p : details.get().pages()) {
            if (!savedMeta.containsKey(p.source())) {
                return; // a page without its source: not a file this version wrote
            }
            Article article = unchanged.get(p.source());
            if (article != null && intactOutputs.contains(p.outputPath())) {
                PageFacts facts =
                        new PageFacts(new Page(article, p.outputPath(), p.position()), p.headingIds(), p.links());
                pages.put(
                        p.source(),
                        new BuildMemory.RenderedPage(
                                article,
                                facts,
                                p.problems(),
                                p.searchEntry(),
                                new OtherLanguages(p.addresses(), p.otherLanguages())));
            }
        }
        Set<String> statics = new HashSet<>();
        for (String file : listing.tree().staticFiles()) {
            if (unchangedContent.contains(file) && intactOutputs.contains(file)) {
                statics.add(file);
            }
        }
        memory.restore(
                listing.tree(),
                List.copyOf(unchanged.values()),
                pages,
                statics,
                details.get().guides());
    }

    /** The text of a source the last build read, read again now that a page needs it. */
    private static String reread(Path path, String shown) {
        try {
            return SourceReader.read(path, shown).text();
        } catch (ContentException e) {
            throw new UnreadableSourceException(e.diagnostic());
        }
    }
}

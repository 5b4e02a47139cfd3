package dev.pamphlet.build;

import dev.pamphlet.build.SavedBuild.FileStamp;
import dev.pamphlet.check.PageFacts;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.site.Page;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.SourceText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A saved build (of the same key, and still the one the output folder holds) compared with the content folder and
 * the output folder as they are now: which sources are unchanged, which published files are still on disk as
 * published.
 */
final class PriorBuild {
    private final SavedBuildFile.Reading reading;
    private final ContentListing listing;
    private final Set<String> unchangedContent = new HashSet<>();
    private final Set<String> intactOutputs;

    PriorBuild(DiskCache.Published published, ContentListing listing, Path contentDir) {
        this.reading = published.reading();
        this.listing = listing;
        Map<String, FileStamp> saved = new HashMap<>();
        reading.summary().content().forEach(s -> saved.put(s.path(), s));
        for (FileStamp now : listing.stamps()) {
            if (unchanged(saved.get(now.path()), now, contentDir)) {
                unchangedContent.add(now.path());
            }
        }
        this.intactOutputs = published.intactOutputs();
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
        try {
            String text = SourceReader.read(contentDir.resolve(now.path()), now.path()).text();
            return ContentListing.hash(text) == saved.textHash();
        } catch (ContentException e) {
            return false;
        }
    }

    SavedBuild summary() {
        return reading.summary();
    }

    /** Nothing was added, removed or changed, in the content folder or the output folder: the build is done. */
    boolean nothingChanged() {
        return unchangedContent.size() == listing.stamps().size()
                && listing.stamps().size() == summary().content().size()
                && intactOutputs.size() == summary().outputs().size();
    }

    /** How many files the saved build published (folders not counted). */
    int publishedFiles() {
        return (int) summary().outputs().stream().filter(s -> !OutputStamps.isFolder(s.path())).count();
    }

    /**
     * Gives {@code cache} what the saved build knew that still holds: the unchanged sources' front matter (their
     * text is read again only if their page must be rendered), the unchanged pages that are still on disk as
     * published, and the static files likewise. Gives it nothing when the saved details cannot be read: the
     * build then starts from nothing.
     */
    void restoreInto(BuildCache cache, Function<String, String> display) {
        Optional<SavedBuild.Details> details = reading.details();
        if (details.isEmpty()) {
            return;
        }
        Map<String, FrontMatter> savedMeta = new HashMap<>();
        Map<String, Article> unchanged = new HashMap<>();
        for (SavedBuild.Source source : details.get().sources()) {
            savedMeta.put(source.path(), source.meta());
            if (unchangedContent.contains(source.path())) {
                unchanged.put(source.path(), new Article(source.path(), new SourceText(display.apply(source.path()), ""),
                        source.meta(), 0, 1, Map.of()));
            }
        }
        Map<String, BuildCache.RenderedPage> pages = new HashMap<>();
        List<SavedBuild.Page> saved = new ArrayList<>(details.get().pages());
        saved.sort(Comparator.comparingInt(SavedBuild.Page::position));
        List<BuildCache.NavEntry> guide = new ArrayList<>(saved.size());
        for (SavedBuild.Page p : saved) {
            FrontMatter meta = savedMeta.get(p.source());
            if (meta == null) {
                return; // a page without its source: not a file this version wrote
            }
            guide.add(new BuildCache.NavEntry(p.source(), meta.title(), meta.summary()));
            Article article = unchanged.get(p.source());
            String outputPath = Page.outputPathFor(p.source());
            if (article != null && intactOutputs.contains(outputPath)) {
                PageFacts facts = new PageFacts(new Page(article, outputPath, p.position()), p.headingIds(), p.links());
                pages.put(p.source(), new BuildCache.RenderedPage(article, facts, p.problems(), p.searchEntry()));
            }
        }
        Set<String> statics = new HashSet<>();
        for (String file : listing.tree().staticFiles()) {
            if (unchangedContent.contains(file) && intactOutputs.contains(file)) {
                statics.add(file);
            }
        }
        boolean foldersIntact = summary().outputs().stream()
                .filter(s -> OutputStamps.isFolder(s.path())).allMatch(s -> intactOutputs.contains(s.path()));
        Set<String> published = new HashSet<>();
        summary().outputs().stream().map(FileStamp::path).filter(p -> !OutputStamps.isFolder(p)).forEach(published::add);
        cache.restore(listing.tree(), List.copyOf(unchanged.values()), pages, statics,
                foldersIntact ? published : null, guide);
    }
}

package dev.pamphlet.build;

import dev.pamphlet.check.PageFacts;
import dev.pamphlet.check.Pictures;
import dev.pamphlet.check.SitePictures;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.StackExhaustion;
import dev.pamphlet.leaflet.Leaflets;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.BuildMemory.RenderedPage;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.render.SearchIndex;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.UnreadableSourceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The build's pages step, once per language: every page rendered in parallel and written as soon as it is, so
 * memory holds one page per thread, not the whole site; a page published already as this build would render it
 * is kept as it is. Counts the pages of all languages.
 */
final class PageStage {
    private final BuildContext build;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();

    PageStage(BuildContext build) {
        this.build = build;
    }

    /** The pages of every language so far, kept or rendered. */
    int pages() {
        return pages.get();
    }

    /** The pages rendered so far (not kept). */
    int rendered() {
        return rendered.get();
    }

    /** Renders or keeps each page of {@code site}; what each page links to and shows, for the site-wide checks. */
    List<PageFacts> run(
            Site site,
            Glossary glossary,
            TemplateRenderer templates,
            SearchIndex search,
            OutputSink sink,
            Leaflets pdfs,
            Pictures measured,
            PictureCopies copies)
            throws IOException {
        BuildMemory memory = build.memory();
        BuildMemory.KeptPages remembered =
                memory.keptPages(site, glossary, build.options().today(), templates);
        // A check writes nothing: no copies to list.
        SitePictures pictures =
                new SitePictures(site, measured, build.options().writeOutput() ? copies::of : file -> List.of());
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
            if (build.options().writeOutput()) {
                keepCopies(published.get().facts(), pictures, copies); // the page lists them
            }
            search.keep(page, published.get().searchEntry());
            build.diagnostics().addAll(published.get().problems());
            facts.add(published.get().facts());
            memory.record(page, published.get());
        }
        PageRenderer renderer = new PageRenderer(
                site, glossary, build.options().today(), templates, search, sink, build.display(), pdfs, pictures);
        List<Map.Entry<String, Diagnostic>> templateErrors = Collections.synchronizedList(new ArrayList<>());
        build.progress().stage("rendering pages", changed.size());
        facts.addAll((changed.size() > 1 ? changed.parallelStream() : changed.stream())
                .map(page -> render(renderer, page, templateErrors))
                .filter(Objects::nonNull)
                .toList());
        build.diagnostics().addAll(TemplateMistakes.onePerMistake(templateErrors));
        pages.addAndGet(facts.size());
        return facts;
    }

    /** One page rendered and written; null when it could not be, with the reason reported. */
    private PageFacts render(PageRenderer renderer, Page page, List<Map.Entry<String, Diagnostic>> templateErrors) {
        String shown = build.display().apply(page.article().path());
        PageRenderer.Rendered result;
        try {
            result = renderer.render(page);
            build.progress().done();
        } catch (UnreadableSourceException e) {
            build.diagnostics().add(e.diagnostic());
            return null;
        } catch (StackOverflowError e) {
            build.diagnostics().add(StackExhaustion.in(shown));
            return null;
        }
        build.diagnostics().addAll(result.page().problems());
        if (result.refused()) {
            return null; // as for a page that does not parse: its own error says why
        }
        if (result.templateError() == null) {
            rendered.incrementAndGet();
            build.memory().record(page, result.page());
        } else {
            templateErrors.add(Map.entry(shown, result.templateError()));
        }
        return result.page().facts();
    }

    /** The copies of the pictures a page kept as published shows, as when it was rendered. */
    private static void keepCopies(PageFacts facts, SitePictures pictures, PictureCopies copies) {
        String source = facts.page().article().path();
        facts.links().stream()
                .filter(RenderedMarkdown.LinkRef::image)
                .forEach(link -> pictures.file(source, link.url()).ifPresent(copies::of));
    }

    /** Whether a page shows a picture changed since it was published: its size on the page is then written again. */
    private boolean showsChangedPicture(PageFacts facts, SitePictures pictures) {
        String source = facts.page().article().path();
        return facts.links().stream()
                .filter(RenderedMarkdown.LinkRef::image)
                .map(link -> pictures.file(source, link.url()))
                .anyMatch(file -> file.isPresent() && !build.memory().staticUnchanged(file.get()));
    }
}

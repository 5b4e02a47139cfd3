package dev.pamphlet.build;

import dev.pamphlet.config.Branding;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.StackExhaustion;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.render.BrandStyle;
import dev.pamphlet.render.LibraryPages;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.render.SiteOutput;
import dev.pamphlet.render.SiteOutputs;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Theme;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build's files beside the pages: those written once per language (404 page, search page and index,
 * glossary, sitemap, robots, feed, and the pages Pamphlet makes for sections and tags), and the content folder's
 * other files with the theme's assets, copied as they are.
 */
final class SiteFileStage {
    private final BuildContext build;
    private Site listedSite;
    private LibraryInputs listed;

    SiteFileStage(BuildContext build) {
        this.build = build;
    }

    /**
     * The files written once per language, side by side: each has a template of its own to read. Those made by a
     * template list the pages (sitemap, feed, search page, 404, glossary, robots): they are kept as published
     * when what they list is unchanged. Those made in code (the search index) hold the articles' words, and are
     * made every time.
     */
    void siteWide(SiteOutputs.Inputs inputs, TemplateRenderer templates, OutputSink sink) throws IOException {
        String made = inputs.site().language().tag() + " site-wide files";
        LibraryInputs listed = listed(inputs.site(), !inputs.glossary().isEmpty(), templates);
        List<SiteOutput> outputs = SiteOutputs.of(inputs.site()).stream()
                .filter(output -> output.appliesTo(inputs, templates))
                .toList();
        Optional<List<String>> kept = build.memory().keptFiles(made, listed);
        if (kept.isPresent()) {
            for (String path : kept.get()) {
                sink.keep(path);
            }
            outputs =
                    outputs.stream().filter(output -> output.template() == null).toList();
        }
        List<String> templated = outputs.stream()
                .filter(output -> output.template() != null)
                .map(SiteOutput::path)
                .toList();
        build.memory().recordFiles(made, listed, kept.orElse(templated));
        PageViewBuilder views =
                new PageViewBuilder(inputs.site(), !inputs.glossary().isEmpty());
        Map<String, Object> model = templated.isEmpty() ? Map.of() : SiteOutputs.model(inputs, views);
        (outputs.size() > 1 ? outputs.parallelStream() : outputs.stream()).forEach(output -> {
            try {
                write(output.render(templates, model, inputs), sink);
            } catch (ContentException e) {
                build.diagnostics().add(e.diagnostic());
            } catch (StackOverflowError e) {
                build.diagnostics()
                        .add(StackExhaustion.in(
                                output.template() == null ? output.path() : templates.display(output.template())));
            }
        });
    }

    /**
     * The pages Pamphlet makes of its own for the sections and tags (hubs of folders without index.md, the
     * further parts of long lists, the A to Z, the topics), side by side: each is a list of other pages' titles.
     */
    void libraryPages(Site site, Glossary glossary, TemplateRenderer templates, OutputSink sink) throws IOException {
        String made = site.language().tag() + " library pages";
        LibraryInputs inputs = listed(site, !glossary.isEmpty(), templates);
        Optional<List<String>> kept = build.memory().keptFiles(made, inputs);
        if (kept.isPresent()) {
            for (String path : kept.get()) {
                sink.keep(path);
            }
            build.memory().recordFiles(made, inputs, kept.get());
            return;
        }
        PageViewBuilder views =
                new PageViewBuilder(site, !glossary.isEmpty(), build.options().today());
        List<LibraryPages.Output> outputs = new LibraryPages(site, views)
                .all().stream()
                        .filter(output -> templates.exists(output.template()))
                        .toList();
        build.memory()
                .recordFiles(
                        made,
                        inputs,
                        outputs.stream().map(LibraryPages.Output::path).toList());
        (outputs.size() > 1 ? outputs.parallelStream() : outputs.stream()).forEach(output -> {
            try {
                String html = templates.render(output.template(), output.model(), output.what());
                sink.write(output.path(), html.getBytes(StandardCharsets.UTF_8));
            } catch (ContentException e) {
                build.diagnostics().add(e.diagnostic());
            } catch (StackOverflowError e) {
                build.diagnostics().add(StackExhaustion.in(templates.display(output.template())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What the lists of pages of {@code site} are made from; worked out once for its site-wide files and pages. */
    private LibraryInputs listed(Site site, boolean glossary, TemplateRenderer templates) {
        if (listedSite != site) {
            listed = LibraryInputs.of(site, glossary, build.options().today(), templates);
            listedSite = site;
        }
        return listed;
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

    /** The content folder's other files, and the theme's assets, as they are; the branding's style sheet. */
    void staticFiles(Site site, Theme theme, OutputSink sink) throws IOException {
        for (String rel : site.staticFiles()) {
            if (build.memory().staticPublished(rel)) {
                sink.keep(Page.outputPathOfFile(rel));
            } else {
                sink.copy(
                        Page.outputPathOfFile(rel), build.options().contentDir().resolve(rel));
            }
        }
        theme.copyAssets(sink);
        Branding branding = site.config().branding();
        if (!branding.isEmpty() && !theme.assets().contains(BrandStyle.PATH)) { // a theme's own is kept
            sink.write(BrandStyle.PATH, BrandStyle.of(branding));
        }
    }
}

package dev.pamphlet.build;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.diag.Diagnostics;
import dev.pamphlet.leaflet.LeafletMemo;
import dev.pamphlet.leaflet.LeafletWriter;
import dev.pamphlet.leaflet.Leaflets;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.site.Site;
import java.util.function.Function;

/**
 * The build's step that makes the PDF leaflets ({@link LeafletWriter}), wired to the build: its options, and the
 * build memory's store of PDFs already made. A {@code check} makes no PDFs, but warns as a build would when the
 * site is too big to get them without asking.
 */
final class LeafletStage {

    private LeafletStage() {}

    static Leaflets run(BuildContext build, Site site, TemplateRenderer templates, OutputSink sink, LeafletMemo memo) {
        BuildOptions options = build.options();
        Function<String, String> display = build.display();
        Diagnostics diagnostics = build.diagnostics();
        if (!options.writeOutput()) {
            if (site.config().pdf() != SiteConfig.PdfLeaflets.OFF) {
                LeafletWriter.sizedForLeaflets(
                        site, options.contentDir(), display, diagnostics); // check warns as build would
            }
            return Leaflets.NONE;
        }
        LeafletWriter.Settings settings = new LeafletWriter.Settings(
                options.contentDir(),
                options.outputDir(),
                options.today(),
                display,
                BuildContext.displayPath(options.templatesDir()),
                build.memory().leaflets(),
                memo);
        return new LeafletWriter(settings).write(site, templates, sink, diagnostics);
    }
}

package dev.pamphlet.build;

import dev.pamphlet.markdown.MarkdownRenderer;
import dev.pamphlet.render.TemplateRenderer;

import java.nio.file.Path;

/**
 * Loads and initialises the Markdown and template libraries on a second thread while the main thread reads the
 * content. A short build spends much of its time loading these classes; doing it side by side with the main
 * thread's work shortens the run on a machine with more than one core. Started by a build once it knows it will
 * render (a build whose saved build shows nothing changed never loads them). Purely a head start: the build
 * creates its own renderers, and nothing here can fail it.
 */
final class LibraryPreloader {
    /** Touches what rendering a page touches: headings, lists, emphasis, links, a table. */
    private static final String SAMPLE = """
            ## Heading

            Some *text* with **emphasis** and [a link](page.md#part).

            - one
            - two

            | a | b |
            | --- | --- |
            | c | d |
            """;

    private LibraryPreloader() {
    }

    static void start() {
        Thread thread = new Thread(LibraryPreloader::preload, "pamphlet-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void preload() {
        try {
            new MarkdownRenderer(false).render(SAMPLE, 1);
            new TemplateRenderer(Path.of("."), ".");
        } catch (RuntimeException | java.io.IOException | LinkageError e) {
            // A head start only: the build reports any real problem itself.
        }
    }
}

package dev.pamphlet.build;

import dev.pamphlet.markdown.MarkdownRenderer;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Theme;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and initialises the template and Markdown libraries on a second thread while the main thread reads the
 * content. A short build spends much of its time loading these classes; doing it side by side with the main
 * thread's work shortens the run on a machine with more than one core. Started by a build as soon as it knows it
 * will render (a build whose saved build shows nothing changed never loads them); it runs once per JVM. Purely a
 * head start: the build creates its own renderers, and nothing here can fail it.
 */
final class LibraryPreloader {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

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

    private LibraryPreloader() {}

    static void start() {
        if (STARTED.getAndSet(true)) {
            return;
        }
        // One thread per library: each spends its time in its own class initialisation, so they overlap.
        startThread("pamphlet-preload-templates", false);
        startThread("pamphlet-preload-markdown", true);
    }

    /** A class, not a lambda: the first lambda of a run costs its thread milliseconds to set up. */
    private static void startThread(String name, boolean markdown) {
        Thread thread = new Thread(
                new Runnable() {
                    @Override
                    public void run() {
                        preload(markdown);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void preload(boolean markdown) {
        try {
            if (markdown) {
                new MarkdownRenderer(false).render(SAMPLE, 1);
            } else {
                new TemplateRenderer(Theme.builtIn()).warmUp();
            }
        } catch (RuntimeException | java.io.IOException | LinkageError e) {
            // A head start only: the build reports any real problem itself.
        }
    }
}

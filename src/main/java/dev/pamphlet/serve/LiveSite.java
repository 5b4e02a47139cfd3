package dev.pamphlet.serve;

import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.build.LastLeaflets;
import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.DiagnosticPrinter;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.LiveMemory;
import dev.pamphlet.output.PublishedFiles;
import dev.pamphlet.output.StagedOutput;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The site being previewed: builds it once, then again after each burst of changes, redoing only what the changes
 * touched. A failed build leaves the last good site on disk; its diagnostics go to the terminal and, through
 * {@link #status()}, to the browser.
 */
final class LiveSite {
    /** How long the sources must stay unchanged after a rebuild before the leaflets are made again. */
    static final long LEAFLETS_AFTER_MILLIS = 1000;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /**
     * The state of the site as the browser should see it.
     *
     * @param version     changes whenever open pages should reload
     * @param diagnostics the last build's problems, sorted; the site is broken when any is an error
     */
    record Status(String version, List<Diagnostic> diagnostics) {

        boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }
    }

    private final BuildOptions options;
    private final Path content;
    private final Path templates;
    private final LiveMemory cache = BuildMemory.inProcess();
    private final Consumer<String> reload;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private int builds;
    /** The leaflets last made, which a rebuild after an edit publishes again until they are made anew. */
    private final LastLeaflets leaflets = new LastLeaflets();
    /** What the last build published, so a rebuild patches the folder instead of staging the whole site. */
    private final PublishedFiles published = PublishedFiles.remembered();
    /** Whether the pages published show leaflets made before the last edit. */
    private boolean leafletsOwed;

    private Set<Diagnostic> shown = Set.of();
    private volatile Status status;

    /** @param reload told the new version whenever open pages should reload */
    LiveSite(BuildOptions options, Consumer<String> reload, PrintWriter out, PrintWriter err, boolean verbose) {
        this.options = options;
        this.content = options.contentDir().toAbsolutePath().normalize();
        this.templates = options.templatesDir().toAbsolutePath().normalize();
        this.reload = reload;
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.status = new Status(session + "-0", List.of());
        // Pages carry the version they were served with; the broadcaster must know the same one from the start,
        // or a page would be told it is out of date, reload, and be told again.
        reload.accept(status.version());
    }

    Status status() {
        return status;
    }

    /** The first build: prints every diagnostic and the same summary line as {@code build}. */
    synchronized void buildAll() {
        build(null, false);
    }

    /** Whether the pages show leaflets made before the last edit: {@link #makeLeaflets()} makes them anew. */
    synchronized boolean leafletsOwed() {
        return leafletsOwed;
    }

    /** Makes the leaflets of the site as it now is, and what shows them (the sizes on every page) with them. */
    synchronized void makeLeaflets() {
        leafletsOwed = false;
        build("PDF leaflets", false);
    }

    /** Rebuilds after a burst of changes and prints one line saying what changed and what it took. */
    synchronized void rebuild(ChangeWatcher.Changes changes) {
        if (changes.paths().isEmpty() && !changes.overflow()) {
            return;
        }
        if (changes.overflow()) {
            cache.forgetAll();
            published.forget();
        }
        changes.paths().forEach(this::forget);
        // The pages first, with the leaflets as they were: the leaflets follow once the editor pauses.
        boolean later = leaflets.known();
        build(describe(changes), later);
        leafletsOwed |= later;
    }

    /** @param what the changes that caused this build, or null for the first build */
    /** @param leafletsAsLastMade publish the leaflets last made instead of making them */
    private void build(String what, boolean leafletsAsLastMade) {
        long start = System.nanoTime();
        try {
            BuildResult result = new Build(options.withToday(LocalDate.now()), cache)
                    .leaflets(leaflets, leafletsAsLastMade)
                    .patching(published)
                    .run();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Status before = status;
            List<Diagnostic> diagnostics = result.diagnostics().sorted();
            StagedOutput.Result files = result.files();
            boolean changedOnDisk = files != null && files.written() + files.deleted() > 0;
            boolean problemsChanged = !diagnostics.equals(before.diagnostics());
            String version = before.version();
            if (changedOnDisk || problemsChanged) {
                version = session + "-" + (++builds);
            }
            status = new Status(version, diagnostics);
            report(result, diagnostics, what, millis);
            if (!version.equals(before.version())) {
                reload.accept(version);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A preview must outlive any one bad build: report it and wait for the next change.
            err.println(clock() + " " + (what == null ? "first build" : what) + ": internal error: " + e
                    + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
        }
    }

    /**
     * Prints the diagnostics the user has not seen yet (errors always, warnings once) and one line about the
     * build. A large site may carry hundreds of warnings: repeating them after every save would bury the news.
     */
    private void report(BuildResult result, List<Diagnostic> diagnostics, String what, long millis) {
        List<Diagnostic> news = diagnostics.stream()
                .filter(d -> d.isError() || !shown.contains(d))
                .toList();
        shown = new HashSet<>(diagnostics);
        DiagnosticPrinter.printText(news, err);
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        if (what == null) {
            result.summaries().forEach(s -> err.println("note: " + s));
            if (!diagnostics.isEmpty()) {
                err.println(DiagnosticPrinter.summary(errors, warnings));
            }
        }
        err.flush();
        String outcome;
        if (errors > 0) {
            outcome = "build failed with " + DiagnosticPrinter.summary(errors, warnings)
                    + "; the browser shows them, and the last good site stays in " + options.outputDir();
        } else {
            StagedOutput.Result files = result.files();
            outcome = DiagnosticPrinter.plural(result.rendered(), "page")
                    + (what == null ? " rendered, " : " re-rendered, ")
                    + DiagnosticPrinter.plural(files.written(), "file") + " written"
                    + (files.deleted() > 0 ? ", " + files.deleted() + " removed" : "")
                    + (warnings > 0 ? ", " + DiagnosticPrinter.plural(warnings, "warning") : "");
        }
        out.println(clock() + " " + (what == null ? "built " + options.outputDir() : what) + ": " + outcome + ", "
                + millis + " ms");
        if (verbose) {
            result.details().forEach(d -> out.println("    note: " + d));
        }
        out.flush();
    }

    /** Tells the cache what a changed path may have affected. */
    private void forget(Path path) {
        if (path.startsWith(templates) && !path.equals(templates)) {
            if (!templates.relativize(path).startsWith("assets")) {
                cache.forgetTemplates();
            }
        } else if (path.startsWith(content) && !path.equals(content)) {
            String rel = ContentLoader.relative(content, path);
            if (ContentLoader.isSettings(rel)) {
                cache.forgetPages();
            }
            cache.forget(rel);
        } else {
            cache.forgetAll();
        }
    }

    private String describe(ChangeWatcher.Changes changes) {
        if (changes.overflow()) {
            return "many files changed";
        }
        List<Path> paths = List.copyOf(changes.paths());
        if (paths.size() == 1) {
            return display(paths.get(0)) + (Files.exists(paths.get(0)) ? " changed" : " deleted");
        }
        String names = paths.stream().limit(3).map(this::display).collect(Collectors.joining(", "));
        return paths.size() + " files changed (" + names + (paths.size() > 3 ? ", ..." : "") + ")";
    }

    /** A path as the user named its folder, e.g. {@code content/causes.md}. */
    private String display(Path path) {
        if (path.startsWith(templates)) {
            return join(options.templatesDir(), templates.relativize(path));
        }
        if (path.startsWith(content)) {
            return join(options.contentDir(), content.relativize(path));
        }
        return path.toString();
    }

    private static String join(Path given, Path rel) {
        String base = given.toString().replace('\\', '/');
        String tail = rel.toString().replace('\\', '/');
        return tail.isEmpty() ? base : (base.isEmpty() ? tail : base + "/" + tail);
    }

    private static String clock() {
        return LocalTime.now().format(CLOCK);
    }
}

package dev.pamphlet.leaflet;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.check.ReviewDateChecker;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.Diagnostics;
import dev.pamphlet.diag.StackExhaustion;
import dev.pamphlet.markdown.MarkdownRenderer;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.output.NameLimits;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.render.Views;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.UnreadableSourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the printable leaflets: the whole guide, and each article, as a tagged PDF (PDF/UA-1) a patient can be
 * handed, from the print template {@code print.ftlh}. A PDF is taken from the cache when one was made from the
 * same inputs before; only a PDF whose inputs changed is made, and only then are the PDF libraries loaded.
 *
 * <p>Runs before the web pages are rendered, since each of them links to its PDF and the guide's with their
 * sizes. It says when a size shown on the published pages is no longer right, so they are rendered again.
 */
public final class LeafletWriter {
    public static final String TEMPLATE = "print.ftlh";

    /**
     * Where a build is and what it may use.
     *
     * @param memo which PDFs a build made from the same inputs as this one: with them, a build takes its PDFs
     *             without making their print HTML
     */
    public record Settings(
            Path contentDir,
            Path outputDir,
            LocalDate today,
            Function<String, String> display,
            String templatesDisplay,
            PdfCache cache,
            LeafletMemo memo) {}

    private final Settings settings;

    public LeafletWriter(Settings settings) {
        this.settings = settings;
    }

    /**
     * One PDF to write: where, its print HTML, the source it is reported at and the sources of its pages.
     */
    private record Document(String path, String html, String source, List<String> sources) {}

    /** Writes the site's PDFs into {@code sink}; the links the web pages show, or none when PDFs are off. */
    public Leaflets write(Site site, TemplateRenderer templates, OutputSink sink, Diagnostics diagnostics) {
        SiteConfig config = site.config();
        if (config.pdf() == SiteConfig.PdfLeaflets.OFF
                || !sizedForLeaflets(site, settings.contentDir(), settings.display(), diagnostics)) {
            return Leaflets.NONE;
        }
        if (!templates.exists(TEMPLATE)) {
            diagnostics.add(Diagnostic.warning(
                            settings.templatesDisplay() + "/" + TEMPLATE,
                            0,
                            0,
                            "no print template: the site is built without its PDF leaflets")
                    .withHint(
                            "copy " + TEMPLATE + " from Pamphlet's templates folder, or set 'pdf: false' in site.yml"));
            return Leaflets.NONE;
        }
        LeafletSizes lengths = new LeafletSizes(site.guide(), settings.contentDir());
        Map<String, String> paths = pdfPaths(site, lengths);
        if (clashes(site, paths, diagnostics)) {
            return Leaflets.NONE;
        }
        String edition = site.language().tag();
        Optional<Map<String, String>> remembered = remembered(edition, paths, sink);
        if (remembered.isPresent()) {
            return leaflets(site, paths, remembered.get());
        }
        List<Page> guide = lengths.printable(site.guide());
        PrintBody print = new PrintBody(site, settings.contentDir(), guide);
        PageViewBuilder views = new PageViewBuilder(site, false);
        // The words Pamphlet writes into bodies (the advice boxes' headings) in the leaflet's language.
        MarkdownRenderer markdown = new MarkdownRenderer(
                config.allowHtml(),
                dev.pamphlet.markdown.Glossary.EMPTY,
                site.language().bodyText());
        ReviewDateChecker reviews = new ReviewDateChecker(settings.today());
        String reference = reference(config);
        List<Body> bodies = (guide.size() > 1 ? guide.parallelStream() : guide.stream())
                .map(page -> body(page, markdown))
                .toList();
        if (bodies.stream().anyMatch(b -> b.body() == null)) {
            return Leaflets.NONE; // a source that no longer parses, or is refused: the page's own rendering reports it
        }
        Map<Page, Body> bodyOf = new java.util.HashMap<>();
        bodies.forEach(b -> bodyOf.put(b.page(), b));
        PrintModel model = new PrintModel(site, views, print, reviews, reference);
        List<Document> documents = new ArrayList<>();
        String guidePath = paths.get(GUIDE);
        try {
            if (guidePath != null) {
                documents.add(new Document(
                        guidePath,
                        templates.render(
                                TEMPLATE,
                                model.guide(articles(site, bodies), guidePath),
                                settings.display().apply(site.home().article().path())),
                        site.home().article().path(),
                        sources(guide)));
            }
            for (dev.pamphlet.site.Section section : leafletSections(site, lengths)) {
                String path = paths.get(SECTION + section.folder());
                List<Page> printed = lengths.printable(section.guide());
                List<Body> inside = printed.stream().map(bodyOf::get).toList();
                PrintModel own = new PrintModel(
                        site, views, new PrintBody(site, settings.contentDir(), printed), reviews, reference);
                String source = section.hub() != null
                        ? section.hub().article().path()
                        : section.pages().get(0).article().path();
                documents.add(new Document(
                        path,
                        templates.render(
                                TEMPLATE,
                                own.guide(
                                        inside,
                                        path,
                                        section.title(),
                                        section.summary(),
                                        views.absoluteUrl(section.hubPath()),
                                        reference + "-" + sectionName(section)),
                                settings.display().apply(source)),
                        source,
                        sources(printed)));
            }
            for (Body body : bodies) {
                String path = paths.get(body.page().outputPath());
                if (path == null) {
                    continue; // the home page: the guide's leaflet is its own
                }
                documents.add(new Document(
                        path,
                        templates.render(
                                TEMPLATE,
                                model.page(body, path),
                                settings.display().apply(body.page().article().path())),
                        body.page().article().path(),
                        List.of(body.page().article().path())));
            }
        } catch (ContentException e) {
            diagnostics.add(e.diagnostic());
            return Leaflets.NONE;
        } catch (StackOverflowError e) {
            diagnostics.add(StackExhaustion.in(templates.display(TEMPLATE)));
            return Leaflets.NONE;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> sizes = make(documents, sink, diagnostics, keys);
        if (sizes == null) {
            return Leaflets.NONE;
        }
        settings.memo().remember(edition, keys);
        return leaflets(site, paths, sizes);
    }

    /** The links the pages show, once every PDF is written: {@code sizes} by PDF path. */
    private Leaflets leaflets(Site site, Map<String, String> paths, Map<String, String> sizes) {
        settings.cache().tidy();
        boolean changed = sizes.entrySet().stream().anyMatch(e -> !e.getValue().equals(publishedSize(e.getKey())));
        return new Leaflets(links(site, paths, sizes), changed);
    }

    /**
     * The PDFs a build made from these same inputs, written into {@code sink}: their sizes by path; empty when no
     * such build is remembered or one of its PDFs is gone from the cache.
     */
    private Optional<Map<String, String>> remembered(String edition, Map<String, String> paths, OutputSink sink) {
        Optional<Map<String, String>> keys = settings.memo().keys(edition);
        if (keys.isEmpty() || !keys.get().keySet().equals(Set.copyOf(paths.values()))) {
            return Optional.empty();
        }
        List<Map.Entry<String, byte[]>> pdfs = new ArrayList<>();
        for (Map.Entry<String, String> e : keys.get().entrySet()) {
            Optional<byte[]> pdf = settings.cache().find(e.getValue());
            if (pdf.isEmpty()) {
                return Optional.empty();
            }
            pdfs.add(Map.entry(e.getKey(), pdf.get()));
        }
        return Optional.of(written(pdfs, sink));
    }

    static final String GUIDE = "";

    /** The key of a section's leaflet in {@link #pdfPaths}, before its folder. */
    static final String SECTION = "section:";

    /**
     * The sections that get a leaflet of their own: every section but the top, of at least two pages a leaflet can
     * hold (one would repeat its page's own leaflet) and no more pages or text than one leaflet holds. A section's
     * leaflet holds its hub and its own pages; a section inside it has its own.
     */
    static List<dev.pamphlet.site.Section> leafletSections(Site site, LeafletSizes sizes) {
        List<dev.pamphlet.site.Section> out = new ArrayList<>();
        for (dev.pamphlet.site.Section s : site.sections().all()) {
            if (sectionCounts(s, sizes) && sizes.fitTogether(s.guide())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a section has the pages for a leaflet of its own, whatever their length together. */
    private static boolean sectionCounts(dev.pamphlet.site.Section s, LeafletSizes sizes) {
        return !s.isTop() && sizes.printable(s.guide()).size() > 1 && s.guide().size() <= PRINTABLE_PAGES;
    }

    /** Whether the guide gets a leaflet of the whole: no more pages, or text, than one leaflet holds. */
    private static boolean wholeGuide(Site site, LeafletSizes sizes) {
        List<Page> guide = site.guide();
        return guide.size() <= PRINTABLE_PAGES && !sizes.printable(guide).isEmpty() && sizes.fitTogether(guide);
    }

    /** A section's part of its leaflet's reference: its folder in capitals, ASTHMA-CHILDREN. */
    private static String sectionName(dev.pamphlet.site.Section section) {
        String folder = section.folder().substring(0, section.folder().length() - 1);
        return folder.replaceAll("[^\\p{L}\\p{N}]+", "-").toUpperCase(Locale.ROOT);
    }

    /**
     * The most pages one leaflet of the whole guide holds, and the most a site may have to get leaflets without
     * asking for them. A PDF takes tens of milliseconds to make and the whole guide's grows with every page: a
     * library of thousands of articles would make its first build take many minutes and a guide PDF of hundreds
     * of megabytes that no one prints. Such a site asks for page leaflets with {@code pdf: true}.
     */
    static final int PRINTABLE_PAGES = 100;

    /**
     * Whether the site gets leaflets: always when it asks ({@code pdf: true}); without asking, only when it is
     * small enough to print, and otherwise a warning says how to choose. {@code check}, which makes no PDFs, asks
     * too, so it reports what a build would.
     *
     * A page, guide or section with more text than a leaflet holds ({@link LeafletSizes}) gets no leaflet, and a
     * warning says so.
     *
     * @param display how to show a path inside the content folder
     */
    public static boolean sizedForLeaflets(
            Site site, Path contentDir, Function<String, String> display, Diagnostics diagnostics) {
        boolean sized = sizedByPages(site, display, diagnostics);
        if (sized) {
            warnTooLong(site, new LeafletSizes(site.guide(), contentDir), display, diagnostics);
        }
        return sized;
    }

    private static void warnTooLong(
            Site site, LeafletSizes sizes, Function<String, String> display, Diagnostics diagnostics) {
        sizes.tooLong(site.guide(), display).forEach(diagnostics::add);
        String most = LeafletSizes.megabytes(LeafletSizes.MOST_BYTES);
        List<Page> guide = site.guide();
        if (guide.size() <= PRINTABLE_PAGES && !sizes.fitTogether(guide)) {
            diagnostics.add(Diagnostic.warning(
                            display.apply("site.yml"),
                            1,
                            0,
                            "no PDF leaflet of the whole guide: its pages hold "
                                    + LeafletSizes.megabytes(sizes.total(guide)) + ", more than a leaflet holds (at"
                                    + " most " + most + "); each page has its own")
                    .withHint("split the guide into sections, each of which gets a leaflet of its own"));
        }
        for (dev.pamphlet.site.Section s : site.sections().all()) {
            if (sectionCounts(s, sizes) && !sizes.fitTogether(s.guide())) {
                Page first = s.hub() != null ? s.hub() : s.pages().get(0);
                diagnostics.add(Diagnostic.warning(
                                display.apply(first.article().path()),
                                1,
                                0,
                                "no PDF leaflet of the section '" + s.title() + "': its pages hold "
                                        + LeafletSizes.megabytes(sizes.total(s.guide()))
                                        + ", more than a leaflet holds (at most " + most + "); each page has its own")
                        .withHint("split the section into smaller sections, each of which gets a leaflet of its own"));
            }
        }
    }

    /** Whether the site has few enough pages for leaflets; see {@link #sizedForLeaflets}. */
    private static boolean sizedByPages(Site site, Function<String, String> display, Diagnostics diagnostics) {
        int pages = site.guide().size();
        if (site.config().pdf() == SiteConfig.PdfLeaflets.ON) {
            if (pages > PRINTABLE_PAGES) {
                diagnostics.add(Diagnostic.warning(
                                display.apply("site.yml"),
                                1,
                                0,
                                "no PDF leaflet of the whole guide: its " + pages + " pages are more than one leaflet"
                                        + " holds (at most " + PRINTABLE_PAGES + "); each page has its own")
                        .withHint("set 'pdf: false' in site.yml to make no PDFs at all"));
            }
            return true;
        }
        if (pages <= PRINTABLE_PAGES) {
            return true;
        }
        diagnostics.add(Diagnostic.warning(
                        display.apply("site.yml"),
                        1,
                        0,
                        "no PDF leaflets: the site has " + pages + " pages, and leaflets are made without asking only"
                                + " for a site of at most " + PRINTABLE_PAGES)
                .withHint("set 'pdf: true' in site.yml to make a leaflet of each page (the first build then takes"
                        + " about a minute for every thousand pages; later builds reuse them), or 'pdf: false'"));
        return false;
    }

    /**
     * Where each PDF goes, by the page's output path ({@link #GUIDE} for the guide): an article's beside its page
     * ({@code causes.pdf}), the guide's named after the site, so it keeps a meaningful name once downloaded.
     *
     * A page too long for a leaflet has none, and the guide has none when it is too long or has too many pages.
     */
    static Map<String, String> pdfPaths(Site site, LeafletSizes sizes) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Page page : site.guide().subList(1, site.guide().size())) {
            if (sizes.fits(page)) {
                String out = page.outputPath();
                paths.put(out, out.substring(0, out.length() - ".html".length()) + ".pdf");
            }
        }
        for (dev.pamphlet.site.Section section : leafletSections(site, sizes)) {
            String name = slug(section.title());
            String at = section.hubPath().substring(0, section.hubPath().lastIndexOf('/') + 1)
                    + (name.isEmpty() ? "guide" : name);
            String pdf = paths.containsValue(at + ".pdf") ? at + "-guide.pdf" : at + ".pdf";
            paths.put(SECTION + section.folder(), pdf);
        }
        if (!wholeGuide(site, sizes)) {
            return paths;
        }
        String name = fitted(slug(site.config().title()), NameLimits.NAME_BYTES - "-guide.pdf".length());
        String home = site.home().outputPath();
        // Beside the home page: a site's other languages have theirs in their own folders (cy/...).
        String guide = home.substring(0, home.lastIndexOf('/') + 1) + (name.isEmpty() ? "guide" : name) + ".pdf";
        if (paths.containsValue(guide)) {
            guide = guide.substring(0, guide.length() - ".pdf".length()) + "-guide.pdf";
        }
        paths.put(GUIDE, guide);
        return paths;
    }

    /** A content file at a PDF's address would be overwritten: an error, as for any two files at one address. */
    private boolean clashes(Site site, Map<String, String> paths, Diagnostics diagnostics) {
        Set<String> statics =
                site.staticFiles().stream().map(Page::outputPathOfFile).collect(Collectors.toSet());
        boolean clash = false;
        for (Map.Entry<String, String> e : paths.entrySet()) {
            if (statics.contains(e.getValue())) {
                String of = e.getKey().equals(GUIDE)
                        ? "the guide"
                        : settings.display()
                                .apply(site.bySource().values().stream()
                                        .filter(p -> p.outputPath().equals(e.getKey()))
                                        .findFirst()
                                        .orElseThrow()
                                        .article()
                                        .path());
                diagnostics.add(Diagnostic.error(
                                settings.display().apply(e.getValue()),
                                0,
                                0,
                                "this file has the address of the PDF leaflet of " + of)
                        .withHint("rename the file, or set 'pdf: false' in site.yml to make no PDFs"));
                clash = true;
            }
        }
        return clash;
    }

    private static List<String> sources(List<Page> pages) {
        return pages.stream().map(p -> p.article().path()).toList();
    }

    /** A page with its body rendered for print; a null body when its source no longer parses or is refused. */
    record Body(Page page, RenderedMarkdown body) {}

    private Body body(Page page, MarkdownRenderer markdown) {
        Article article = page.article();
        try {
            RenderedMarkdown body = markdown.render(article.body(), article.bodyStartLine(), page.root());
            return new Body(page, body.refused() ? null : body);
        } catch (UnreadableSourceException | StackOverflowError e) {
            return new Body(page, null); // the page's own rendering reports it
        }
    }

    /** One PDF found or made: where it goes, its cache key, its bytes. */
    private record Made(String path, String key, byte[] pdf) {}

    /**
     * Finds or makes every PDF and writes it; each PDF's size in words by path, or null after an error.
     *
     * @param keysByPath where to put each PDF's cache key, by path
     */
    private Map<String, String> make(
            List<Document> documents, OutputSink sink, Diagnostics diagnostics, Map<String, String> keysByPath) {
        LeafletFonts fonts = LeafletFonts.load();
        LeafletKey keys = new LeafletKey(fonts, rendererVersion());
        PdfMaker maker = new PdfMaker(fonts);
        Map<String, LeafletFailure> failures = new java.util.TreeMap<>();
        Map<String, Diagnostic> unprintable = new java.util.TreeMap<>();
        List<Made> made = DeepStacks.map(documents, d -> {
            String key = keys.of(d.html());
            Optional<byte[]> cached = settings.cache().find(key);
            if (cached.isPresent()) {
                return new Made(d.path(), key, cached.get());
            }
            try {
                byte[] pdf = maker.render(d.html());
                settings.cache().keep(key, pdf);
                return new Made(d.path(), key, pdf);
            } catch (LeafletFailure.MissingGlyphs e) {
                Diagnostic d2 = new LeafletGlyphs(settings.contentDir(), settings.display())
                        .lacking(d.path(), e.characters(), d.source(), d.sources());
                // Told at its place once: by the page's own leaflet rather than the guide's that holds it too.
                boolean own = d2.file().equals(settings.display().apply(d.source()));
                synchronized (unprintable) {
                    unprintable.put((own ? "0" : "1") + d.source() + "\u0000" + d.path(), d2);
                }
                return null;
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // Memory runs out in the one leaflet that needs too much, whose objects are dropped with it.
                synchronized (failures) {
                    failures.put(d.source() + "\u0000" + d.path(), LeafletFailure.of(d.path(), e));
                }
                return null;
            }
        });
        failures.forEach((at, failure) -> diagnostics.add(Diagnostic.error(
                        settings.display().apply(at.substring(0, at.indexOf('\u0000'))), 0, 0, failure.message())
                .withHint(failure.hint())));
        unprintable.values().stream()
                .collect(Collectors.toMap(
                        d -> d.file() + ":" + d.line() + ":" + d.column(), d -> d, (a, b) -> a, LinkedHashMap::new))
                .values()
                .forEach(diagnostics::add);
        if (!failures.isEmpty() || !unprintable.isEmpty()) {
            return null;
        }
        made.forEach(m -> keysByPath.put(m.path(), m.key()));
        return written(made.stream().map(m -> Map.entry(m.path(), m.pdf())).toList(), sink);
    }

    /** Writes each PDF to its path; their sizes in words by path. */
    private static Map<String, String> written(List<Map.Entry<String, byte[]>> pdfs, OutputSink sink) {
        Map<String, String> sizes = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> e : pdfs) {
                sink.write(e.getKey(), e.getValue());
                sizes.put(e.getKey(), size(e.getValue().length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    /** The size of the PDF the published pages were rendered with, in words; null when there is none. */
    private String publishedSize(String path) {
        if (settings.outputDir() == null) {
            return null;
        }
        try {
            return size(Files.size(settings.outputDir().resolve(path)));
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, Views.PdfLinks> links(Site site, Map<String, String> paths, Map<String, String> sizes) {
        Map<String, Views.PdfLinks> byPage = new LinkedHashMap<>();
        for (Page page : site.guide()) {
            String own = paths.get(page.outputPath());
            // "This guide" is the page's section's leaflet, where it has one; else the whole site's.
            dev.pamphlet.site.Section in = site.sections().ledBy(page);
            if (in == null || in.isTop()) {
                in = site.sections().of(page);
            }
            String sectionPdf = in == null || in.isTop() ? null : paths.get(SECTION + in.folder());
            String guidePath = sectionPdf != null ? sectionPdf : paths.get(GUIDE);
            // An article's PDF is beside it: linked by its file name.
            String href = own == null ? null : PercentEncoding.path(own.substring(own.lastIndexOf('/') + 1));
            byPage.put(
                    page.outputPath(),
                    new Views.PdfLinks(
                            href,
                            own == null ? null : sizes.get(own),
                            guidePath == null ? null : page.root() + PercentEncoding.path(guidePath),
                            guidePath == null ? null : sizes.get(guidePath)));
        }
        return byPage;
    }

    /** A file size as people read it: "120 KB", "1.4 MB". */
    static String size(long bytes) {
        if (bytes < 1000 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The guide's document reference: from site.yml, or the initials of the site's title (RLS). */
    static String reference(SiteConfig config) {
        if (config.reference() != null && !config.reference().isBlank()) {
            return config.reference().strip();
        }
        String initials = java.util.Arrays.stream(config.title().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1))
                .collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
        return initials.isEmpty() ? "GUIDE" : initials;
    }

    /** The start of {@code name} that fits in {@code bytes} of UTF-8, cut between words where it can be. */
    static String fitted(String name, int bytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return name;
        }
        int end = 0;
        int used = 0;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            used += name.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (used > bytes) {
                break;
            }
            end = next;
        }
        String cut = name.substring(0, end);
        int dash = cut.lastIndexOf('-');
        return (dash > 0 ? cut.substring(0, dash) : cut).replaceAll("-+$", "");
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static String rendererVersion() {
        try (InputStream in = LeafletWriter.class.getResourceAsStream("/dev/pamphlet/pamphlet.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("openhtmltopdf", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The renderer, made when the first PDF must be: a build whose PDFs are all cached never loads it. */
    private static final class PdfMaker {
        private final LeafletFonts fonts;
        private volatile PdfRenderer renderer;

        PdfMaker(LeafletFonts fonts) {
            this.fonts = fonts;
        }

        byte[] render(String html) throws IOException {
            PdfRenderer r = renderer;
            if (r == null) {
                synchronized (this) {
                    if (renderer == null) {
                        renderer = new OpenHtmlPdfRenderer(fonts);
                    }
                    r = renderer;
                }
            }
            return r.render(html);
        }
    }

    /** The guide's pages without the trust pages: the footer links to those, and they are no part of the guide. */
    private static List<Body> articles(Site site, List<Body> bodies) {
        java.util.Set<String> trust = dev.pamphlet.site.TrustPages.pages(site.config());
        return bodies.stream()
                .filter(b -> !trust.contains(site.basePath(b.page())))
                .toList();
    }
}

package dev.pamphlet.memory;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.leaflet.PdfCache;
import dev.pamphlet.leaflet.PdfMemoryCache;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.render.OtherLanguages;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.SourceText;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Memory in this process: what one build keeps for the next, so that a rebuild after a small edit redoes only what
 * the edit touched. A build given the same memory again reads only the sources it was told about through
 * {@link #forget}, and renders only the pages whose article or surroundings changed. {@link DiskMemory} fills one
 * of these from the disk before a build.
 *
 * <p>Parsed sources stay until they are forgotten: the owner of a long-lived memory must report every changed
 * path. Rendered pages are remembered only as they were last <em>published</em>: a failed build leaves them as
 * they were, so after a fix every page edited in between is rendered again. A page is kept only while everything
 * else it shows is unchanged too: the settings, the templates, the review date, the places, titles and
 * summaries of the pages its navigation shows, and, on a site in several languages, what it shows of the other
 * languages ({@link OtherLanguages}). Each language has its own navigation, so what is remembered of the pages
 * around a page is kept per language, by its tag.
 */
class InProcessMemory implements LiveMemory {

    /**
     * One page as its neighbours show it: in "Pages in this guide", previous/next and breadcrumbs.
     *
     * @param outputPath where it is published: a translation's is in its language's folder
     */
    record NavEntry(String path, String outputPath, String title, String summary) {}

    /** Everything besides its own article that a page's HTML depends on. */
    record Surroundings(
            SiteConfig config, Glossary glossary, List<NavEntry> guide, LocalDate today, TemplateRenderer templates) {

        static Surroundings of(Site site, Glossary glossary, LocalDate today, TemplateRenderer templates) {
            List<NavEntry> guide = site.guide().stream()
                    .map(p -> new NavEntry(
                            p.article().path(),
                            p.outputPath(),
                            p.title(),
                            p.article().meta().summary()))
                    .toList();
            return new Surroundings(site.config(), glossary, guide, today, templates);
        }

        /** Everything but the guide is the same: what every page shows. */
        boolean sameSettings(Surroundings other) {
            return config.equals(other.config)
                    && glossary.equals(other.glossary)
                    && today.equals(other.today)
                    && templates == other.templates;
        }
    }

    /** The PDF leaflets of this process's builds; a memory on disk keeps them on disk instead. */
    private final PdfCache leaflets = new PdfMemoryCache();
    /** The smaller copies of pictures this process's builds made; a memory on disk keeps them on disk instead. */
    private final PictureCopyCache pictureCopies = PictureCopyCache.inMemory();

    private final Map<String, ParsedSource> sources = new ConcurrentHashMap<>();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();
    private volatile ContentTree tree;
    private volatile TemplateRenderer templates;

    /** The surroundings of the last published build's pages, by language tag. */
    private volatile Map<String, Surroundings> publishedSurroundings = Map.of();

    private volatile Map<String, RenderedPage> publishedPages = Map.of();
    private volatile Set<String> publishedStatics = Set.of();
    private volatile Path contentDir;

    /**
     * The guides of a restored build, by language tag. Its settings, glossaries, date and templates equal this
     * build's (the saved build's key says so), so only the guides remain to compare.
     */
    private volatile Map<String, List<NavEntry>> lastGuides = Map.of();

    /** Files the last published build made from lists of pages, by what they are: their inputs, and their paths. */
    private volatile Map<String, Map.Entry<Object, List<String>>> publishedLists = Map.of();

    private final Map<String, Map.Entry<Object, List<String>>> buildingLists = new ConcurrentHashMap<>();
    private final Map<String, Surroundings> buildingSurroundings = new ConcurrentHashMap<>();
    private final Map<String, RenderedPage> building = new ConcurrentHashMap<>();

    @Override
    public void forget(String contentPath) {
        String folder = contentPath.endsWith("/") ? contentPath : contentPath + "/";
        forgotten.add(contentPath);
        if (sources.remove(contentPath) == null) {
            sources.keySet().removeIf(p -> p.startsWith(folder));
        }
        Set<String> statics = publishedStatics;
        if (statics.stream().anyMatch(p -> p.equals(contentPath) || p.startsWith(folder))) {
            publishedStatics = statics.stream()
                    .filter(p -> !p.equals(contentPath) && !p.startsWith(folder))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public void forgetTemplates() {
        templates = null;
        forgetPages();
    }

    @Override
    public void forgetPages() {
        publishedSurroundings = Map.of();
        lastGuides = Map.of();
        publishedPages = Map.of();
        publishedLists = Map.of();
    }

    @Override
    public void forgetAll() {
        sources.clear();
        tree = null;
        publishedStatics = Set.of();
        forgetTemplates();
    }

    /**
     * A build starts: memory in a process has no last build to replay. If the output folder lost its marker
     * (someone deleted or emptied it), nothing published before can be trusted to be there.
     */
    @Override
    public Optional<Replay> replayIfUnchanged(Inputs inputs, List<String> notes, List<Diagnostic> warnings) {
        contentDir = inputs.content();
        if (!publishedSurroundings.isEmpty() && !Files.exists(inputs.output().resolve(OutputGuard.MARKER))) {
            outputUnknown();
        }
        buildingSurroundings.clear();
        buildingLists.clear();
        building.clear();
        return Optional.empty();
    }

    @Override
    public boolean mayReplay(Path output) {
        return false;
    }

    /**
     * The content folder's listing. Listing a large site takes longer than rebuilding one page, so the last listing
     * is reused while every path forgotten since is still a file it lists (an edit, not an addition, deletion or
     * rename).
     */
    @Override
    public ContentTree contentTree(Supplier<ContentTree> list) {
        ContentTree known = tree;
        Set<String> touched = Set.copyOf(forgotten);
        forgotten.removeAll(touched);
        if (known != null
                && touched.stream()
                        .allMatch(p -> lists(known, p)
                                && Files.isRegularFile(contentDir.resolve(p), LinkOption.NOFOLLOW_LINKS))) {
            return known;
        }
        ContentTree fresh = list.get();
        tree = fresh;
        return fresh;
    }

    private static boolean lists(ContentTree tree, String path) {
        List<String> in = path.endsWith(".md") ? tree.markdown() : tree.staticFiles();
        return Collections.binarySearch(in, path) >= 0;
    }

    @Override
    public boolean remembers(String path) {
        return sources.containsKey(path);
    }

    @Override
    public ParsedSource source(String path, Supplier<ParsedSource> parse) {
        ParsedSource known = sources.get(path);
        if (known != null) {
            return known;
        }
        ParsedSource fresh = parse.get();
        sources.put(path, fresh);
        return fresh;
    }

    @Override
    public boolean hasTemplates() {
        return templates != null;
    }

    @Override
    public TemplateRenderer templates(Supplier<TemplateRenderer> load) {
        TemplateRenderer known = templates;
        if (known != null) {
            return known;
        }
        TemplateRenderer fresh = load.get();
        templates = fresh;
        return fresh;
    }

    /**
     * Which pages with unchanged articles this build may keep, decided once per build and language: none when the
     * settings, glossary, date or templates changed; all when every page's place, title and summary are unchanged
     * too; otherwise those whose navigation ({@link PageViewBuilder.Navigation}) shows the same as before, so that
     * a new title is rendered only into the pages that show it. On a site in several languages, a page is kept
     * only if it shows the same of the other languages too: a page added, removed or moved in one language is
     * rendered again into the pages of the others that lead to it. The surroundings are remembered as this
     * build's, for when it is published.
     */
    @Override
    public KeptPages keptPages(Site site, Glossary glossary, LocalDate today, TemplateRenderer templates) {
        Surroundings now = Surroundings.of(site, glossary, today, templates);
        String language = site.language().tag();
        buildingSurroundings.put(language, now);
        PageViewBuilder views = new PageViewBuilder(site, !glossary.isEmpty(), today);
        Predicate<Page> unchangedNavigation = unchangedNavigation(now, site, views, language);
        Map<String, RenderedPage> published = publishedPages;
        return page -> {
            RenderedPage known = published.get(page.article().path());
            if (known == null
                    || known.facts().page().position() != page.position()
                    || !known.facts().page().outputPath().equals(page.outputPath())
                    || known.article() != page.article() && !known.article().equals(page.article())
                    || !unchangedNavigation.test(page)
                    || !known.otherLanguages()
                            .equals(views.otherLanguages(
                                    page, known.otherLanguages().addresses()))) {
                return Optional.empty();
            }
            return Optional.of(known);
        };
    }

    private Predicate<Page> unchangedNavigation(Surroundings now, Site site, PageViewBuilder is, String language) {
        Surroundings published = publishedSurroundings.get(language);
        List<NavEntry> before = lastGuides.get(language);
        if (before == null && published != null && published.sameSettings(now)) {
            before = published.guide();
        }
        if (before == null) {
            return page -> false;
        }
        if (before.equals(now.guide())) {
            return page -> true;
        }
        List<Page> previous = pagesOf(before);
        PageViewBuilder was = new PageViewBuilder(
                site.withGuide(previous, bySource(previous, site)),
                !now.glossary().isEmpty());
        return page -> {
            int at = page.position();
            return at < previous.size()
                    && previous.get(at).article().path().equals(page.article().path())
                    && was.navigation(previous.get(at)).equals(is.navigation(page));
        };
    }

    /** The pages of an earlier guide, with what navigation shows of them: path, title and summary. */
    private static List<Page> pagesOf(List<NavEntry> guide) {
        List<Page> pages = new ArrayList<>(guide.size());
        for (NavEntry e : guide) {
            FrontMatter shown = new FrontMatter(e.title(), e.summary(), null, null, List.of(), null, List.of(), false);
            Article article = new Article(e.path(), new SourceText(e.path(), ""), shown, 0, 1, Map.of());
            pages.add(new Page(article, e.outputPath(), pages.size()));
        }
        return pages;
    }

    /** The pages by the default language's path they are (or translate), as {@link Site#bySource} has them. */
    private static Map<String, Page> bySource(List<Page> pages, Site site) {
        Map<String, Page> map = new HashMap<>();
        pages.forEach(p -> map.put(site.basePath(p), p));
        return map;
    }

    /**
     * Starts from what an earlier build process published, as its last build describes it, instead of from
     * nothing. Call before the build runs, on a new memory.
     *
     * @param tree      this build's listing of the content folder
     * @param articles  the unchanged sources, with their last front matter, reading their text when asked for it
     * @param pages     the published pages that are unchanged, by source path, still on disk as published
     * @param statics   the static files still published as they are
     * @param guides    the last build's guide in each language, in order, by language tag
     */
    void restore(
            ContentTree tree,
            List<Article> articles,
            Map<String, RenderedPage> pages,
            Set<String> statics,
            Map<String, List<NavEntry>> guides) {
        this.tree = tree;
        for (Article article : articles) {
            sources.put(article.path(), new ParsedSource(Optional.of(article), List.of()));
        }
        publishedPages = Map.copyOf(pages);
        publishedStatics = Set.copyOf(statics);
        lastGuides = Map.copyOf(guides);
    }

    /** The guide in each language of the last build published, by language tag. */
    Map<String, List<NavEntry>> publishedGuides() {
        Map<String, List<NavEntry>> guides = new HashMap<>();
        publishedSurroundings.forEach((language, around) -> guides.put(language, around.guide()));
        return guides;
    }

    /** Every source parsed or restored, by path. */
    Map<String, ParsedSource> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /** The pages as the last build published them, by source path. */
    Map<String, RenderedPage> publishedPages() {
        return publishedPages;
    }

    @Override
    public void record(Page page, RenderedPage rendering) {
        building.put(page.article().path(), rendering);
    }

    @Override
    public Optional<List<String>> keptFiles(String made, Object inputs) {
        Map.Entry<Object, List<String>> published = publishedLists.get(made);
        return published != null && published.getKey().equals(inputs)
                ? Optional.of(published.getValue())
                : Optional.empty();
    }

    @Override
    public void recordFiles(String made, Object inputs, List<String> paths) {
        buildingLists.put(made, Map.entry(inputs, List.copyOf(paths)));
    }

    @Override
    public boolean staticPublished(String path) {
        return publishedStatics.contains(path);
    }

    @Override
    public String outputId() {
        return null;
    }

    @Override
    public void published(
            Set<String> produced,
            Set<String> statics,
            int pages,
            List<Diagnostic> reported,
            List<String> summaries,
            List<Diagnostic> warnings) {
        publishedSurroundings = Map.copyOf(buildingSurroundings);
        publishedLists = Map.copyOf(buildingLists);
        lastGuides = Map.of();
        publishedPages = Map.copyOf(building);
        publishedStatics = Set.copyOf(statics);
        building.clear();
    }

    @Override
    public void outputUnknown() {
        forgetPages();
        publishedStatics = Set.of();
        building.clear();
    }

    @Override
    public PdfCache leaflets() {
        return leaflets;
    }

    @Override
    public PictureCopyCache pictureCopies() {
        return pictureCopies;
    }
}

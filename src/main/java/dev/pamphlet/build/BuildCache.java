package dev.pamphlet.build;

import dev.pamphlet.check.PageFacts;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.content.Glossary;
import dev.pamphlet.content.ContentTree;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.output.OutputGuard;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What one build keeps for the next, so that a rebuild after a small edit redoes only what the edit touched.
 * A {@link Build} given the same cache again reads only the sources it was told about through {@link #forget},
 * and renders only the pages whose article or surroundings changed.
 *
 * <p>Parsed sources stay until they are forgotten: the owner of a long-lived cache must report every changed
 * path. Rendered pages are remembered only as they were last <em>published</em>: a failed build leaves them as
 * they were, so after a fix every page edited in between is rendered again. A page is kept only while everything
 * else it shows is unchanged too: the settings, the templates, the review date, and the places, titles and
 * summaries of the pages its navigation shows.
 */
public final class BuildCache {

    /** A Markdown file as parsed: the article, or empty when it has errors, and what its checks found. */
    record ParsedSource(Optional<Article> article, List<Diagnostic> problems) {
    }

    /**
     * A page as it was rendered and published, with what later steps take from each page: the facts the link
     * check needs, its own warnings, and its search index entry.
     */
    record RenderedPage(Article article, PageFacts facts, List<Diagnostic> problems, String searchEntry) {
    }

    /** One page as its neighbours show it: in "Pages in this guide", previous/next and breadcrumbs. */
    record NavEntry(String path, String title, String summary) {
    }

    /** Everything besides its own article that a page's HTML depends on. */
    record Surroundings(SiteConfig config, Glossary glossary, List<NavEntry> guide, LocalDate today,
                        TemplateRenderer templates) {

        static Surroundings of(Site site, Glossary glossary, LocalDate today, TemplateRenderer templates) {
            List<NavEntry> guide = site.guide().stream().map(p -> new NavEntry(p.article().path(), p.title(),
                    p.article().meta().summary())).toList();
            return new Surroundings(site.config(), glossary, guide, today, templates);
        }

        /** Everything but the guide is the same: what every page shows. */
        boolean sameSettings(Surroundings other) {
            return config.equals(other.config) && glossary.equals(other.glossary) && today.equals(other.today)
                    && templates == other.templates;
        }
    }

    private final Map<String, ParsedSource> sources = new ConcurrentHashMap<>();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();
    private volatile ContentTree tree;
    private volatile TemplateRenderer templates;

    private volatile Surroundings publishedSurroundings;
    private volatile Map<String, RenderedPage> publishedPages = Map.of();
    private volatile Set<String> publishedStatics = Set.of();
    private volatile Set<String> publishedOutputs;

    /**
     * Articles restored from a saved build with their front matter only (see {@link #restore}): a page showing one
     * must read its source again before it is rendered.
     */
    private final Set<Article> unread = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The guide of a restored build. Its settings, glossary, date and templates equal this build's (the saved
     * build's key says so), so only the guide remains to compare.
     */
    private volatile List<NavEntry> restoredGuide;

    private volatile Surroundings buildingSurroundings;
    private final Map<String, RenderedPage> building = new ConcurrentHashMap<>();
    private volatile Set<String> buildingStatics = Set.of();
    private final AtomicInteger rendered = new AtomicInteger();

    /**
     * Drops what is known about a content path (relative to the content folder, with '/'), or about everything
     * under it when it is a folder: a changed, added, deleted or renamed file or folder.
     */
    public void forget(String contentPath) {
        String folder = contentPath.endsWith("/") ? contentPath : contentPath + "/";
        forgotten.add(contentPath);
        if (sources.remove(contentPath) == null) {
            sources.keySet().removeIf(p -> p.startsWith(folder));
        }
        Set<String> statics = publishedStatics;
        if (statics.stream().anyMatch(p -> p.equals(contentPath) || p.startsWith(folder))) {
            publishedStatics = statics.stream().filter(p -> !p.equals(contentPath) && !p.startsWith(folder))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** A template changed: load the templates again and render every page. */
    public void forgetTemplates() {
        templates = null;
        forgetPages();
    }

    /** Something every page may show changed (a settings file): render every page again. */
    public void forgetPages() {
        publishedSurroundings = null;
        restoredGuide = null;
        publishedPages = Map.of();
    }

    /** Forgets everything, e.g. when file-change events were lost. */
    public void forgetAll() {
        sources.clear();
        tree = null;
        publishedStatics = Set.of();
        publishedOutputs = null;
        forgetTemplates();
    }

    /** Pages rendered (not kept) by the last build. */
    public int renderedPages() {
        return rendered.get();
    }

    /**
     * Starts a build into {@code output}. If the output folder lost its marker (someone deleted or emptied it),
     * nothing published before can be trusted to be there.
     */
    void startBuild(Path output) {
        if (publishedOutputs != null && !Files.exists(output.resolve(OutputGuard.MARKER))) {
            unknownOutput();
        }
        buildingSurroundings = null;
        building.clear();
        buildingStatics = Set.of();
        rendered.set(0);
    }

    /**
     * The content folder's listing. Listing a large site takes longer than rebuilding one page, so the last listing
     * is reused while every path forgotten since is still a file it lists (an edit, not an addition, deletion or
     * rename).
     */
    ContentTree tree(Path contentDir, Supplier<ContentTree> list) {
        ContentTree known = tree;
        Set<String> touched = Set.copyOf(forgotten);
        forgotten.removeAll(touched);
        if (known != null && touched.stream().allMatch(p -> lists(known, p)
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

    boolean hasParsed(String path) {
        return sources.containsKey(path);
    }

    ParsedSource parsed(String path, Supplier<ParsedSource> parse) {
        ParsedSource known = sources.get(path);
        if (known != null) {
            return known;
        }
        ParsedSource fresh = parse.get();
        sources.put(path, fresh);
        return fresh;
    }

    /** Whether templates are loaded already (the libraries that render pages, then, too). */
    boolean hasTemplates() {
        return templates != null;
    }

    /** The cached templates, or freshly loaded ones; a failed load is not kept, so the next build tries again. */
    TemplateRenderer templates(Supplier<TemplateRenderer> load) {
        TemplateRenderer known = templates;
        if (known != null) {
            return known;
        }
        TemplateRenderer fresh = load.get();
        templates = fresh;
        return fresh;
    }

    /**
     * Which pages with unchanged articles this build may keep, decided once per build: none when the settings,
     * glossary, date or templates changed; all when every page's place, title and summary are unchanged too;
     * otherwise those whose navigation ({@link PageViewBuilder.Navigation}) shows the same as before, so that a
     * new title is rendered only into the pages that show it. The surroundings are remembered as this build's,
     * for when it is published.
     */
    Predicate<Page> keepablePages(Surroundings now, Site site, boolean hasGlossary) {
        buildingSurroundings = now;
        Surroundings published = publishedSurroundings;
        List<NavEntry> before = restoredGuide;
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
        PageViewBuilder was = new PageViewBuilder(new Site(site.config(), previous, bySource(previous), Set.of(),
                Set.of()), hasGlossary);
        PageViewBuilder is = new PageViewBuilder(site, hasGlossary);
        return page -> {
            int at = page.position();
            return at < previous.size() && previous.get(at).article().path().equals(page.article().path())
                    && was.navigation(previous.get(at)).equals(is.navigation(page));
        };
    }

    /** The pages of an earlier guide, with what navigation shows of them: path, title and summary. */
    private static List<Page> pagesOf(List<NavEntry> guide) {
        List<Page> pages = new ArrayList<>(guide.size());
        for (NavEntry e : guide) {
            FrontMatter shown = new FrontMatter(e.title(), e.summary(), null, null, List.of(), null, List.of(), false);
            Article article = new Article(e.path(), new SourceText(e.path(), ""), shown, 0, 1, Map.of());
            pages.add(new Page(article, Page.outputPathFor(e.path()), pages.size()));
        }
        return pages;
    }

    private static Map<String, Page> bySource(List<Page> pages) {
        Map<String, Page> map = new HashMap<>();
        pages.forEach(p -> map.put(p.article().path(), p));
        return map;
    }

    /**
     * Starts from what an earlier build process published, as its saved build describes it, instead of from
     * nothing. Call before the build runs, on a new cache.
     *
     * @param tree      this build's listing of the content folder
     * @param articles  the unchanged sources, with their saved front matter and without their text
     * @param pages     the published pages that are unchanged, by source path, still on disk as published
     * @param statics   the static files still published as they are
     * @param outputs   the files the saved build published, or null when the output folder must be listed
     * @param guide     the saved build's guide, in order
     */
    void restore(ContentTree tree, List<Article> articles, Map<String, RenderedPage> pages, Set<String> statics,
                 Set<String> outputs, List<NavEntry> guide) {
        this.tree = tree;
        for (Article article : articles) {
            sources.put(article.path(), new ParsedSource(Optional.of(article), List.of()));
            unread.add(article);
        }
        publishedPages = Map.copyOf(pages);
        publishedStatics = Set.copyOf(statics);
        publishedOutputs = outputs == null ? null : Set.copyOf(outputs);
        restoredGuide = List.copyOf(guide);
    }

    /** Whether this article was restored without its text (see {@link #restore}). */
    boolean isUnread(Article article) {
        return unread.contains(article);
    }

    /** Every source parsed or restored, by path. */
    Map<String, ParsedSource> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /** The pages as the last build published them, by source path. */
    Map<String, RenderedPage> publishedPages() {
        return publishedPages;
    }

    /** The published rendering of this page if its article is unchanged; null otherwise. */
    RenderedPage published(Page page) {
        RenderedPage known = publishedPages.get(page.article().path());
        if (known == null || known.facts().page().position() != page.position()
                || known.article() != page.article() && !known.article().equals(page.article())) {
            return null;
        }
        building.put(page.article().path(), known);
        return known;
    }

    void rendered(Page page, RenderedPage rendering) {
        rendered.incrementAndGet();
        building.put(page.article().path(), rendering);
    }

    /** The files the last published build made, or null when unknown (then the output folder is listed). */
    Set<String> publishedOutputs() {
        return publishedOutputs;
    }

    boolean staticPublished(String path) {
        return publishedStatics.contains(path);
    }

    void statics(Set<String> paths) {
        buildingStatics = Set.copyOf(paths);
    }

    /** The build just published: what it rendered is now what is on disk. */
    void published(Set<String> outputs) {
        publishedSurroundings = buildingSurroundings;
        restoredGuide = null;
        publishedOutputs = outputs;
        publishedPages = Map.copyOf(building);
        publishedStatics = buildingStatics;
        building.clear();
    }

    /** Publishing failed part-way: what is on disk is no longer known. */
    void unknownOutput() {
        forgetPages();
        publishedOutputs = null;
        publishedStatics = Set.of();
        building.clear();
    }
}

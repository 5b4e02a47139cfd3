package dev.pamphlet.site;

import dev.pamphlet.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sections of a site in one language, made from where its pages are: every folder holding a page, and every
 * folder above one, is a section. Made from the guide alone (paths, titles, summaries and places), so an earlier
 * build's guide gives that build's sections.
 */
public final class Sections {
    private final Map<String, Section> byFolder;
    /** The section each page is in, by output path: for a hub, the section holding its own. */
    private final Map<String, Section> ofPage;

    private final Map<String, Integer> counts = new HashMap<>();

    /** Each page's place in the guide of the section it steps through, by output path. */
    private final Map<String, Integer> places = new HashMap<>();

    private Sections(Map<String, Section> byFolder, Map<String, Section> ofPage) {
        this.byFolder = byFolder;
        this.ofPage = ofPage;
        for (Section s : byFolder.values()) {
            for (int i = 0; i < s.guide().size(); i++) {
                places.put(s.guide().get(i).outputPath(), i);
            }
        }
    }

    public static final Sections NONE = new Sections(Map.of(), Map.of());

    /** @param guide the home page first, then the articles in reading order */
    public static Sections of(List<Page> guide, Language language) {
        return of(guide, language, Set.of());
    }

    /**
     * @param guide the home page first, then the articles in reading order
     * @param apart the Markdown paths, in the default language, of pages that belong to no section: the trust
     *              pages, which the footer links to. They are in no hub's list, "Pages in this guide" or
     *              previous and next. A folder's {@code index.md} still leads its folder.
     */
    public static Sections of(List<Page> guide, Language language, Set<String> apart) {
        if (guide.isEmpty()) {
            return NONE;
        }
        Map<String, Page> hubs = new HashMap<>();
        Map<String, List<Page>> pages = new LinkedHashMap<>();
        pages.put("", new ArrayList<>());
        hubs.put("", guide.get(0));
        for (Page page : guide.subList(1, guide.size())) {
            String base = language.basePath(page.article().path());
            if (base.endsWith("/index.md")) {
                String folder = base.substring(0, base.length() - "index.md".length());
                hubs.put(folder, page);
                addFolder(pages, folder);
            } else if (!apart.contains(base)) {
                String folder = base.substring(0, base.lastIndexOf('/') + 1);
                addFolder(pages, folder);
                pages.get(folder).add(page);
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        for (String folder : pages.keySet()) {
            if (!folder.isEmpty()) {
                children.computeIfAbsent(parentOf(folder), f -> new ArrayList<>())
                        .add(folder);
            }
        }
        Map<String, Section> byFolder = new LinkedHashMap<>();
        Map<String, Section> ofPage = new HashMap<>();
        for (Map.Entry<String, List<Page>> e : pages.entrySet()) {
            String folder = e.getKey();
            Page hub = hubs.get(folder);
            List<String> inside = new ArrayList<>(children.getOrDefault(folder, List.of()));
            // Reading order, as for pages: a hub's place in the guide; sections without index.md after, by title.
            inside.sort(Comparator.comparingInt(
                            (String f) -> hubs.containsKey(f) ? hubs.get(f).position() : Integer.MAX_VALUE)
                    .thenComparing(f -> titleOf(f, hubs.get(f), language), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(f -> f));
            Section section = new Section(
                    folder,
                    titleOf(folder, hub, language),
                    hub != null
                            ? hub.article().meta().summary()
                            : language.messages().format("section.generated_summary", titleOf(folder, null, language)),
                    hub,
                    hub != null ? hub.outputPath() : language.folder() + folder + "index.html",
                    List.copyOf(e.getValue()),
                    List.copyOf(inside),
                    folder.isEmpty() ? null : parentOf(folder),
                    guideOf(hub, e.getValue()));
            byFolder.put(folder, section);
            e.getValue().forEach(p -> ofPage.put(p.outputPath(), section));
        }
        for (Section section : byFolder.values()) {
            if (section.hub() != null && !section.isTop()) {
                ofPage.put(section.hub().outputPath(), byFolder.get(section.parent()));
            }
        }
        return new Sections(byFolder, ofPage);
    }

    private static List<Page> guideOf(Page hub, List<Page> pages) {
        List<Page> all = new ArrayList<>(pages.size() + 1);
        if (hub != null) {
            all.add(hub);
        }
        all.addAll(pages);
        return List.copyOf(all);
    }

    /** Where a page is in its own section's guide (a hub's is the one it leads), or -1. */
    public int indexInGuide(Page page) {
        Integer at = places.get(page.outputPath());
        return at == null ? -1 : at;
    }

    /** The folder and every folder above it, each with its list of pages. */
    private static void addFolder(Map<String, List<Page>> pages, String folder) {
        for (String f = folder; !f.isEmpty() && !pages.containsKey(f); f = parentOf(f)) {
            pages.put(f, new ArrayList<>());
        }
    }

    static String parentOf(String folder) {
        int slash = folder.lastIndexOf('/', folder.length() - 2);
        return slash < 0 ? "" : folder.substring(0, slash + 1);
    }

    /** The hub's title, or the folder's name as a reader would write it: {@code living-with} is "Living with". */
    static String titleOf(String folder, Page hub, Language language) {
        if (hub != null) {
            return hub.title();
        }
        String name = folder.substring(parentOf(folder).length(), Math.max(0, folder.length() - 1));
        String words = name.replaceAll("[-_]+", " ").strip();
        if (words.isEmpty()) {
            return name;
        }
        Locale locale = language.locale();
        int first = words.offsetByCodePoints(0, 1);
        return words.substring(0, first).toUpperCase(locale) + words.substring(first);
    }

    /** Every section, the top first, then in the order of their folders' first pages. */
    public List<Section> all() {
        return List.copyOf(byFolder.values());
    }

    /** The top section, whose hub is the home page. */
    public Section top() {
        return byFolder.get("");
    }

    public Section byFolder(String folder) {
        return byFolder.get(folder);
    }

    /**
     * The section a page is in: the folder's for a page, the one holding its own for a hub; null for the home
     * page.
     */
    public Section of(Page page) {
        return ofPage.get(page.outputPath());
    }

    /** The section whose hub a page is, or null when it is no hub. */
    public Section ledBy(Page page) {
        if (page.position() == 0) {
            return top();
        }
        Section in = of(page);
        if (in == null) {
            return null;
        }
        for (String child : in.children()) {
            Section s = byFolder.get(child);
            if (s.hub() == page) {
                return s;
            }
        }
        return null;
    }

    /** The sections above a section's, from the top down, without it. */
    public List<Section> above(Section section) {
        List<Section> chain = new ArrayList<>();
        for (String f = section.parent(); f != null; f = byFolder.get(f).parent()) {
            chain.add(0, byFolder.get(f));
        }
        return chain;
    }

    /** How many pages a section holds, in it and in the sections inside it, hubs of those included. */
    public int pageCount(Section section) {
        Integer known;
        synchronized (counts) {
            known = counts.get(section.folder());
        }
        if (known != null) {
            return known;
        }
        int count = section.pages().size();
        for (String child : section.children()) {
            Section s = byFolder.get(child);
            count += pageCount(s) + (s.hub() == null ? 0 : 1);
        }
        synchronized (counts) {
            counts.put(section.folder(), count);
        }
        return count;
    }

    /** Whether the site has sections besides the top one. */
    public boolean any() {
        return byFolder.size() > 1;
    }
}

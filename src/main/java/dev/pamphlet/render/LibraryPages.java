package dev.pamphlet.render;

import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.language.Alphabet;
import dev.pamphlet.render.PageViewBuilder.Crumb;
import dev.pamphlet.render.Views.HubView;
import dev.pamphlet.render.Views.LetterView;
import dev.pamphlet.render.Views.LinkView;
import dev.pamphlet.render.Views.NavItem;
import dev.pamphlet.render.Views.PageView;
import dev.pamphlet.render.Views.TopicView;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Section;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages Pamphlet makes of its own for a library, besides each Markdown file's: the hub of a section without
 * an {@code index.md}, the further parts of a long hub's list, the A to Z, the list of topics and each topic's
 * page. Each is made from the pages' titles, summaries, places and tags only.
 */
public final class LibraryPages {
    public static final String HUB_TEMPLATE = "hub.ftlh";
    public static final String A_TO_Z_TEMPLATE = "a-z.ftlh";
    public static final String TOPICS_TEMPLATE = "topics.ftlh";
    public static final String TOPIC_TEMPLATE = "topic.ftlh";

    public static final String A_TO_Z = "a-z.html";

    /**
     * Up to this many entries the A to Z is one page; above it, a page of letters, each leading to a page of its
     * own, so that a library of 10,000 pages is not one page of 10,000 links.
     */
    static final int A_TO_Z_ON_ONE_PAGE = 1000;

    /** One page to write: where, with which template, and what the template sees. */
    public record Output(String path, String template, String what, Map<String, Object> model) {}

    private final Site site;
    private final PageViewBuilder views;
    private final String folder;
    private final int onOnePage;

    public LibraryPages(Site site, PageViewBuilder views) {
        this(site, views, A_TO_Z_ON_ONE_PAGE);
    }

    /** @param onOnePage the most entries the A to Z shows on one page */
    LibraryPages(Site site, PageViewBuilder views, int onOnePage) {
        this.onOnePage = onOnePage;
        this.site = site;
        this.views = views;
        this.folder = site.language().folder();
    }

    /** Every page of the library to write, in no particular order. */
    public List<Output> all() {
        List<Output> out = new ArrayList<>();
        hubs(out);
        aToZ(out);
        topics(out);
        return out;
    }

    private String text(String key, Object... args) {
        return site.language().messages().format(key, args);
    }

    /** A generated hub's every part, and the parts after the first of a hub that is a page. */
    private void hubs(List<Output> out) {
        for (Section section : site.sections().all()) {
            int parts = section.parts();
            for (int part = section.generated() ? 1 : 2; part <= parts; part++) {
                String path = section.partPath(part);
                String root = new Page(null, path, 1).root();
                HubView hub = views.hub(section, root, part);
                String title = part == 1 ? section.title() : text("listing.part_title", section.title(), part, parts);
                // The first part's trail leads to the section holding this one; a later part's, to its first.
                Section above = part > 1 ? section : site.sections().byFolder(section.parent());
                List<Crumb> trail = views.trail(above);
                LinkView in = above.isTop()
                        ? null
                        : new LinkView(above.title(), root + PercentEncoding.path(above.hubPath()));
                PageView view = views.madeView(title, section.summary(), path, trail, in, hub);
                out.add(new Output(path, HUB_TEMPLATE, "the hub of " + section.folder(), views.madeModel(view)));
            }
        }
    }

    /** An entry of the A to Z: a page, or a section whose hub is made from its folder's name. */
    private record Entry(String title, String path) {}

    private void aToZ(List<Output> out) {
        List<Entry> entries = new ArrayList<>();
        for (Page page : site.guide().subList(1, site.guide().size())) {
            entries.add(new Entry(page.title(), page.outputPath()));
        }
        for (Section section : site.sections().all()) {
            if (section.generated()) {
                entries.add(new Entry(section.title(), section.hubPath()));
            }
        }
        Alphabet alphabet = Alphabet.of(site.language().tag());
        Map<String, List<Entry>> byLetter = new LinkedHashMap<>();
        for (Entry e : alphabet.sorted(entries, Entry::title)) {
            String letter = alphabet.letterOf(e.title());
            byLetter.computeIfAbsent(letter.isEmpty() ? "#" : letter, l -> new ArrayList<>())
                    .add(e);
        }
        List<String> letters = new ArrayList<>(byLetter.keySet());
        boolean onePage = entries.size() <= onOnePage;
        String indexPath = folder + A_TO_Z;
        List<Crumb> trail = List.of(new Crumb(site.home().title(), site.home().outputPath()));
        String title = text("az.heading");
        String summary = text("az.description", views.siteView().title());
        out.add(new Output(
                indexPath,
                A_TO_Z_TEMPLATE,
                "the A to Z page",
                aToZModel(
                        views.madeView(title, summary, indexPath, trail, null, null),
                        letters,
                        byLetter,
                        onePage,
                        null)));
        if (onePage) {
            return;
        }
        for (String letter : letters) {
            String path = letterPath(letter);
            PageView view = views.madeView(text("az.letter_title", letter), summary, path, trail, null, null);
            out.add(new Output(
                    path,
                    A_TO_Z_TEMPLATE,
                    "the A to Z page of " + letter,
                    aToZModel(view, letters, byLetter, false, letter)));
        }
    }

    private Map<String, Object> aToZModel(
            PageView view, List<String> letters, Map<String, List<Entry>> byLetter, boolean onePage, String current) {
        String root = view.root();
        List<LetterView> index = new ArrayList<>(letters.size());
        LetterView shown = null;
        for (String letter : letters) {
            boolean listed = onePage || letter.equals(current);
            List<LinkView> links = new ArrayList<>();
            if (listed) {
                for (Entry e : byLetter.get(letter)) {
                    links.add(new LinkView(e.title(), root + PercentEncoding.path(e.path())));
                }
            }
            String id = "letter-" + key(letter);
            String href = onePage ? "#" + PercentEncoding.path(id) : root + PercentEncoding.path(letterPath(letter));
            LetterView view1 = new LetterView(letter, id, href, List.copyOf(links), letter.equals(current));
            index.add(view1);
            if (letter.equals(current)) {
                shown = view1;
            }
        }
        Map<String, Object> model = views.madeModel(view);
        model.put("letters", List.copyOf(index));
        if (shown != null) {
            model.put("letter", shown);
        }
        return model;
    }

    /** A letter as a file name and anchor: {@code a}, {@code ch}, {@code 0-9}. */
    private static String key(String letter) {
        return letter.equals(Alphabet.DIGITS) ? "0-9" : letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT);
    }

    private String letterPath(String letter) {
        return folder + "a-z/" + key(letter) + ".html";
    }

    private void topics(List<Output> out) {
        if (site.topics().isEmpty()) {
            return;
        }
        String indexPath = folder + Topics.INDEX;
        List<Crumb> trail = List.of(new Crumb(site.home().title(), site.home().outputPath()));
        String indexRoot = new Page(null, indexPath, 1).root();
        List<TopicView> all = new ArrayList<>();
        for (Topics.Topic topic : site.topics().all()) {
            all.add(new TopicView(
                    topic.name(),
                    indexRoot + PercentEncoding.path(topic.path()),
                    topic.pages().size()));
        }
        Map<String, Object> index = views.madeModel(views.madeView(
                text("topics.heading"),
                text("topics.description", views.siteView().title()),
                indexPath,
                trail,
                null,
                null));
        index.put("topics", List.copyOf(all));
        out.add(new Output(indexPath, TOPICS_TEMPLATE, "the list of topics", index));
        List<Crumb> topicTrail = List.of(trail.get(0), new Crumb(text("topics.heading"), indexPath));
        for (Topics.Topic topic : site.topics().all()) {
            int parts = Math.max(1, (topic.pages().size() + Section.LISTED_PER_PART - 1) / Section.LISTED_PER_PART);
            for (int part = 1; part <= parts; part++) {
                String path = part == 1 ? topic.path() : topic.path().replaceFirst("\\.html$", "-" + part + ".html");
                String root = new Page(null, path, 1).root();
                int from = (part - 1) * Section.LISTED_PER_PART;
                List<NavItem> items = new ArrayList<>();
                for (Page p :
                        topic.pages().subList(from, Math.min(topic.pages().size(), from + Section.LISTED_PER_PART))) {
                    items.add(new NavItem(
                            p.title(),
                            p.article().meta().summary(),
                            root + PercentEncoding.path(p.outputPath()),
                            false));
                }
                List<LinkView> links = new ArrayList<>();
                for (int i = 1; parts > 1 && i <= parts; i++) {
                    String to = i == 1 ? topic.path() : topic.path().replaceFirst("\\.html$", "-" + i + ".html");
                    links.add(new LinkView(String.valueOf(i), root + PercentEncoding.path(to)));
                }
                HubView hub = new HubView(
                        List.of(), List.copyOf(items), topic.pages().size(), part, List.copyOf(links), true, null);
                String title = part == 1
                        ? text("topic.title", topic.name())
                        : text("listing.part_title", text("topic.title", topic.name()), part, parts);
                PageView view = views.madeView(
                        title,
                        text("topic.description", topic.name(), topic.pages().size()),
                        path,
                        topicTrail,
                        null,
                        hub);
                Map<String, Object> model = views.madeModel(view);
                model.put(
                        "topic",
                        new TopicView(
                                topic.name(),
                                root + PercentEncoding.path(topic.path()),
                                topic.pages().size()));
                out.add(new Output(path, TOPIC_TEMPLATE, "the page of topic " + topic.name(), model));
            }
        }
    }
}

package dev.pamphlet.site;

import dev.pamphlet.language.Alphabet;
import dev.pamphlet.language.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The topics of a site in one language: one per tag its pages carry, listing those pages across sections. Tags
 * that differ only in case are one topic (their pages would otherwise be written to one file on a disk that
 * ignores case), named as the first page in reading order writes it.
 */
public final class Topics {
    /** Where the topic pages go, and the list of every topic, from the language's folder. */
    public static final String FOLDER = "topics/";

    public static final String INDEX = "topics.html";

    /**
     * One topic.
     *
     * @param name  the tag as written
     * @param path  where its page is written, from the site root ({@code topics/sleep.html})
     * @param pages the pages that carry it, in reading order
     */
    public record Topic(String name, String path, List<Page> pages) {}

    private final List<Topic> topics;
    private final Map<String, Topic> byKey;

    private Topics(List<Topic> topics, Map<String, Topic> byKey) {
        this.topics = topics;
        this.byKey = byKey;
    }

    public static Topics of(List<Page> guide, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Page>> pages = new LinkedHashMap<>();
        for (Page page : guide) {
            for (String tag : page.article().meta().tags()) {
                if (!usable(tag)) {
                    continue;
                }
                String key = key(tag);
                names.putIfAbsent(key, tag.strip());
                List<Page> of = pages.computeIfAbsent(key, k -> new ArrayList<>());
                if (of.isEmpty() || of.get(of.size() - 1) != page) {
                    of.add(page);
                }
            }
        }
        Alphabet alphabet = Alphabet.of(language.tag());
        List<Topic> topics = new ArrayList<>();
        Map<String, Topic> byKey = new LinkedHashMap<>();
        for (String key : alphabet.sorted(new ArrayList<>(names.keySet()), names::get)) {
            Topic topic = new Topic(
                    names.get(key),
                    language.folder() + FOLDER + fileName(names.get(key)) + ".html",
                    List.copyOf(pages.get(key)));
            topics.add(topic);
            byKey.put(key, topic);
        }
        return new Topics(List.copyOf(topics), Map.copyOf(byKey));
    }

    /** A tag that names a topic: one with a letter or a digit in it ("", "  " and "!!!" name nothing). */
    public static boolean usable(String tag) {
        return tag != null && tag.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String key(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The tag as a file name: as written, but for the characters no file name may hold on some disk (a slash
     * would make a folder); its address is the file name percent-encoded.
     */
    static String fileName(String tag) {
        return tag.strip().replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-").replaceAll("^\\.+", "-");
    }

    /** Every topic, in the language's alphabetical order. */
    public List<Topic> all() {
        return topics;
    }

    /** The topic of a tag, or null for a tag that names none. */
    public Topic of(String tag) {
        return usable(tag) ? byKey.get(key(tag)) : null;
    }

    public boolean isEmpty() {
        return topics.isEmpty();
    }
}

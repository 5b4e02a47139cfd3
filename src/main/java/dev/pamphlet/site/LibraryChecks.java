package dev.pamphlet.site;

import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What can go wrong with the library a site's folders and tags make: a section without its {@code index.md}, a
 * hub that is a draft, a tag that names nothing, a Markdown file Pamphlet would not read as a page, and the pages
 * Pamphlet writes itself (hubs, A to Z, topics) landing on a file of the content folder's.
 */
final class LibraryChecks {
    /** Where the A to Z of a large site puts a page for each letter. */
    static final String LETTERS_FOLDER = "a-z/";

    static final String A_TO_Z = "a-z.html";

    /** Names editors give Markdown files that Pamphlet only reads as {@code .md}. */
    private static final Pattern OTHER_MARKDOWN =
            Pattern.compile(".*\\.(markdown|mdown|mkd|mkdn|mdwn|mdx)$", Pattern.CASE_INSENSITIVE);

    private LibraryChecks() {}

    static void check(
            Site site,
            List<Article> articles,
            Set<String> drafts,
            List<String> staticFiles,
            Function<String, String> display,
            List<Diagnostic> problems) {
        boolean main = site.language().isDefault();
        for (Article a : articles) {
            if (drafts.contains(a.path()) && site.language().basePath(a.path()).endsWith("/index.md")) {
                problems.add(Diagnostic.warning(
                                display.apply(a.path()),
                                a.lineOf("draft"),
                                1,
                                "this section's hub page is a draft: until it is published, the section gets a hub"
                                        + " titled from its folder's name")
                        .withHint("remove 'draft: true' to publish the hub, or build with --drafts to preview it"));
            }
        }
        for (Page page : site.guide()) {
            for (String tag : page.article().meta().tags()) {
                if (!Topics.usable(tag)) {
                    problems.add(Diagnostic.warning(
                                    display.apply(page.article().path()),
                                    page.article().lineOf("tags"),
                                    1,
                                    (tag == null || tag.isBlank()
                                                    ? "a tag is empty"
                                                    : "tag '" + tag + "' has no letter or digit")
                                            + ": it names no topic, so it is left out")
                            .withHint("write the tag as a word or two (tags: [sleep, children]), or remove it"));
                }
            }
        }
        if (main) {
            for (Section section : site.sections().all()) {
                if (section.generated() && !drafts.contains(section.folder() + "index.md")) {
                    String folder =
                            section.folder().substring(0, section.folder().length() - 1);
                    problems.add(Diagnostic.warning(
                                    display.apply(folder),
                                    0,
                                    0,
                                    "this section has no index.md: its hub is titled '" + section.title()
                                            + "' from the folder's name and has no summary of its own")
                            .withHint("create " + display.apply(section.folder() + "index.md")
                                    + " with a title, a summary and a few lines introducing the section"));
                }
            }
            for (String file : staticFiles) {
                if (OTHER_MARKDOWN.matcher(file).matches()) {
                    String md = file.substring(0, file.lastIndexOf('.')) + ".md";
                    problems.add(Diagnostic.warning(
                                    display.apply(file),
                                    0,
                                    0,
                                    "this file is copied as it is, not made a page: only files ending in .md are pages")
                            .withHint("rename it " + md.substring(md.lastIndexOf('/') + 1) + " to make it a page"));
                }
            }
        }
        collisions(site, staticFiles, display, problems);
    }

    /**
     * The files Pamphlet writes for the library may not be a page's or a content file's, nor each other's (two
     * folders named alike, on a disk that ignores case). Compared without case, as for every output.
     */
    private static void collisions(
            Site site, List<String> staticFiles, Function<String, String> display, List<Diagnostic> problems) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Page page : site.guide()) {
            owners.put(
                    page.outputPath().toLowerCase(Locale.ROOT), page.article().path());
        }
        for (String file : staticFiles) {
            owners.putIfAbsent(file.toLowerCase(Locale.ROOT), file);
        }
        String folder = site.language().folder();
        Map<String, String> made = new LinkedHashMap<>();
        for (Section section : site.sections().all()) {
            String what =
                    section.isTop() ? "the home page's list of pages" : "the hub of section '" + section.title() + "'";
            for (int part = section.generated() ? 1 : 2; part <= section.parts(); part++) {
                String path = section.partPath(part);
                String other = made.putIfAbsent(path.toLowerCase(Locale.ROOT), what);
                if (other != null && section.generated() && part == 1) {
                    String first = section.pages().isEmpty()
                            ? section.folder() + "index.md"
                            : section.pages().get(0).article().path();
                    problems.add(Diagnostic.error(
                                    display.apply(first),
                                    1,
                                    1,
                                    "this page's folder '" + section.folder() + "' has the same address as another"
                                            + " folder (" + path + ", " + other + "), on a disk that ignores case")
                            .withHint("rename one of the two folders, or merge them"));
                }
            }
        }
        made.putIfAbsent((folder + A_TO_Z).toLowerCase(Locale.ROOT), "the A to Z page");
        if (!site.topics().isEmpty()) {
            made.putIfAbsent((folder + Topics.INDEX).toLowerCase(Locale.ROOT), "the list of topics");
        }
        for (Topics.Topic topic : site.topics().all()) {
            made.putIfAbsent(topic.path().toLowerCase(Locale.ROOT), "the page of topic '" + topic.name() + "'");
        }
        for (Map.Entry<String, String> e : made.entrySet()) {
            String owner = owners.get(e.getKey());
            if (owner != null) {
                problems.add(Diagnostic.error(
                                display.apply(owner),
                                0,
                                0,
                                "would be written to '" + e.getKey() + "', which " + e.getValue()
                                        + " is also written to")
                        .withHint("rename the file or its folder"));
            }
        }
        String letters = (folder + LETTERS_FOLDER).toLowerCase(Locale.ROOT);
        List<String> inLetters = new ArrayList<>();
        owners.forEach((out, owner) -> {
            if (out.startsWith(letters)) {
                inLetters.add(owner);
            }
        });
        for (String owner : inLetters) {
            problems.add(Diagnostic.error(
                            display.apply(owner),
                            0,
                            0,
                            "is in the folder '" + LETTERS_FOLDER + "', where the A to Z writes a page for each letter")
                    .withHint("rename the folder"));
        }
    }
}

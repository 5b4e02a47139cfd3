package dev.pamphlet.site;

import dev.pamphlet.address.UnicodeForm;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Places articles in the site: output paths, reading order, drafts, and URL collisions. */
public final class SiteBuilder {
    /** Reading order: by {@code order} (unnumbered pages last), then title, then path for stability. */
    static final Comparator<Article> READING_ORDER = Comparator.comparingInt((Article a) ->
                    a.meta().order() == null ? Integer.MAX_VALUE : a.meta().order())
            .thenComparing(a -> a.meta().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Article::path);

    private SiteBuilder() {}

    /**
     * @param reservedOutputs files the build writes itself (assets, 404 page, sitemap...), which content may not
     *                        take; each maps to a description for the error message
     * @param display         how to show a content path in diagnostics
     */
    public static Optional<Site> build(
            SiteConfig config,
            List<Article> articles,
            List<String> staticFiles,
            boolean includeDrafts,
            Map<String, String> reservedOutputs,
            Function<String, String> display,
            List<Diagnostic> problems) {
        return build(
                config,
                Site.builtInLanguage(config.language()),
                articles,
                staticFiles,
                includeDrafts,
                reservedOutputs,
                display,
                problems);
    }

    /**
     * Places the pages of one language: a translation ({@code causes.cy.md}) is published in its language's
     * folder ({@code cy/causes.html}).
     */
    public static Optional<Site> build(
            SiteConfig config,
            Language language,
            List<Article> articles,
            List<String> staticFiles,
            boolean includeDrafts,
            Map<String, String> reservedOutputs,
            Function<String, String> display,
            List<Diagnostic> problems) {
        Function<String, String> outputOf = path -> language.folder() + Page.outputPathFor(language.basePath(path));
        List<Article> published = new ArrayList<>();
        Set<String> drafts = new TreeSet<>();
        for (Article a : articles) {
            if (a.meta().draft() && !includeDrafts) {
                drafts.add(a.path());
            } else {
                published.add(a);
            }
        }
        int before = problems.size();
        checkCollisions(published, staticFiles, reservedOutputs, outputOf, display, problems);
        Article home = published.stream()
                .filter(a -> language.basePath(a.path()).equals("index.md"))
                .findFirst()
                .orElse(null);
        if (home == null && language.isDefault()) {
            problems.add(Diagnostic.error(display.apply("index.md"), 0, 0, "the site has no home page")
                    .withHint("create index.md in the content folder: it introduces the guide and lists its pages"));
        } else if (home == null) {
            String file = "index." + language.tag() + ".md";
            problems.add(Diagnostic.error(
                            display.apply(file),
                            0,
                            0,
                            "the site has no home page in '" + language.tag() + "', one of its languages")
                    .withHint("create " + file + " beside index.md: the home page in that language"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Article> rest = new ArrayList<>(published);
        rest.removeIf(a -> a == home); // by identity: comparing whole articles field by field is needless work
        rest.sort(READING_ORDER);
        List<Page> guide = new ArrayList<>();
        guide.add(new Page(home, outputOf.apply(home.path()), 0));
        rest.forEach(a -> guide.add(new Page(a, outputOf.apply(a.path()), guide.size())));
        Map<String, Page> bySource = new HashMap<>();
        guide.forEach(p -> bySource.put(language.basePath(p.article().path()), p));
        if (language.isDefault()) {
            TrustPages.check(config, bySource, drafts, display, problems);
            HeaderLinks.check(config.branding(), bySource, drafts, display, problems);
        }
        Site site = new Site(
                config,
                List.copyOf(guide),
                Map.copyOf(bySource),
                Set.copyOf(drafts),
                Set.copyOf(staticFiles),
                language,
                Translations.NONE);
        int checked = problems.size();
        LibraryChecks.check(site, articles, drafts, staticFiles, display, problems);
        if (problems.subList(checked, problems.size()).stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        return Optional.of(site);
    }

    /**
     * Two sources may not produce the same file. Compared without case, because the site may be served from a
     * case-insensitive disk where {@code Causes.html} and {@code causes.html} are one file, and in one Unicode form
     * ({@link UnicodeForm}), which every address is published in: {@code café.md} saved once with its accent as
     * part of the letter and once as a character of its own would otherwise be two pages whose addresses look the
     * same.
     */
    private static void checkCollisions(
            List<Article> articles,
            List<String> staticFiles,
            Map<String, String> reserved,
            Function<String, String> outputOf,
            Function<String, String> display,
            List<Diagnostic> problems) {
        /** What writes a file: a source of the content folder, or the build itself (source null). */
        record Owner(String source, String shown) {}
        Map<String, Owner> owners = new LinkedHashMap<>();
        reserved.forEach((out, what) -> owners.put(sameFile(out), new Owner(null, what)));
        List<String[]> outputs = new ArrayList<>();
        articles.stream().map(Article::path).sorted().forEach(p -> outputs.add(new String[] {p, outputOf.apply(p)}));
        staticFiles.forEach(p -> outputs.add(new String[] {p, Page.outputPathOfFile(p)}));
        for (String[] pair : outputs) {
            Owner owner = owners.putIfAbsent(sameFile(pair[1]), new Owner(pair[0], display.apply(pair[0])));
            if (owner == null) {
                continue;
            }
            if (owner.source() != null && inOtherForm(owner.source(), pair[0])) {
                problems.add(Diagnostic.error(
                                display.apply(pair[0]),
                                0,
                                0,
                                "has the same name as " + owner.shown() + ", with its accents stored another way:"
                                        + " both would be published as '" + pair[1] + "'")
                        .withHint(sameNameHint(owner.source(), pair[0], display)));
            } else {
                problems.add(Diagnostic.error(
                                display.apply(pair[0]),
                                0,
                                0,
                                "would be written to '" + pair[1] + "', which " + owner.shown() + " is also written to")
                        .withHint("rename one of the two files"));
            }
        }
        checkFolders(outputs.stream().map(pair -> pair[0]).sorted().toList(), display, problems);
    }

    /**
     * Both names print alike, so the hint says which is saved decomposed, and how: renaming that one by typing
     * its name again would replace the other file on some disks, so the way out is to keep one of the two.
     */
    private static String sameNameHint(String first, String second, Function<String, String> display) {
        String decomposed = UnicodeForm.composed(first).equals(first)
                ? second
                : UnicodeForm.composed(second).equals(second) ? first : null;
        if (decomposed == null) {
            return SAME_NAME_HINT;
        }
        return "the two look like one page: keep one, and delete the other or give it a name of its own. "
                + display.apply(decomposed) + " is the one saved with " + separateAccent(decomposed)
                + ", as macOS and some zip files save names";
    }

    /** How the first accent of a decomposed name is stored: {@code its 'é' as 'e' and U+0301 (combining acute accent)}. */
    private static String separateAccent(String name) {
        for (int i = 1; i < name.length(); i++) {
            int type = Character.getType(name.charAt(i));
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                int base = i - 1;
                int end = i;
                while (end < name.length() && Character.getType(name.charAt(end)) == type) {
                    end++;
                }
                String letter = name.substring(base, end);
                String mark = Character.getName(name.charAt(i));
                return "its '" + UnicodeForm.composed(letter) + "' as '" + name.charAt(base) + "' and "
                        + String.format(Locale.ROOT, "U+%04X", (int) name.charAt(i))
                        + (mark == null ? "" : " (" + mark.toLowerCase(Locale.ROOT) + ")");
            }
        }
        return "its accents as characters of their own";
    }

    private static final String SAME_NAME_HINT = "rename one of the two (type its name again): one of them was"
            + " saved with each accent as a character of its own, as macOS and some zip files do";

    /**
     * Two folders whose names differ only in the Unicode form of their accents look like one folder, and would be
     * published as one: each pair is reported once, at the first file of the later folder.
     */
    private static void checkFolders(
            List<String> sources, Function<String, String> display, List<Diagnostic> problems) {
        Map<String, String> folderByForm = new HashMap<>();
        Map<String, String> firstFile = new HashMap<>();
        Set<String> reported = new TreeSet<>();
        for (String source : sources) {
            for (int slash = source.indexOf('/'); slash >= 0; slash = source.indexOf('/', slash + 1)) {
                String folder = source.substring(0, slash + 1);
                firstFile.putIfAbsent(folder, source);
                String known = folderByForm.putIfAbsent(UnicodeForm.composed(folder), folder);
                if (known != null && !known.equals(folder) && reported.add(folder)) {
                    problems.add(Diagnostic.error(
                                    display.apply(source),
                                    0,
                                    0,
                                    "its folder '" + folder + "' has the same name as the folder of "
                                            + display.apply(firstFile.get(known))
                                            + ", with its accents stored another way: both would be published as"
                                            + " one folder")
                            .withHint(
                                    SAME_NAME_HINT.replace("rename one of the two", "rename one of the two folders")));
                }
            }
        }
    }

    /** The key two output names share when a disk or a reader could take them for one file. */
    private static String sameFile(String path) {
        return UnicodeForm.composed(path).toLowerCase(Locale.ROOT);
    }

    /** Whether two names are the same but for the Unicode form of their accents. */
    private static boolean inOtherForm(String a, String b) {
        return !a.equals(b) && UnicodeForm.composed(a).equals(UnicodeForm.composed(b));
    }
}

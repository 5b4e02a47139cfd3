package dev.pamphlet.check;

import dev.pamphlet.address.ScriptAddress;
import dev.pamphlet.address.UnicodeForm;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.LinkRewriter;
import dev.pamphlet.markdown.RenderedMarkdown;
import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;
import dev.pamphlet.site.Site;
import dev.pamphlet.source.Suggestions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every link between pages must reach a page that is built, every {@code #fragment} a heading on its target page,
 * every image or file a file that is copied. Runs after all pages are rendered, because a link can point forward.
 */
public final class LinkChecker {
    /** Raw HTML elements whose address is a picture's: an image written into it is saved as a file instead. */
    private static final Set<String> IMAGE_ELEMENTS = Set.of("img", "image", "source", "picture", "video", "input");

    private final Site site;
    private final Map<String, PageFacts> factsBySource = new HashMap<>();
    private final Function<String, String> display;
    private final Set<String> readable;
    private final BinaryOperator<String> reached;
    /** Every file the site has, by its name in the composed Unicode form. */
    private final Map<String, String> byForm = new HashMap<>();

    /**
     * @param readable every Markdown path that was read, including pages that failed their own checks: links to
     *                 those are not reported again as broken
     */
    public LinkChecker(Site site, List<PageFacts> facts, Function<String, String> display, Set<String> readable) {
        this(site, facts, display, readable, (from, to) -> to);
    }

    /**
     * @param reached the Markdown file a link from one page to another really reaches: on a site in several
     *                languages, a link to {@code triggers.md} from a Welsh page reaches {@code triggers.cy.md}
     */
    public LinkChecker(
            Site site,
            List<PageFacts> facts,
            Function<String, String> display,
            Set<String> readable,
            BinaryOperator<String> reached) {
        this.reached = reached;
        this.site = site;
        this.readable = readable;
        this.display = display;
        facts.forEach(f -> factsBySource.put(f.page().article().path(), f));
        readable.forEach(p -> byForm.putIfAbsent(UnicodeForm.composed(p), p));
        site.staticFiles().forEach(p -> byForm.putIfAbsent(UnicodeForm.composed(p), p));
        site.drafts().forEach(p -> byForm.putIfAbsent(UnicodeForm.composed(p), p));
    }

    /**
     * The file a path names, its accents stored either way ({@link UnicodeForm}): a link typed to {@code café.md}
     * reaches a file saved by a Mac with the accent as a character of its own, as the published link does.
     */
    private String named(String path) {
        return readable.contains(path) || site.staticFiles().contains(path)
                ? path
                : byForm.getOrDefault(UnicodeForm.composed(path), path);
    }

    /** Page by page in parallel: the check only reads what every page's rendering left. Unsorted. */
    public List<Diagnostic> check() {
        return factsBySource.values().parallelStream()
                .flatMap(facts -> check(facts).stream())
                .toList();
    }

    private List<Diagnostic> check(PageFacts facts) {
        List<Diagnostic> out = new ArrayList<>();
        for (LinkRef link : facts.links()) {
            Diagnostic d = checkLink(facts, link);
            if (d != null) {
                out.add(d.withSourceLine(facts.page().article().source().line(link.line())));
            }
        }
        return out;
    }

    /**
     * An address taken out of the author's raw HTML (on a site that allows it): a warning, since what is
     * published is safe and the site trusts its HTML, but the author meant a link that no reader gets.
     */
    public static Diagnostic leftOut(String file, RenderedMarkdown.LeftOut out) {
        String element = "<" + out.tag() + " " + out.attribute() + ">";
        String why = out.scheme().equals("data")
                ? " has a data: address ('" + shorten(out.address()) + "')"
                : " runs a script ('" + shorten(out.address()) + "')";
        boolean image = IMAGE_ELEMENTS.contains(out.tag());
        return Diagnostic.warning(
                        file,
                        out.line(),
                        out.column(),
                        element + why + "; the address has been left out of the page and its PDF"
                                + (image ? "" : ", the text kept"))
                .withHint(
                        image
                                ? "save the image as a file in the content folder and link to it, e.g."
                                        + " <img src=\"images/x.png\" alt=\"...\">"
                                : "link to a page or a web address instead");
    }

    private Diagnostic checkLink(PageFacts from, LinkRef link) {
        String url = link.url();
        String file = display.apply(from.page().article().path());
        String kind = link.image() ? "image" : "link";
        String script = ScriptAddress.scheme(url);
        if (script != null && script.equals("data")) {
            return Diagnostic.error(
                            file,
                            link.line(),
                            link.column(),
                            kind + " has a data: address ('" + shorten(url) + "'); it has been left out of the page")
                    .withHint(
                            link.image()
                                    ? "save the image as a file in the content folder and link to it, e.g. ![...](images/x.png)"
                                    : "link to a page or a web address instead");
        }
        if (script != null) {
            return Diagnostic.error(
                            file,
                            link.line(),
                            link.column(),
                            kind + " runs a script ('" + shorten(url) + "'); it has been left out of the page")
                    .withHint("link to a page or a web address instead");
        }
        if (url.startsWith("//") || url.isEmpty()) {
            return null;
        }
        if (LinkRewriter.isRootRelative(url)) {
            return Diagnostic.error(
                            file,
                            link.line(),
                            link.column(),
                            kind + " '" + url + "' starts with '/', which"
                                    + " breaks when the site is opened from disk or published in a sub-folder")
                    .withHint("write the path relative to this file, e.g. '" + suggestRelative(from, url) + "'");
        }
        if (!LinkRewriter.isRelative(url)) {
            return null;
        }
        int cut = firstOf(url);
        String rawPath = url.substring(0, cut);
        String fragment = url.indexOf('#') >= 0 ? url.substring(url.indexOf('#') + 1) : null;
        String sourcePath = from.page().article().path();
        if (rawPath.isEmpty()) {
            return fragment == null ? null : checkFragment(from, fragment, file, link, "this page");
        }
        String path = resolve(sourcePath, decode(rawPath));
        if (path == null) {
            return Diagnostic.error(
                            file, link.line(), link.column(), kind + " '" + url + "' points outside the content folder")
                    .withHint("link only to files inside the content folder");
        }
        // The content first: a hash lookup, where matching the pattern against every link of a big site is not.
        String webAddress = isContent(path) || webAddressWithoutScheme(rawPath) == null
                ? null
                : url.startsWith("./") ? url.substring(2) : url;
        if (webAddress != null) {
            return Diagnostic.error(
                            file,
                            link.line(),
                            link.column(),
                            kind + " '" + url + "' looks like a web address but has no https://, so it is read"
                                    + " as a file in the content folder")
                    .withHint("did you mean https://" + webAddress + "?");
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.md";
        } else if (!path.endsWith(".md")
                && !site.staticFiles().contains(path)
                && site.bySource().containsKey(path + "/index.md")) {
            path = path + "/index.md";
        }
        if (path.endsWith(".html") && site.bySource().containsKey(path.substring(0, path.length() - 5) + ".md")) {
            path = path.substring(0, path.length() - 5) + ".md";
        }
        path = named(path);
        if (path.endsWith(".md")) {
            path = reached.apply(sourcePath, path);
            PageFacts target = factsBySource.get(path);
            if (target == null && readable.contains(path) && !site.drafts().contains(path)) {
                return null;
            }
            if (target == null) {
                return missingPage(file, sourcePath, link, url, path);
            }
            return fragment == null ? null : checkFragment(target, fragment, file, link, path);
        }
        if (!site.staticFiles().contains(path)) {
            String what = link.image() ? "image" : "file";
            String suggestion = didYouMean(sourcePath, path, site.staticFiles());
            return Diagnostic.error(file, link.line(), link.column(), what + " '" + rawPath + "' does not exist")
                    .withHint(
                            suggestion != null
                                    ? suggestion
                                    : "put the file at content/" + path
                                            + " or correct the path (it is relative to this page)");
        }
        return null;
    }

    private Diagnostic missingPage(String file, String sourcePath, LinkRef link, String url, String path) {
        if (site.drafts().contains(path)) {
            return Diagnostic.error(
                            file,
                            link.line(),
                            link.column(),
                            "link '" + url + "' points to a draft," + " which is not published")
                    .withHint("publish " + path + " (remove 'draft: true') or remove the link;"
                            + " build with --drafts to preview drafts");
        }
        String suggestion = didYouMean(sourcePath, path, factsBySource.keySet());
        return Diagnostic.error(
                        file,
                        link.line(),
                        link.column(),
                        "link '" + url + "' points to a page that does not" + " exist (" + path + ")")
                .withHint(suggestion == null ? "check the file name; links are relative to this page" : suggestion);
    }

    /**
     * "did you mean '...'?" with the nearest existing file (a wrongly cased or misspelt name), written relative to
     * the linking page as an author would write it; null when no file is near.
     */
    private static String didYouMean(String sourcePath, String path, Collection<String> files) {
        String suggestion = Suggestions.closest(path, files);
        if (suggestion == null) {
            for (String candidate : files) {
                if (candidate.equalsIgnoreCase(path)) {
                    suggestion = candidate;
                }
            }
        }
        return suggestion == null ? null : "did you mean '" + relativePath(sourcePath, suggestion) + "'?";
    }

    private boolean isContent(String path) {
        String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return site.staticFiles().contains(bare)
                || site.bySource().containsKey(bare)
                || site.bySource().containsKey(bare + "/index.md");
    }

    /** Top-level names that, after a host, mark a link as a web address written without its scheme. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:www\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:[/?#].*)?"
            + "|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|uk|gov|edu|int|eu|ie|io|info|au|nz|ca|us|de|fr"
            + "|nl|scot|wales|cymru|london)/.*)");

    /** The address as meant ({@code www.nhs.uk/conditions}) when a link looks like a web address without https://. */
    static String webAddressWithoutScheme(String rawPath) {
        String address = rawPath.startsWith("./") ? rawPath.substring(2) : rawPath;
        return WEB_ADDRESS.matcher(address).matches() ? address : null;
    }

    /** The relative link from one content file to another, as an author would write it. */
    static String relativePath(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder("../".repeat(a.length - 1 - common));
        for (int i = common; i < b.length; i++) {
            sb.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return sb.toString();
    }

    private Diagnostic checkFragment(PageFacts target, String fragment, String file, LinkRef link, String where) {
        String id = decode(fragment);
        if (id.isEmpty() || target.headingIds().contains(id)) {
            return null;
        }
        String suggestion = Suggestions.closest(id, target.headingIds());
        return Diagnostic.error(file, link.line(), link.column(), "'#" + fragment + "' matches no heading on " + where)
                .withHint(
                        suggestion != null
                                ? "did you mean '#" + suggestion + "'?"
                                : "heading ids are the heading text in lower case with spaces as '-'; headings there: "
                                        + String.join(
                                                ", ",
                                                target.headingIds().stream()
                                                        .sorted()
                                                        .limit(12)
                                                        .toList()));
    }

    /** Joins a relative link onto the linking file's folder; null if it climbs out of the content folder. */
    static String resolve(String fromPath, String link) {
        return LinkRewriter.resolve(fromPath, link);
    }

    private static String suggestRelative(PageFacts from, String url) {
        String depth = from.page().root();
        return depth + url.substring(1);
    }

    static int firstOf(String url) {
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q < 0) {
            return h < 0 ? url.length() : h;
        }
        return h < 0 ? q : Math.min(q, h);
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The start of an address for a message, with control characters shown as escapes, not printed. */
    private static String shorten(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 30; i++) {
            char c = s.charAt(i);
            out.append(c < ' ' || c == 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.length() < s.length() ? out + "…" : out.toString();
    }
}

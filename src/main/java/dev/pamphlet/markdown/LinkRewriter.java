package dev.pamphlet.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Turns the links authors write (to Markdown files, so they work in their editor and on a code host) into links
 * to the built pages. Output mirrors the content folder ({@code a/b.md} becomes {@code a/b.html}), so a relative
 * link keeps its shape and only the extension changes; folder links point at the folder's index page, because
 * browsers opening a site from disk do not look for index.html themselves.
 */
public final class LinkRewriter {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkRewriter() {}

    /** True for links inside the site: no scheme, not protocol-relative, not root-relative. */
    public static boolean isRelative(String url) {
        return !url.isEmpty() && !SCHEME.matcher(url).find() && !url.startsWith("/") && !url.startsWith("\\");
    }

    public static boolean isRootRelative(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }

    public static String rewrite(String url) {
        if (!isRelative(url) || url.startsWith("#") || url.startsWith("?")) {
            return url;
        }
        int cut = firstOf(url, '?', '#');
        String path = url.substring(0, cut);
        String rest = url.substring(cut);
        if (path.endsWith(".md")) {
            return path.substring(0, path.length() - 3) + ".html" + rest;
        }
        if (path.endsWith("/")) {
            return path + "index.html" + rest;
        }
        if (path.equals(".") || path.equals("..") || path.endsWith("/..") || path.endsWith("/.")) {
            return path + "/index.html" + rest;
        }
        return url;
    }

    /**
     * Joins a relative link onto the linking file's folder, both inside the content folder; null if it climbs out
     * of it. A link to a folder keeps its final '/'.
     */
    public static String resolve(String fromPath, String link) {
        Deque<String> parts = new ArrayDeque<>();
        int slash = fromPath.lastIndexOf('/');
        if (slash > 0) {
            for (String p : fromPath.substring(0, slash).split("/")) {
                parts.addLast(p);
            }
        }
        boolean dir = link.endsWith("/")
                || link.endsWith("/.")
                || link.endsWith("/..")
                || link.equals(".")
                || link.equals("..");
        for (String p : link.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        String joined = String.join("/", parts);
        return dir && !joined.isEmpty() ? joined + "/" : joined;
    }

    static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}

package dev.pamphlet.site;

import dev.pamphlet.address.UnicodeForm;
import dev.pamphlet.content.Article;

/**
 * An article placed in the site.
 *
 * @param outputPath where the page is written, relative to the site root, e.g. {@code causes.html}
 * @param position   its place in the guide's reading order; the home page is 0
 */
public record Page(Article article, String outputPath, int position) {

    public String title() {
        return article.meta().title();
    }

    /** The prefix that leads from this page back to the site root ("" or "../"), so every link stays relative. */
    public String root() {
        int depth = 0;
        for (int i = outputPath.indexOf('/'); i >= 0; i = outputPath.indexOf('/', i + 1)) {
            depth++;
        }
        return depth == 0 ? "" : "../".repeat(depth);
    }

    /** Where a Markdown file's page is written: {@code a/b.md} to {@code a/b.html}, in the composed Unicode form. */
    public static String outputPathFor(String markdownPath) {
        return UnicodeForm.composed(markdownPath.substring(0, markdownPath.length() - ".md".length()) + ".html");
    }

    /** Where a static file is published: at its own path, in the composed Unicode form. */
    public static String outputPathOfFile(String path) {
        return UnicodeForm.composed(path);
    }
}

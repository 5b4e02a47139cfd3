package dev.pamphlet.content;

import dev.pamphlet.source.SourceText;
import java.util.Map;

/**
 * One Markdown source with its front matter split off.
 *
 * @param path          path inside the content folder with '/' separators, e.g. {@code causes.md}
 * @param bodyOffset    where the body begins in the source text
 * @param bodyStartLine the 1-based line of the original file where {@code body} begins
 * @param keyLines      the line of each front-matter key
 */
public record Article(
        String path,
        SourceText source,
        FrontMatter meta,
        int bodyOffset,
        int bodyStartLine,
        Map<String, Integer> keyLines) {

    /**
     * The Markdown after the front matter. Made from the source text when asked for (once per rendering), so a
     * large site holds each file's text once, not twice.
     */
    public String body() {
        String text = source.text();
        return bodyOffset >= text.length() ? "" : text.substring(bodyOffset);
    }

    /** The line of a front-matter key, for diagnostics about its value (1 when unknown). */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    public boolean isHome() {
        return path.equals("index.md");
    }
}

package dev.pamphlet.content;

import dev.pamphlet.source.SourceText;

import java.util.Map;

/**
 * One Markdown source with its front matter split off.
 *
 * @param path          path inside the content folder with '/' separators, e.g. {@code causes.md}
 * @param bodyStartLine the 1-based line of the original file where {@code body} begins
 * @param keyLines      the line of each front-matter key
 */
public record Article(String path, SourceText source, FrontMatter meta, String body, int bodyStartLine,
                      Map<String, Integer> keyLines) {

    /** The line of a front-matter key, for diagnostics about its value (1 when unknown). */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    public boolean isHome() {
        return path.equals("index.md");
    }
}

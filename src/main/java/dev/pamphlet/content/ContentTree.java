package dev.pamphlet.content;

import java.util.List;

/**
 * What the content folder holds, as paths relative to it with '/' separators, sorted.
 *
 * @param markdown    every {@code *.md} file: the home page and the articles
 * @param staticFiles every other file (images, PDFs), copied to the site as they are
 */
public record ContentTree(List<String> markdown, List<String> staticFiles) {
}

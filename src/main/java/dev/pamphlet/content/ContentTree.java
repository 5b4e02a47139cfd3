package dev.pamphlet.content;

import dev.pamphlet.diag.Diagnostic;
import java.util.List;

/**
 * What the content folder holds, as paths relative to it with '/' separators, sorted.
 *
 * @param markdown    every {@code *.md} file: the home page and the articles
 * @param staticFiles every other file (images, PDFs), copied to the site as they are
 * @param problems    what could not be listed (an unreadable folder, a broken symbolic link), as errors
 */
public record ContentTree(List<String> markdown, List<String> staticFiles, List<Diagnostic> problems) {

    public ContentTree(List<String> markdown, List<String> staticFiles) {
        this(markdown, staticFiles, List.of());
    }
}

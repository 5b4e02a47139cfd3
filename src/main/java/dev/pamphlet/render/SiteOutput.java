package dev.pamphlet.render;

import dev.pamphlet.diag.ContentException;

import java.util.Map;

/**
 * A file written once per site rather than once per page: the sitemap, the feed, the search index, the
 * glossary page... Each is data (where it goes, what it is, how it is made), so adding an output is adding an
 * entry to {@link SiteOutputs#standard}, not a new code path.
 *
 * @param path     where the file is written, relative to the site root
 * @param what     what the file is, for messages ("the sitemap")
 * @param template the template that renders it, or null when {@code writer} makes it
 * @param writer   makes the file from the site when there is no template; null otherwise
 */
public record SiteOutput(String path, String what, String template, Writer writer) {

    /** Makes a file's bytes in code. */
    @FunctionalInterface
    public interface Writer {
        byte[] write(SiteOutputs.Inputs inputs);
    }

    public static SiteOutput template(String path, String what, String template) {
        return new SiteOutput(path, what, template, null);
    }

    public static SiteOutput written(String path, String what, Writer writer) {
        return new SiteOutput(path, what, null, writer);
    }

    /** Renders this output; a template missing from the templates folder means the site does without it. */
    public byte[] render(TemplateRenderer templates, Map<String, Object> model, SiteOutputs.Inputs inputs)
            throws ContentException {
        if (writer != null) {
            return writer.write(inputs);
        }
        return templates.render(template, model, what).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

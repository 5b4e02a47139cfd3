package dev.pamphlet.render;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.ControlCharacters;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A file written once per site rather than once per page: the sitemap, the feed, the search index, the
 * glossary page... Each is data (where it goes, what it is, how it is made), so adding an output is adding an
 * entry to {@link SiteOutputs#standard}, not a new code path.
 *
 * @param path     where the file is written, relative to the site root
 * @param what     what the file is, for messages ("the sitemap")
 * @param template the template that renders it, or null when {@code writer} makes it
 * @param writer   makes the file, and any that go with it, from the site when there is no template; null otherwise
 * @param wanted   whether a site gets this file (the glossary page only when there is a glossary)
 */
public record SiteOutput(
        String path, String what, String template, FilesWriter writer, Predicate<SiteOutputs.Inputs> wanted) {

    /** Makes a file's bytes in code. */
    @FunctionalInterface
    public interface Writer {
        byte[] write(SiteOutputs.Inputs inputs);
    }

    /**
     * Makes an output's file and the files that go with it (the search index and its chunks), by path relative
     * to the output's folder.
     */
    @FunctionalInterface
    public interface FilesWriter {
        Map<String, byte[]> write(SiteOutputs.Inputs inputs);
    }

    public static SiteOutput template(String path, String what, String template) {
        return new SiteOutput(path, what, template, null, inputs -> true);
    }

    public static SiteOutput written(String path, String what, Writer writer) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new SiteOutput(path, what, null, inputs -> Map.of(name, writer.write(inputs)), inputs -> true);
    }

    /** An output of several files: {@code path}, and others beside it that {@code writer} names. */
    public static SiteOutput writtenWithOthers(String path, String what, FilesWriter writer) {
        return new SiteOutput(path, what, null, writer, inputs -> true);
    }

    /** This output, written in a language's folder ({@code cy/search.html}). */
    public SiteOutput in(String folder) {
        return new SiteOutput(folder + path, what, template, writer, wanted);
    }

    /** This output, written only for sites where {@code condition} holds. */
    public SiteOutput when(Predicate<SiteOutputs.Inputs> condition) {
        return new SiteOutput(path, what, template, writer, condition);
    }

    /**
     * Whether to write this output for a site: it must be wanted, and a template missing from the templates
     * folder means the site does without the file (delete feed.ftlx and there is no feed).
     */
    public boolean appliesTo(SiteOutputs.Inputs inputs, TemplateRenderer templates) {
        return wanted.test(inputs) && (template == null || templates.exists(template));
    }

    /** Renders this output: its file, and those that go with it, by path relative to the site root. */
    public Map<String, byte[]> render(TemplateRenderer templates, Map<String, Object> model, SiteOutputs.Inputs inputs)
            throws ContentException {
        if (writer == null) {
            return Map.of(path, renderTemplate(templates, model, inputs));
        }
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        writer.write(inputs).forEach((name, bytes) -> files.put(folder + name, bytes));
        return files;
    }

    private byte[] renderTemplate(TemplateRenderer templates, Map<String, Object> model, SiteOutputs.Inputs inputs)
            throws ContentException {
        String text = templates.render(template, model, what);
        // The 404 page's links start at the site's path; the others are at the root of the site.
        String root = path.equals("404.html") ? String.valueOf(model.get("rootPath")) : "";
        UnbuiltOutputs.of(inputs, templates).check(text, root, templates.display(template));
        if (path.endsWith(".xml")) {
            refuseNonText(text, templates.display(template));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The sources are checked for characters that are not text as they are read, so only a template can still
     * put one here; XML forbids them, and a feed reader or crawler refuses the whole file for one.
     */
    private void refuseNonText(String text, String templateDisplay) throws ContentException {
        int at = ControlCharacters.indexOf(text);
        if (at >= 0) {
            throw new ContentException(Diagnostic.error(
                            templateDisplay,
                            0,
                            0,
                            what + " would hold " + ControlCharacters.describe(text.charAt(at))
                                    + ", which XML does not allow")
                    .withHint("remove it from the template, or from the text the template puts in " + path));
        }
    }
}

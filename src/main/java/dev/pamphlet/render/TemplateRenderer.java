package dev.pamphlet.render;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Renders pages with the Freemarker templates of the site's {@link Theme}. One configuration per build: templates
 * are parsed once and shared by every page (Freemarker's {@link Template} is safe to use from many threads).
 */
public final class TemplateRenderer {
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration config;
    private final Theme theme;

    public TemplateRenderer(Theme theme) throws IOException {
        this.theme = theme;
        config = new Configuration(VERSION);
        config.setTemplateLoader(theme.templateLoader());
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setTemplateExceptionHandler(new ContractErrors());
        // Numbers as written in site.yml and front matter (a year, a phone number), not as "2,026".
        config.setNumberFormat("computer");
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        // Views are records: let templates write page.title for page.title().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(new ViewObjectWrapper(wrapper));
    }

    /**
     * Parses and renders a small template, for a head start on another thread: Freemarker sets up its built-ins
     * when it first parses one, and they bring in {@link java.math.BigDecimal}, whose set-up on Java 25 (powers of
     * five up to 5^65536) alone takes several milliseconds before the first page could be parsed.
     */
    public void warmUp() throws IOException {
        try {
            new Template("warm-up", "<#list items as i>${i?has_content?c}</#list>${items?size}", config)
                    .process(Map.of("items", List.of("a")), new TextBuffer(64));
        } catch (TemplateException e) {
            // Only a head start.
        }
    }

    /** Loads and parses the named templates up front, so a syntax error is reported once, not once per page. */
    public void preload(List<String> names, List<Diagnostic> problems) {
        for (String name : names) {
            try {
                config.getTemplate(name);
            } catch (TemplateNotFoundException e) {
                problems.add(Diagnostic.error(display(name), 0, 0, "template is missing")
                        .withHint("create " + name + " in " + theme.siteDisplay()));
            } catch (ParseException e) {
                problems.add(Diagnostic.error(
                        display(name),
                        e.getLineNumber(),
                        e.getColumnNumber(),
                        "template syntax error: " + firstLine(e.getEditorMessage())));
            } catch (IOException e) {
                problems.add(Diagnostic.error(display(name), 0, 0, "cannot read template: " + IoReasons.of(e)));
            }
        }
    }

    public boolean exists(String name) {
        return theme.exists(name);
    }

    /**
     * Renders one template.
     *
     * @param page the content file being rendered, named in the error if the template fails
     */
    public String render(String name, Map<String, Object> model, String page) throws ContentException {
        try {
            Template template = config.getTemplate(name);
            TextBuffer out = new TextBuffer(32 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateException thrown) {
            TemplateException e = thrown instanceof ContractErrors.Explained explained ? explained.original() : thrown;
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String what = thrown instanceof ContractErrors.Explained explained ? explained.explanation() : describe(e);
            throw new ContentException(Diagnostic.error(
                            display(where), line, column, "template error while rendering " + page + ": " + what)
                    .withHint("the values templates are given, and their parts, are listed in Pamphlet's template"
                            + " reference (src/docs/manual/templates/reference.md)"));
        } catch (ParseException e) {
            throw new ContentException(Diagnostic.error(
                    display(name),
                    e.getLineNumber(),
                    e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage())));
        } catch (IOException e) {
            throw new ContentException(
                    Diagnostic.error(display(name), 0, 0, "cannot load template: " + IoReasons.of(e)));
        }
    }

    private static String describe(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        if (e instanceof InvalidReferenceException && blamed != null) {
            return "'" + blamed + "' is missing (not defined, or empty for this page)";
        }
        // Freemarker names the Java classes behind a value; a template author knows them by the contract's names.
        String first = firstLine(e.getMessageWithoutStackTop())
                .replaceAll(" ?\\(wrapper: [^)]*\\)", "")
                .replaceAll("[a-z]+(\\.[A-Za-z0-9_$]+){2,}", "a value");
        return blamed == null ? first : first + " (in '" + blamed + "')";
    }

    /** The template as messages name it: the site's file, or the built-in theme's. */
    public String display(String name) {
        return theme.display(name);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** A {@link java.io.StringWriter} without its lock: each page is rendered by one thread into its own buffer. */
    private static final class TextBuffer extends Writer {
        private final StringBuilder text;

        TextBuffer(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

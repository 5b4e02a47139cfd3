package dev.pamphlet.render;

import dev.pamphlet.language.Messages;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interface text as templates reach it: {@code ${t("trust.heading")}}, {@code ${t("footer.published_by",
 * site.publisher)}} fills in {0}, and {@code ${tPlural("search.found")}} gives every plural form as JSON for the
 * search script. A key the page's language lacks fails the page with the key and the file it belongs in.
 */
final class MessageMethods {

    private MessageMethods() {}

    /** The model entries {@code t} and {@code tPlural} for a language. */
    static Map<String, Object> of(Messages messages) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("t", text(messages));
        out.put("tPlural", plural(messages));
        return out;
    }

    private static TemplateMethodModelEx text(Messages messages) {
        return arguments -> {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("t needs the key of a text, e.g. t(\"trust.heading\")");
            }
            String key = string(arguments.get(0));
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = string(arguments.get(i));
            }
            try {
                return messages.format(key, values);
            } catch (Messages.MissingMessageException e) {
                throw new TemplateModelException(e.getMessage());
            }
        };
    }

    private static TemplateMethodModelEx plural(Messages messages) {
        return arguments -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException("tPlural needs the key of a text, e.g. tPlural(\"search.found\")");
            }
            try {
                return JsonWriter.write(new LinkedHashMap<>(messages.plural(string(arguments.get(0)))));
            } catch (Messages.MissingMessageException e) {
                throw new TemplateModelException(e.getMessage());
            }
        };
    }

    private static String string(Object value) throws TemplateModelException {
        if (value instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (value instanceof TemplateNumberModel n) {
            return String.valueOf(n.getAsNumber());
        }
        throw new TemplateModelException("t takes texts and numbers, not " + value);
    }
}

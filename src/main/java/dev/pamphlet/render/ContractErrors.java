package dev.pamphlet.render;

import dev.pamphlet.source.Suggestions;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonHashException;
import freemarker.core.UnexpectedTypeException;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says what went wrong in a template in the words of the template contract ({@link TemplateContract}), not of
 * Java: {@code ${page.reviewed}} is "page.reviewed is a date: write page.reviewed.iso or page.reviewed.words".
 * It runs where the mistake happens, while the template's own names (loop variables, macro parameters) still
 * have their values; a mistake it cannot explain is passed on as it is.
 */
final class ContractErrors implements TemplateExceptionHandler {
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /** A template mistake explained in the contract's words; {@link #original} says where it happened. */
    static final class Explained extends TemplateException {
        private final transient TemplateException original;
        private final String explanation;

        Explained(String explanation, TemplateException original, Environment env) {
            super(explanation, original, env);
            this.original = original;
            this.explanation = explanation;
        }

        TemplateException original() {
            return original;
        }

        String explanation() {
            return explanation;
        }
    }

    @Override
    public void handleTemplateException(TemplateException te, Environment env, Writer out) throws TemplateException {
        String explained = null;
        try {
            explained = explain(te, env);
        } catch (TemplateModelException | RuntimeException e) {
            // Explaining is a courtesy: the original error still says what happened.
        }
        if (explained == null) {
            throw te;
        }
        throw new Explained(explained, te, env);
    }

    private static String explain(TemplateException te, Environment env) throws TemplateModelException {
        String blamed = te.getBlamedExpressionString();
        String message = te.getMessageWithoutStackTop();
        if (message != null && message.startsWith("Can't convert boolean to string")) {
            return "a true/false value cannot be written as it is: write it with ?c (true or false) or"
                    + " ?string(\"yes\", \"no\"), or test it with <#if ...>";
        }
        if (blamed == null || !PATH.matcher(blamed).matches()) {
            return null;
        }
        if (te instanceof InvalidReferenceException) {
            return missing(blamed, env);
        }
        if (te instanceof UnexpectedTypeException) {
            Value value = resolve(blamed, env);
            return value == null || value.model() == null ? null : wrongUse(blamed, value, te);
        }
        return null;
    }

    /** A value as a template reached it, and its declared type when it is a part of a view record. */
    private record Value(TemplateModel model, Type declared) {}

    private static Value resolve(String path, Environment env) throws TemplateModelException {
        String[] names = path.split("\\.");
        TemplateModel model = env.getVariable(names[0]);
        Type declared = null;
        for (int i = 1; i < names.length && model != null; i++) {
            if (!(model instanceof TemplateHashModel hash)) {
                return null;
            }
            declared = componentType(model, names[i]);
            model = hash.get(names[i]);
        }
        return new Value(model, declared);
    }

    private static Type componentType(TemplateModel model, String name) {
        Object wrapped = unwrap(model);
        if (wrapped instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c.getGenericType();
                }
            }
        }
        return null;
    }

    private static Object unwrap(TemplateModel model) {
        return model instanceof WrapperTemplateModel w ? w.getWrappedObject() : null;
    }

    /** {@code ${page.reviewed}}, {@code ${page.sources}}, {@code <#if page.title>}: the value is of another kind. */
    private static String wrongUse(String path, Value value, TemplateException te) {
        Object wrapped = unwrap(value.model());
        if (wrapped instanceof Record record) {
            String noun = TemplateContract.noun(record.getClass());
            return path + " is " + TemplateContract.withArticle(noun) + ": write "
                    + choices(path, TemplateContract.parts(record.getClass()));
        }
        if (value.model() instanceof TemplateSequenceModel) {
            String type = value.declared() == null ? "list" : TemplateContract.typeName(value.declared());
            String item = type.startsWith("list of ") ? singular(type.substring(type.lastIndexOf(' ') + 1)) : "item";
            return path + " is a " + type + ": go through it with <#list " + path + " as " + item + ">...</#list>";
        }
        if (wrapped instanceof Map<?, ?> map) {
            String example = map.isEmpty()
                    ? path + ".name"
                    : path + "." + map.keySet().iterator().next();
            return path + " is a map of values: write one of them, e.g. " + example
                    + (map.isEmpty() ? " (it is empty here)" : "");
        }
        if (value.model() instanceof TemplateBooleanModel && !(te instanceof NonBooleanException)) {
            return path + " is true/false: test it with <#if " + path + ">...</#if>, or write it with " + path + "?c";
        }
        if (value.model() instanceof TemplateScalarModel && te instanceof NonBooleanException) {
            return path + " is text, not true/false: test whether it has content with <#if " + path
                    + "?has_content>...</#if>";
        }
        if ((value.model() instanceof TemplateScalarModel || value.model() instanceof TemplateNumberModel)
                && te instanceof NonHashException) {
            return path + " is " + (value.model() instanceof TemplateScalarModel ? "text" : "a number")
                    + ", with no parts: write " + path + " itself";
        }
        return null;
    }

    /** {@code ${page.reviewer}}, {@code ${page.previous.title}} on the first page, {@code ${pge.title}}. */
    private static String missing(String path, Environment env) throws TemplateModelException {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            Set<String> given = keys(env.getDataModel());
            String suggestion = Suggestions.closest(path, given);
            return "'" + path + "' is not defined" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                    + (given.isEmpty() ? "" : ": this template is given " + String.join(", ", given));
        }
        String parentPath = path.substring(0, dot);
        String name = path.substring(dot + 1);
        Value parent = resolve(parentPath, env);
        if (parent == null || parent.model() == null) {
            return null;
        }
        if (parent.model() instanceof Environment.Namespace namespace) {
            Set<String> macros = new java.util.TreeSet<>(keys(namespace));
            String suggestion = Suggestions.closest(name, macros);
            return parentPath + " has no macro '" + name + "'"
                    + (suggestion == null ? "" : " (did you mean '" + parentPath + "." + suggestion + "'?)")
                    + ": it has " + String.join(", ", macros);
        }
        Object wrapped = unwrap(parent.model());
        if (wrapped instanceof Record record) {
            List<String> parts = TemplateContract.parts(record.getClass());
            String noun = TemplateContract.noun(record.getClass());
            if (parts.contains(name)) {
                return path + " is missing here (it may be, on some pages): test it with <#if " + path
                        + "??>...</#if>, or give a default with " + path + "!\"\"";
            }
            String suggestion = Suggestions.closest(name, new LinkedHashSet<>(parts));
            // A short record's parts fit in the message; a page's are many, and listed in the reference.
            return parentPath + " has no '" + name + "'"
                    + (suggestion == null ? "" : " (did you mean '" + parentPath + "." + suggestion + "'?)")
                    + (parts.size() > 8
                            ? ""
                            : ": " + TemplateContract.withArticle(noun) + " has " + String.join(", ", parts));
        }
        if (wrapped instanceof Map<?, ?>) {
            return path + " is not set here (no '" + name + "' under extra:): give a default with " + path
                    + "!\"\", or test it with <#if " + path + "??>...</#if>";
        }
        return null;
    }

    private static Set<String> keys(TemplateHashModel hash) throws TemplateModelException {
        Set<String> keys = new LinkedHashSet<>();
        if (hash instanceof TemplateHashModelEx ex) {
            for (TemplateModelIterator it = ex.keys().iterator(); it.hasNext(); ) {
                keys.add(((TemplateScalarModel) it.next()).getAsString());
            }
        }
        return keys;
    }

    /** "page.reviewed.iso or page.reviewed.words"; a long record names a few parts and lists the rest. */
    private static String choices(String path, List<String> parts) {
        if (parts.size() <= 3) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                out.append(i == 0 ? "" : i == parts.size() - 1 ? " or " : ", ")
                        .append(path)
                        .append('.')
                        .append(parts.get(i));
            }
            return out.toString();
        }
        return "one of its parts, such as " + path + "." + parts.get(0) + " (it has " + String.join(", ", parts) + ")";
    }

    private static String singular(String plural) {
        return plural.endsWith("ies")
                ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}

package dev.pamphlet.render;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What templates are given, in the words of the template reference ({@code src/docs/manual/templates/reference.md}) rather than of
 * Java: a {@link Views.DateView} is "a date" with the parts {@code iso} and {@code words}. The view records are the
 * contract; this names their types, for the reference (whose test checks it against the records) and for template
 * errors.
 */
public final class TemplateContract {
    /** Names for the view records; a record not listed is named after its class (PersonView: "person"). */
    private static final Map<Class<?>, String> NOUNS = Map.ofEntries(
            Map.entry(Views.DateView.class, "date"),
            Map.entry(Views.LinkView.class, "link"),
            Map.entry(Views.NavItem.class, "listed page"),
            Map.entry(Views.SourceView.class, "source"),
            Map.entry(Views.HeadingView.class, "heading"),
            Map.entry(Views.SiteView.class, "site"),
            Map.entry(Views.PageView.class, "page"),
            Map.entry(SiteOutputs.PageEntry.class, "page entry"),
            Map.entry(SiteOutputs.TermView.class, "glossary word"),
            Map.entry(SiteOutputs.SitemapEntry.class, "sitemap entry"),
            Map.entry(LanguageViews.LanguageView.class, "language"),
            Map.entry(LanguageViews.AlternateView.class, "language version"),
            Map.entry(LanguageViews.OutdatedView.class, "outdated translation"));

    private TemplateContract() {}

    /** What a record is called: "date", "link". */
    public static String noun(Class<?> type) {
        String known = NOUNS.get(type);
        if (known != null) {
            return known;
        }
        String name = type.getSimpleName().replaceFirst("View$", "");
        return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    /** The type of a record component as the reference writes it: "text", "date", "list of links". */
    public static String typeName(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (List.class.isAssignableFrom(raw)) {
                return "list of " + plural(typeName(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "map";
            }
        }
        if (!(type instanceof Class<?> c)) {
            return "value";
        }
        if (c == String.class) {
            return "text";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true/false";
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            return "number";
        }
        if (List.class.isAssignableFrom(c)) {
            return "list";
        }
        if (freemarker.template.TemplateMethodModel.class.isAssignableFrom(c)) {
            return "function";
        }
        if (Map.class.isAssignableFrom(c)) {
            return "map";
        }
        return noun(c);
    }

    /** The parts of a record, in order: {@code iso}, {@code words}. */
    public static List<String> parts(Class<?> record) {
        List<String> names = new ArrayList<>();
        if (record.isRecord()) {
            for (RecordComponent c : record.getRecordComponents()) {
                names.add(c.getName());
            }
        }
        return names;
    }

    /** "a date", "an item". */
    static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}

package dev.pamphlet.language;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.Suggestions;
import dev.pamphlet.source.YamlMapping;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site's interface text is checked for as it is read, since it would otherwise fail on every page or show
 * wrongly on every page: a date pattern Java cannot use, and a {@code {n}} that Pamphlet never fills in.
 */
final class MessageChecks {
    static final String DATE_PATTERN = "date.pattern";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern PLURAL_FORM = Pattern.compile("(.*)\\.(zero|one|two|few|many|other)");
    /** Any date shows whether a pattern can write dates: what a pattern asks for does not depend on the day. */
    private static final LocalDate SAMPLE = LocalDate.of(2016, 11, 29);

    private MessageChecks() {}

    /** Reports a {@code date.pattern} that cannot write a date, at its line, with a pattern that can. */
    static void datePattern(YamlMapping yaml, Map<String, String> texts, Locale locale) {
        String pattern = texts.get(DATE_PATTERN);
        if (pattern == null) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(pattern, locale).format(SAMPLE);
        } catch (IllegalArgumentException | DateTimeException e) {
            String why = e instanceof UnsupportedTemporalTypeException
                    ? "it asks for " + e.getMessage().replace("Unsupported field: ", "")
                            + ", which a date does not have"
                    : e.getMessage();
            yaml.reportValue(
                    DATE_PATTERN,
                    "'" + DATE_PATTERN + "' cannot write a date: " + why,
                    "use d (day), EEEE (weekday), MMMM (month name), MM (month number) and yyyy (year), with"
                            + " other words in single quotes and no { or }, for example: " + DATE_PATTERN
                            + ": d MMMM yyyy");
        }
    }

    /**
     * Reports each {@code {n}} in a text that Pamphlet does not fill in for that key (English's text of the key,
     * or of any plural form of it, says which it does): it would be shown as it is.
     */
    static void placeholders(YamlMapping yaml, Map<String, String> texts, Map<String, String> english) {
        texts.forEach((key, text) -> {
            Set<String> filled = filledIn(key, english);
            if (filled == null) {
                return; // a key of the site's own, for its own templates
            }
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!filled.contains(m.group())) {
                    yaml.reportValue(
                            key,
                            "'" + key + "' has " + m.group() + ", which Pamphlet does not fill in here: it would be"
                                    + " shown as it is",
                            filled.isEmpty()
                                    ? "remove " + m.group() + ": this text has nothing filled in"
                                    : "Pamphlet fills in " + String.join(" and ", filled) + " here");
                    return;
                }
            }
        });
    }

    /** The placeholders English's text of {@code key} has, with every plural form's; null for a key it lacks. */
    private static Set<String> filledIn(String key, Map<String, String> english) {
        Matcher plural = PLURAL_FORM.matcher(key);
        Set<String> filled = new TreeSet<>();
        boolean known = english.containsKey(key);
        if (known) {
            add(english.get(key), filled);
        }
        if (plural.matches()) {
            for (String form : Messages.PLURAL_FORMS) {
                String text = english.get(plural.group(1) + "." + form);
                if (text != null) {
                    known = true;
                    add(text, filled);
                }
            }
        }
        return known ? filled : null;
    }

    private static void add(String text, Set<String> into) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            into.add(m.group());
        }
    }

    /**
     * Warns of each key that is none of Pamphlet's and looks meant as one: in a group of keys Pamphlet uses
     * ({@code site.titel}), or a slip away from one of its keys. Pamphlet never shows such a text, so the page
     * keeps the text the editor meant to replace. Keys of other names are the site's own, for its own templates.
     */
    static void unknownKeys(YamlMapping yaml, Map<String, String> english, List<Diagnostic> problems) {
        Set<String> known = new HashSet<>(english.keySet());
        known.addAll(Messages.SITE_TEXTS);
        Set<String> groups = new HashSet<>();
        known.forEach(k -> groups.add(groupOf(k)));
        for (String key : yaml.keys()) {
            if (known.contains(key) || filledIn(key, english) != null) {
                continue;
            }
            String suggestion = Suggestions.closest(key, known);
            if (suggestion == null && !groups.contains(groupOf(key))) {
                continue;
            }
            int line = yaml.lineOf(key);
            problems.add(Diagnostic.warning(
                            yaml.source().displayPath(),
                            line,
                            1,
                            "'" + key + "' is not a text Pamphlet shows"
                                    + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"))
                    .withSourceLine(yaml.source().line(line))
                    .withHint(
                            suggestion != null
                                    ? "rename the key " + suggestion + ", or the page keeps Pamphlet's own text"
                                    : "the keys Pamphlet reads are those of its English file (the Pamphlet manual's page 'Languages'); a"
                                            + " text for the site's own templates needs a name outside '" + groupOf(key)
                                            + ".'"));
        }
    }

    private static String groupOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}

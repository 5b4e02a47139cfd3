package dev.pamphlet.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interface text of one language: every word the theme and Pamphlet put on a page around its content.
 *
 * @param tag          the language, e.g. {@code cy}
 * @param texts        the text of each key
 * @param expectedFile the file a missing key belongs in, as the user sees it (e.g. content/messages/cy.yml)
 */
public record Messages(String tag, Map<String, String> texts, String expectedFile) {
    /** The plural forms a key may have, as JavaScript's {@code Intl.PluralRules} names them. */
    public static final List<String> PLURAL_FORMS = List.of("zero", "one", "two", "few", "many", "other");

    /**
     * The site's own reader-facing texts from site.yml, as a language's file gives them in that language
     * ({@code site.disclaimer: ...} in messages/cy.yml); site.yml's own text stands where a language has none.
     */
    public static final List<String> SITE_TEXTS =
            List.of("site.title", "site.description", "site.disclaimer", "site.publisher", "site.condition");

    /** The site texts a language is warned of lacking: a publisher's name may stay as it is. */
    public static final List<String> SITE_TEXTS_TO_TRANSLATE =
            List.of("site.title", "site.description", "site.disclaimer", "site.condition");

    /** A site text ({@code title}, {@code disclaimer}...) in this language: its own, else site.yml's. */
    public String siteText(String name, String fromSiteYml) {
        return fromSiteYml == null ? null : texts.getOrDefault("site." + name, fromSiteYml);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text of a key; a missing key is an error that names the key and the file it belongs in. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingMessageException(missing(key));
        }
        return text;
    }

    /** The text with {@code {0}}, {@code {1}}... replaced by the arguments. */
    public String format(String key, Object... args) {
        String text = text(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Each plural form of a key that this language has ({@code key.one}, {@code key.other}...), by form. */
    public Map<String, String> plural(String key) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String form : PLURAL_FORMS) {
            String text = texts.get(key + "." + form);
            if (text != null) {
                forms.put(form, text);
            }
        }
        if (!forms.containsKey("other")) {
            throw new MissingMessageException(missing(key + ".other"));
        }
        return forms;
    }

    String missing(String key) {
        return "interface text '" + key + "' is missing for language '" + tag + "': add it to " + expectedFile;
    }

    /** A key a template or Pamphlet asked for that the language lacks. */
    public static final class MissingMessageException extends RuntimeException {
        public MissingMessageException(String message) {
            super(message);
        }
    }
}

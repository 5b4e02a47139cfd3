package dev.pamphlet.config;

import dev.pamphlet.source.YamlMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code languages:} from site.yml: the site's languages, the default first. */
final class SiteLanguages {

    private SiteLanguages() {}

    /**
     * The listed languages, checked; empty when the key is absent (a one-language site) or wrong (reported).
     *
     * @param language the one {@code language:} names, or null; it must then be the first listed
     */
    static List<String> read(YamlMapping yaml, String language, Pattern tag) {
        if (!yaml.has("languages")) {
            return List.of();
        }
        List<String> listed = yaml.textList("languages");
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String l : listed) {
            if (!tag.matcher(l).matches()) {
                yaml.reportValue(
                        "languages",
                        "'" + l + "' in 'languages' is not a language tag",
                        "use BCP 47 tags, the default language first: languages: [en-GB, cy, ar]");
                return List.of();
            }
            if (!seen.add(l.toLowerCase(Locale.ROOT))) {
                yaml.reportValue("languages", "'" + l + "' is listed twice in 'languages'", "list each language once");
                return List.of();
            }
            out.add(l);
        }
        if (out.isEmpty() && listed.isEmpty()) {
            yaml.reportValue(
                    "languages",
                    "'languages' lists no language",
                    "list the site's languages, the default first: languages: [en-GB, cy, ar]");
            return List.of();
        }
        if (language != null && !out.isEmpty() && !out.get(0).equalsIgnoreCase(language)) {
            yaml.reportValue(
                    "language",
                    "'language' is " + language + " but 'languages' starts with " + out.get(0),
                    "the first of 'languages' is the default language: remove 'language', or list it first");
            return List.of();
        }
        return List.copyOf(out);
    }
}

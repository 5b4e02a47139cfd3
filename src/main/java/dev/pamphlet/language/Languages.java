package dev.pamphlet.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A site's languages, the default first. */
public record Languages(List<Language> all) {
    /** What a language code in a file's name looks like: {@code gd}, {@code pt-BR}. */
    private static final Pattern CODE = Pattern.compile("[a-zA-Z]{2}(-[a-zA-Z0-9]{2,8})*");

    private static final Set<String> TWO_LETTER_CODES = Set.of(Locale.getISOLanguages());

    public Language main() {
        return all.get(0);
    }

    public boolean isMultilingual() {
        return all.size() > 1;
    }

    public Optional<Language> of(String tag) {
        return all.stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst();
    }

    /**
     * The language a Markdown file is written in: the one its name ends with ({@code causes.cy.md} is Welsh),
     * else the default language.
     */
    public Language languageOf(String path) {
        for (Language l : all) {
            if (l.names(path)) {
                return l;
            }
        }
        return main();
    }

    /**
     * The language code a Markdown file's name ends with ({@code gd} for {@code page.gd.md}) when it is none of
     * the site's other languages: a language the site does not list, or the default language's own code (its
     * pages need none). Null when the name ends with no language code: {@code notes.v2.md} is the page
     * {@code notes.v2}.
     */
    public String unlistedLanguageOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.endsWith(".md") || languageOf(path) != main() || main().names(path)) {
            return null;
        }
        String stem = name.substring(0, name.length() - ".md".length());
        int dot = stem.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String suffix = stem.substring(dot + 1);
        return isLanguageCode(suffix) ? suffix : null;
    }

    /**
     * Whether a text is a language tag whose language has a two-letter ISO 639 code ({@code gd}, {@code pt-BR}).
     * Three-letter codes are taken for words: {@code new} and {@code bak} are languages too (Newari, Bashkir),
     * but {@code notes.new.md} is far likelier a page named so.
     */
    static boolean isLanguageCode(String text) {
        if (!CODE.matcher(text).matches()) {
            return false;
        }
        return TWO_LETTER_CODES.contains(text.split("-", 2)[0].toLowerCase(Locale.ROOT));
    }
}

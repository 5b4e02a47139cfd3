package dev.pamphlet.site;

import dev.pamphlet.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every language's pages, by the default-language page they translate.
 *
 * @param languages the site's languages, the default first
 * @param byBase    for each default-language Markdown path ({@code causes.md}), its page in each language, by tag
 */
public record Translations(List<Language> languages, Map<String, Map<String, Page>> byBase) {
    public static final Translations NONE = new Translations(List.of(), Map.of());

    public boolean isMultilingual() {
        return languages.size() > 1;
    }

    public Language main() {
        return languages.get(0);
    }

    /** The page for a default-language path in a language, or null when it has none there. */
    public Page in(String basePath, Language language) {
        Map<String, Page> pages = byBase.get(basePath);
        return pages == null ? null : pages.get(language.tag());
    }

    /** The language and page of each version of a page, in the site's order of languages. */
    public List<Version> versions(String basePath) {
        List<Version> out = new ArrayList<>();
        Map<String, Page> pages = byBase.getOrDefault(basePath, Map.of());
        for (Language l : languages) {
            Page p = pages.get(l.tag());
            if (p != null) {
                out.add(new Version(l, p));
            }
        }
        return out;
    }

    /**
     * The source of a translation when the source was reviewed after the review the translation says it
     * translates ({@code translates_review}); null when it is up to date, says nothing, or has no source.
     */
    public Page newerSource(Page translation, Language language) {
        java.time.LocalDate translated = translation.article().meta().translatesReview();
        if (language.isDefault() || translated == null || languages.isEmpty()) {
            return null;
        }
        Page source = in(language.basePath(translation.article().path()), main());
        return source != null && source.article().meta().contentDate().isAfter(translated) ? source : null;
    }

    /** A page in one language. */
    public record Version(Language language, Page page) {}

    /** The language a Markdown file is in: by its name ({@code causes.cy.md}), else the default. */
    public Language languageOf(String path) {
        for (Language l : languages) {
            if (l.names(path)) {
                return l;
            }
        }
        return languages.isEmpty() ? null : main();
    }

    /**
     * The Markdown file of the page a reader reaches by a link to {@code path} from the page {@code fromPath}:
     * a link to a default-language page reaches its translation into the reader's language where there is one;
     * a link to a translation ({@code causes.cy.md}) reaches that.
     */
    public String reached(String fromPath, String path) {
        if (!isMultilingual() || !path.endsWith(".md") || !languageOf(path).isDefault()) {
            return path;
        }
        Page page = in(path, languageOf(fromPath));
        return page != null ? page.article().path() : path;
    }
}

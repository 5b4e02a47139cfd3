package dev.pamphlet.language;

import java.util.List;
import java.util.Optional;

/** A site's languages, the default first. */
public record Languages(List<Language> all) {

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
}

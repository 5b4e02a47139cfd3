package dev.pamphlet.language;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.GlossaryLoader;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.Glossary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Loads each of a site's languages: its interface text and its glossary. */
public final class LanguagesLoader {

    private LanguagesLoader() {}

    /**
     * @param glossary the default language's glossary ({@code glossary.yml}), loaded already
     * @param display  how to show a path inside the content folder
     */
    public static Optional<Languages> load(
            Path contentDir,
            SiteConfig config,
            Glossary glossary,
            Function<String, String> display,
            List<Diagnostic> problems) {
        MessagesLoader messages = new MessagesLoader(contentDir, display);
        List<Language> out = new ArrayList<>();
        boolean complete = true;
        for (String tag : config.languages()) {
            boolean first = tag.equals(config.languages().get(0));
            Optional<Messages> text = messages.load(tag, problems);
            Glossary words = first ? glossary : loadGlossary(contentDir, tag, display, problems);
            if (text.isEmpty()) {
                complete = false;
                continue;
            }
            out.add(new Language(tag, first ? "" : folderOf(tag), text.get(), words));
            if (!first) {
                untranslatedSiteTexts(contentDir, config, text.get(), problems);
            }
        }
        return complete ? Optional.of(new Languages(List.copyOf(out))) : Optional.empty();
    }

    /** The folder a language's pages are published in: its tag in lower case. */
    public static String folderOf(String tag) {
        return tag.toLowerCase(Locale.ROOT) + "/";
    }

    /** The name of a language's glossary file: {@code glossary.cy.yml}. */
    public static String glossaryFile(String tag) {
        return "glossary." + tag + ".yml";
    }

    private static Glossary loadGlossary(
            Path contentDir, String tag, Function<String, String> display, List<Diagnostic> problems) {
        String name = glossaryFile(tag);
        return GlossaryLoader.loadFile(contentDir.resolve(name), display.apply(name), problems);
    }

    /**
     * Warns, once for each, of a reader-facing text of site.yml that a language's file does not give in that
     * language: its pages would show it in the default language.
     */
    private static void untranslatedSiteTexts(
            Path contentDir, SiteConfig config, Messages messages, List<Diagnostic> problems) {
        Map<String, String> english = new LinkedHashMap<>();
        english.put("site.title", config.title());
        english.put("site.description", config.description());
        english.put("site.disclaimer", config.governance().disclaimer());
        english.put("site.condition", config.condition());
        String tag = messages.tag();
        boolean exists =
                Files.isRegularFile(contentDir.resolve(MessagesLoader.FOLDER).resolve(tag + ".yml"));
        for (String key : Messages.SITE_TEXTS_TO_TRANSLATE) {
            String text = english.get(key);
            if (text == null || messages.has(key)) {
                continue;
            }
            String name = key.substring("site.".length());
            problems.add(Diagnostic.warning(
                            messages.expectedFile(),
                            exists ? 1 : 0,
                            0,
                            "site.yml's '" + name + "' has no text in '" + tag + "': its pages show it in "
                                    + config.languages().get(0))
                    .withHint("add a line to " + messages.expectedFile() + ": " + key + ": \"...\" (in "
                            + config.languages().get(0) + ": \"" + text + "\")"));
        }
    }
}

package dev.pamphlet.site;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.language.Language;
import dev.pamphlet.language.Messages;
import dev.pamphlet.language.MessagesLoader;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.markdown.PageLinks;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site as the renderer sees it, in one of its languages: a site in one language is one of these; a site in
 * several has one per language, each with its own home page, navigation and site-wide files.
 *
 * @param guide        the home page first, then the articles in reading order (by {@code order}, then title)
 * @param bySource     every built page by its Markdown path in the default language ({@code causes.md} also
 *                     for its Welsh translation, {@code causes.cy.md})
 * @param drafts       Markdown paths of drafts left out of this build
 * @param staticFiles  content files copied as they are
 * @param language     the language of these pages
 * @param translations every language's pages, for links between them
 * @param sections     the sections the pages are in, made from the guide
 * @param topics       the topics of the pages' tags, made from the guide
 */
public record Site(
        SiteConfig config,
        List<Page> guide,
        Map<String, Page> bySource,
        Set<String> drafts,
        Set<String> staticFiles,
        Language language,
        Translations translations,
        Sections sections,
        Topics topics) {

    /** A site whose sections and topics are made from its guide. */
    public Site(
            SiteConfig config,
            List<Page> guide,
            Map<String, Page> bySource,
            Set<String> drafts,
            Set<String> staticFiles,
            Language language,
            Translations translations) {
        this(
                config,
                guide,
                bySource,
                drafts,
                staticFiles,
                language,
                translations,
                Sections.of(guide, language, TrustPages.pages(config)),
                Topics.of(guide, language));
    }

    /** A site in its one language, with Pamphlet's own interface text for it (English if it has none). */
    public Site(
            SiteConfig config,
            List<Page> guide,
            Map<String, Page> bySource,
            Set<String> drafts,
            Set<String> staticFiles) {
        this(config, guide, bySource, drafts, staticFiles, builtInLanguage(config.language()), Translations.NONE);
    }

    static Language builtInLanguage(String tag) {
        Messages messages = MessagesLoader.builtIn(tag)
                .orElseGet(() -> MessagesLoader.builtIn("en").orElseThrow());
        return new Language(tag, "", messages, Glossary.EMPTY);
    }

    public Page home() {
        return guide.get(0);
    }

    /** The same site showing other pages (an earlier build's, say). */
    public Site withGuide(List<Page> otherGuide, Map<String, Page> otherBySource) {
        return new Site(config, otherGuide, otherBySource, drafts, staticFiles, language, translations);
    }

    Site withTranslations(Translations all, Set<String> statics, Set<String> allDrafts) {
        return new Site(config, guide, bySource, allDrafts, statics, language, all, sections, topics);
    }

    /** Where the links written on a page go. */
    public PageLinks links(Page page) {
        return translations.isMultilingual() ? new TranslatedLinks(this, page) : PageLinks.SAME_SHAPE;
    }

    /** The path of the Markdown file in the default language that this page is (or translates). */
    public String basePath(Page page) {
        return language.basePath(page.article().path());
    }
}

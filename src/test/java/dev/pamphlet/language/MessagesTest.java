package dev.pamphlet.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.markdown.BodyText;
import dev.pamphlet.markdown.Glossary;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Language builtIn(String tag) {
        return new Language(tag, "", MessagesLoader.builtIn(tag).orElseThrow(), Glossary.EMPTY);
    }

    @Test
    void theEnglishBodyTextRenderersFallBackOnIsTheEnglishFilesText() {
        assertThat(builtIn("en").bodyText()).isEqualTo(BodyText.ENGLISH);
    }

    @Test
    void welshAndArabicHaveEveryKeyEnglishHasButPluralFormsTheirGrammarLacks() {
        Set<String> english =
                new TreeSet<>(MessagesLoader.builtIn("en").orElseThrow().texts().keySet());
        english.removeIf(k -> k.matches(".*\\.(zero|one|two|few|many)"));
        for (String tag : new String[] {"cy", "ar"}) {
            assertThat(MessagesLoader.builtIn(tag).orElseThrow().texts().keySet())
                    .as(tag)
                    .containsAll(english);
        }
        assertThat(MessagesLoader.builtIn("ar").orElseThrow().plural("search.found"))
                .containsOnlyKeys("zero", "one", "two", "few", "many", "other");
    }

    @Test
    void aRegionalTagUsesItsLanguagesText() {
        assertThat(MessagesLoader.builtIn("en-GB").orElseThrow().text("trust.heading"))
                .isEqualTo("About this information");
        assertThat(MessagesLoader.builtIn("cy-GB").orElseThrow().text("trust.heading"))
                .isEqualTo("Am yr wybodaeth hon");
        assertThat(MessagesLoader.builtIn("pl")).isEmpty();
        assertThat(MessagesLoader.fallbacks("zh-Hant-TW")).containsExactly("zh-Hant-TW", "zh-Hant", "zh");
    }

    @Test
    void textIsFilledInAndAMissingKeyNamesTheKeyAndTheFile() {
        Messages messages =
                new Messages("cy", Map.of("footer.published_by", "Cyhoeddwyd gan {0}."), "content/messages/cy.yml");
        assertThat(messages.format("footer.published_by", "GIG Cymru")).isEqualTo("Cyhoeddwyd gan GIG Cymru.");
        assertThatThrownBy(() -> messages.text("trust.heading"))
                .hasMessage("interface text 'trust.heading' is"
                        + " missing for language 'cy': add it to content/messages/cy.yml");
        assertThatThrownBy(() -> messages.plural("search.found")).hasMessageContaining("'search.found.other'");
    }

    @Test
    void scriptsWrittenRightToLeftAreKnownByLanguageOrScript() {
        assertThat(builtIn("ar").direction()).isEqualTo("rtl");
        assertThat(builtIn("cy").direction()).isEqualTo("ltr");
        for (String tag : new String[] {"fa", "ur", "he", "ps", "pa-Arab", "ar-EG"}) {
            assertThat(Language.defaultDirection(tag)).as(tag).isEqualTo("rtl");
        }
        for (String tag : new String[] {"en-GB", "pl", "tr", "az-Latn"}) {
            assertThat(Language.defaultDirection(tag)).as(tag).isEqualTo("ltr");
        }
    }

    @Test
    void languagesAreNamedInThemselvesAndInEachOther() {
        Language cy = builtIn("cy");
        Language en = builtIn("en-GB");
        Language ar = builtIn("ar");
        assertThat(cy.name()).isEqualTo("Cymraeg");
        assertThat(ar.name()).isEqualTo("العربية");
        assertThat(cy.nameOf(en)).isEqualTo("Saesneg");
        assertThat(ar.nameOf(en)).isEqualTo("الإنجليزية");
        assertThat(en.nameOf(cy)).isEqualTo("Welsh");
        Language pl = new Language("pl", "pl/", new Messages("pl", Map.of(), "x"), Glossary.EMPTY);
        assertThat(pl.name()).isEqualTo("Polski");
    }

    @Test
    void aTranslationIsNamedAfterItsLanguageBesideItsSource() {
        Language cy = new Language("cy", "cy/", MessagesLoader.builtIn("cy").orElseThrow(), Glossary.EMPTY);
        assertThat(cy.names("causes.cy.md")).isTrue();
        assertThat(cy.names("living-with/sleep.CY.md")).isTrue();
        assertThat(cy.names("cy.md")).isFalse();
        assertThat(cy.names("living-with/.cy.md")).isFalse();
        assertThat(cy.names("causes.md")).isFalse();
        assertThat(cy.basePath("living-with/sleep.cy.md")).isEqualTo("living-with/sleep.md");
    }
}

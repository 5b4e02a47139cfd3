package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interface text a site adds or overrides, and the mistakes a multilingual site can make. */
class LanguageErrorsTest {
    @TempDir
    Path dir;

    private Path clinic() {
        return SiteFixtures.copyFixture("clinic", dir);
    }

    private Path languages() {
        return SiteFixtures.copyFixture("languages", dir);
    }

    private static void setLanguage(Path content, String tag) throws IOException {
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("language: en-GB", "language: " + tag));
    }

    private BuildResult build(Path content) {
        return SiteFixtures.build(content, dir.resolve("out"));
    }

    private static List<String> errors(BuildResult result) {
        return result.diagnostics().sorted().stream()
                .filter(Diagnostic::isError)
                .map(d -> d.location() + ": " + d.message())
                .toList();
    }

    @Test
    void aTranslatedHomePageThatFailsToLoadIsNotAlsoReportedMissing() throws IOException {
        Path content = languages();
        Path home = content.resolve("index.cy.md");
        Files.writeString(home, Files.readString(home).replaceFirst("\n", "\ntitle: \"never closed\n"));

        List<String> errors = errors(build(content));

        assertThat(errors).isNotEmpty().allMatch(e -> e.startsWith(home + ":"), "each error is at a line of the file");
        assertThat(errors).noneMatch(e -> e.contains("no home page"));
    }

    @Test
    void aLanguageWithNoInterfaceTextIsAnErrorNamingTheFileExpected() throws IOException {
        Path content = clinic();
        setLanguage(content, "pl");
        BuildResult result = build(content);
        assertThat(errors(result))
                .containsExactly(content + "/messages/pl.yml: no interface text for language" + " 'pl': " + content
                        + "/messages/pl.yml does not exist");
        assertThat(result.diagnostics().sorted().get(0).hint()).contains("English (en), Welsh (cy) and Arabic (ar)");
    }

    @Test
    void aSitesLanguageFileMissingAKeyIsAnErrorNamingTheKeyAndTheFile() throws IOException {
        Path content = clinic();
        setLanguage(content, "pl");
        Files.createDirectories(content.resolve("messages"));
        String english = new String(
                getClass()
                        .getResourceAsStream("/dev/pamphlet/language/messages/en.yml")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(content.resolve("messages/pl.yml"), english.replaceAll("(?m)^trust\\.heading:.*\\n", ""));
        BuildResult result = build(content);
        assertThat(errors(result))
                .containsExactly(content + "/messages/pl.yml:1: interface text 'trust.heading'"
                        + " is missing for language 'pl'");
        assertThat(result.diagnostics().sorted().get(0).hint())
                .contains("trust.heading: \"...\"")
                .contains("About this information");

        Files.writeString(
                content.resolve("messages/pl.yml"),
                english.replace("About this information", "Informacje o tej stronie"));
        BuildResult fixed = build(content);
        assertThat(errors(fixed)).isEmpty();
        assertThat(Jsoup.parse(dir.resolve("out/opening-hours.html").toFile())
                        .selectFirst("#trust-panel-heading")
                        .text())
                .isEqualTo("Informacje o tej stronie");
    }

    @Test
    void aNewSiteInALanguageWithoutBuiltInTextGetsAMessageFileToTranslateAndBuilds() throws IOException {
        dev.pamphlet.starter.StarterSite starter =
                new dev.pamphlet.starter.StarterSite("Przewodnik", "pl", "Redakcja", SiteFixtures.TODAY);
        starter.writeTo(dir.resolve("new"));
        Path messages = dir.resolve("new/content/messages/pl.yml");
        assertThat(Files.readString(messages)).contains("Translate each text").contains("trust.heading:");
        BuildResult result = SiteFixtures.build(dir.resolve("new/content"), dir.resolve("out"));
        assertThat(result.diagnostics().sorted())
                .as("new site: nothing but its placeholder addresses")
                .allMatch(d -> !d.isError() && d.message().contains("is still the placeholder 'pamphlet new' wrote"));
        assertThat(Jsoup.parse(dir.resolve("out/index.html").toFile())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("pl");
        assertThat(starter.files()).doesNotContainKey("content/messages/en-GB.yml");
        assertThat(new dev.pamphlet.starter.StarterSite("Canllaw", "cy", "Golygyddion", SiteFixtures.TODAY).files())
                .doesNotContainKey("content/messages/cy.yml");
    }

    @Test
    void aSiteOverridesSomeOfABuiltInLanguagesTextAndKeepsTheRest() throws IOException {
        Path content = clinic();
        Files.createDirectories(content.resolve("messages"));
        Files.writeString(content.resolve("messages/en-GB.yml"), "trust.heading: About this page\n");
        BuildResult result = build(content);
        assertThat(errors(result)).isEmpty();
        var page = Jsoup.parse(dir.resolve("out/opening-hours.html").toFile());
        assertThat(page.selectFirst("#trust-panel-heading").text()).isEqualTo("About this page");
        assertThat(page.selectFirst(".skip-link").text()).isEqualTo("Skip to main content");
        assertThat(dir.resolve("out/messages")).doesNotExist();
    }

    @Test
    void aTemplateAskingForTextTheLanguageLacksFailsNamingTheKeyAndTheFile() throws IOException {
        Path content = clinic();
        Path templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        Path article = templates.resolve("article.ftlh");
        Files.writeString(
                article,
                Files.readString(article)
                        .replace("<h1>${page.title}</h1>", "<h1>${page.title}</h1><p>${t(\"helpline\")}</p>"));
        BuildResult result = new Build(
                        new BuildOptions(content, templates, dir.resolve("out"), null, false, SiteFixtures.TODAY, true))
                .run();
        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("article.ftlh")
                .contains("interface text 'helpline' is missing for language 'en-GB': add it to " + content
                        + "/messages/en-GB.yml");
    }

    @Test
    void everyLanguageNeedsAHomePage() throws IOException {
        Path content = languages();
        Files.delete(content.resolve("index.cy.md"));
        assertThat(errors(build(content)))
                .containsExactly(
                        content + "/index.cy.md: the site has no home page in" + " 'cy', one of its languages");
    }

    @Test
    void aTranslationThatDoesNotSayWhichReviewItTranslatesIsAWarning() throws IOException {
        Path content = languages();
        Path cy = content.resolve("opening-hours.cy.md");
        Files.writeString(cy, Files.readString(cy).replace("translates_review: 2026-06-01\n", ""));
        BuildResult result = build(content);
        assertThat(result.diagnostics().sorted())
                .extracting(Diagnostic::message)
                .contains("translation does not say which review of " + content + "/opening-hours.md it translates");
    }

    @Test
    void aLinkToADraftTranslationIsReportedAsALinkToADraft() throws IOException {
        Path content = languages();
        Path cy = content.resolve("opening-hours.cy.md");
        Files.writeString(cy, Files.readString(cy).replace("order: 1\n", "order: 1\ndraft: true\n"));
        Path index = content.resolve("index.cy.md");
        Files.writeString(index, Files.readString(index).replace("(opening-hours.md)", "(opening-hours.cy.md)"));
        assertThat(errors(build(content)))
                .singleElement()
                .asString()
                .contains("index.cy.md:12")
                .contains("points to a draft");
    }

    @Test
    void languageMustBeTheFirstOfLanguages() throws IOException {
        Path content = languages();
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml) + "language: cy\n");
        assertThat(errors(build(content)))
                .singleElement()
                .asString()
                .contains("'language' is cy but 'languages' starts with en-GB");
    }

    @Test
    void aLinkToAHeadingIsCheckedOnThePageTheReaderReaches() throws IOException {
        Path content = languages();
        Path cy = content.resolve("index.cy.md");
        Files.writeString(cy, Files.readString(cy).replace("(opening-hours.md)", "(opening-hours.md#weekdays)"));
        assertThat(errors(build(content)))
                .singleElement()
                .asString()
                .contains("index.cy.md:12")
                .contains("'#weekdays' matches no heading on opening-hours.cy.md");
        Files.writeString(cy, Files.readString(cy).replace("#weekdays", "#yn-ystod-yr-wythnos"));
        assertThat(errors(build(content))).isEmpty();
    }
}

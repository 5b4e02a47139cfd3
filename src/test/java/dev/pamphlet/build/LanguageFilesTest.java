package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which language a file is in, said by its name, and what a two-language site tells its editor when a name or a
 * message file says something the site does not know.
 */
class LanguageFilesTest {
    @TempDir
    Path dir;

    private BuildResult build(Path content) {
        return SiteFixtures.build(content, dir.resolve("out"));
    }

    private static List<Diagnostic> about(BuildResult result, Path file) {
        return result.diagnostics().sorted().stream()
                .filter(d -> d.file().equals(file.toString()))
                .toList();
    }

    private static void copyPage(Path content, String from, String to) throws IOException {
        Files.writeString(content.resolve(to), Files.readString(content.resolve(from)));
    }

    @Test
    void aPageInALanguageTheSiteDoesNotListIsAnErrorNamingItAndTheListedOnes() throws IOException {
        Path content = SiteFixtures.copyFixture("languages", dir);
        copyPage(content, "parking.md", "parking.gd.md");

        BuildResult result = build(content);

        assertThat(result.succeeded()).isFalse();
        List<Diagnostic> problems = about(result, content.resolve("parking.gd.md"));
        assertThat(problems).hasSize(1);
        Diagnostic d = problems.get(0);
        assertThat(d.isError()).isTrue();
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.message()).contains("'gd'").contains("en-GB, cy, ar");
        assertThat(d.hint())
                .contains("languages: [en-GB, cy, ar, gd]")
                .contains("messages/gd.yml")
                .contains("rename");
        assertThat(dir.resolve("out/parking.gd.html")).doesNotExist();
    }

    @Test
    void aOneLanguageSiteTakesAWelshNameForAWelshPageItCannotPublish() throws IOException {
        Path content = SiteFixtures.copyFixture("clinic", dir);
        copyPage(content, "index.md", "visiting.cy.md");

        BuildResult result = build(content);

        List<Diagnostic> problems = about(result, content.resolve("visiting.cy.md"));
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("'cy'").contains("(en-GB)");
        });
    }

    @Test
    void aDotThatIsNoLanguageCodeIsPartOfThePagesName() throws IOException {
        Path content = SiteFixtures.copyFixture("languages", dir);
        copyPage(content, "parking.md", "parking.v2.md");
        copyPage(content, "parking.md", "parking.new.md");

        BuildResult result = build(content);

        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        assertThat(dir.resolve("out/parking.v2.html")).exists();
        assertThat(dir.resolve("out/parking.new.html")).exists();
    }

    @Test
    void thedefaultLanguagesOwnCodeInANameIsAnErrorSayingItNeedsNone() throws IOException {
        Path content = SiteFixtures.copyFixture("languages", dir);
        Files.move(content.resolve("parking.md"), content.resolve("parking.en.md"));

        BuildResult result = build(content);

        assertThat(about(result, content.resolve("parking.en.md")))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.isError()).isTrue();
                    assertThat(d.message()).contains("default language (en-GB)");
                    assertThat(d.hint()).contains("rename it parking.md");
                });
    }

    @Test
    void aTranslationWithNoPageInTheDefaultLanguageIsPublishedWithAWarning() throws IOException {
        Path content = SiteFixtures.copyFixture("languages", dir);
        copyPage(content, "opening-hours.cy.md", "driving.cy.md");

        BuildResult result = build(content);

        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        assertThat(about(result, content.resolve("driving.cy.md")))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.isError()).isFalse();
                    assertThat(d.line()).isEqualTo(1);
                    assertThat(d.message()).contains("no page in the site's default language (en-GB)");
                    assertThat(d.hint()).contains("add driving.md");
                });
        assertThat(dir.resolve("out/cy/driving.html")).exists();
        assertThat(about(result, content.resolve("opening-hours.cy.md")))
                .noneMatch(d -> d.message().contains("default language"));
    }

    @Test
    void aMisspeltKeyInALanguagesFileIsAWarningAtItsLineWithTheKeyMeant() throws IOException {
        Path content = SiteFixtures.copyFixture("languages", dir);
        Path welsh = content.resolve("messages/cy.yml");
        Files.writeString(
                welsh, Files.readString(welsh).replace("site.title:", "site.titel:") + "clinic.hours: 8 tan 6\n");

        BuildResult result = build(content);

        assertThat(result.succeeded()).isTrue();
        assertThat(about(result, welsh)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("'site.titel'").contains("did you mean site.title?");
        });
    }

    @Test
    void siteTextsAreShownInEachLanguageAndOneThatIsNotIsWarnedOfOnce() throws IOException {
        Path content = SiteFixtures.copyFixture("languages", dir);
        Path yml = content.resolve("site.yml");
        Files.writeString(
                yml,
                Files.readString(yml) + "disclaimer: This information does not replace advice from your doctor.\n");
        Path welsh = content.resolve("messages/cy.yml");
        Files.writeString(
                welsh,
                Files.readString(welsh)
                        + "site.disclaimer: Nid yw'r wybodaeth hon yn cymryd lle cyngor eich meddyg.\n");

        BuildResult result = build(content);

        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        Path out = dir.resolve("out");
        assertThat(Jsoup.parse(out.resolve("cy/opening-hours.html").toFile())
                        .selectFirst(".disclaimer")
                        .text())
                .isEqualTo("Nid yw'r wybodaeth hon yn cymryd lle cyngor eich meddyg.");
        assertThat(Jsoup.parse(out.resolve("opening-hours.html").toFile())
                        .selectFirst(".disclaimer")
                        .text())
                .isEqualTo("This information does not replace advice from your doctor.");
        assertThat(Files.readString(out.resolve("cy/feed.xml"))).contains("<title>Clinig Glan yr Afon</title>");
        assertThat(Jsoup.parse(out.resolve("cy/search.html").toFile()).title()).contains("Clinig Glan yr Afon");
        assertThat(result.diagnostics().sorted())
                .filteredOn(d -> d.message().contains("has no text in"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.file())
                            .isEqualTo(content.resolve("messages/ar.yml").toString());
                    assertThat(d.message()).contains("'disclaimer'").contains("'ar'");
                    assertThat(d.hint()).contains("site.disclaimer:");
                });
    }

    @Test
    void aWelshPageGetsNoEnglishReadingAgeWarning() throws IOException {
        Path content = SiteFixtures.copyFixture("languages", dir);
        String hard = "Consequently, individuals experiencing intermittent symptomatology should systematically"
                + " communicate comprehensive documentation regarding medication administration. ";
        for (String file : List.of("opening-hours.md", "opening-hours.cy.md")) {
            Path page = content.resolve(file);
            Files.writeString(page, Files.readString(page) + "\n" + hard.repeat(6) + "\n");
        }

        BuildResult result = build(content);

        assertThat(about(result, content.resolve("opening-hours.md")))
                .anyMatch(d -> d.message().startsWith("hard to read: reading age"));
        assertThat(about(result, content.resolve("opening-hours.cy.md")))
                .noneMatch(d -> d.message().contains("reading age"));
    }
}

package dev.pamphlet.build;

import static dev.pamphlet.build.AwkwardInputsTest.article;
import static dev.pamphlet.build.AwkwardInputsTest.withoutSectionNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken link's hint points at what the editor meant, not at a file to create. */
class LinkHintsTest {
    @TempDir
    Path dir;

    private List<Diagnostic> build(String body) throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Files.writeString(content.resolve("links.md"), article("Links", "order: 1\n", body));
        return withoutSectionNotes(SiteFixtures.build(content, dir.resolve("site")));
    }

    @Test
    void aWebAddressWrittenWithoutHttpsIsToldToGetIt() throws IOException {
        List<Diagnostic> problems = build(
                "See [NHS](www.nhs.uk), [asthma](nhs.uk/conditions/asthma/) and [GOV.UK](www.gov.uk/browse?x=1).\n");

        assertThat(problems)
                .extracting(Diagnostic::hint)
                .containsExactlyInAnyOrder(
                        "did you mean https://www.nhs.uk?",
                        "did you mean https://nhs.uk/conditions/asthma/?",
                        "did you mean https://www.gov.uk/browse?x=1?");
        assertThat(problems).allSatisfy(d -> assertThat(d.message()).contains("has no https://"));
        assertThat(problems).extracting(Diagnostic::hint).noneMatch(h -> h.contains("put the file at"));
    }

    @Test
    void aMissingFileThatIsNoWebAddressStillSaysWhereToPutIt() throws IOException {
        List<Diagnostic> problems = build("See [the leaflet](leaflets/asthma.pdf).\n");

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("file 'leaflets/asthma.pdf' does not exist");
            assertThat(d.hint()).startsWith("put the file at content/leaflets/asthma.pdf");
        });
    }

    @Test
    void aWronglyCasedImagePathGetsTheRealName() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Files.createDirectories(content.resolve("pictures"));
        Files.write(content.resolve("pictures/leg.png"), Files.readAllBytes(anyPng(content)));
        Files.createDirectories(content.resolve("care"));
        Files.writeString(
                content.resolve("care/links.md"),
                article("Links", "order: 1\n", "![A swollen leg](../Pictures/Leg.PNG)\n"));

        List<Diagnostic> problems = withoutSectionNotes(SiteFixtures.build(content, dir.resolve("site")));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("image '../Pictures/Leg.PNG' does not exist");
            assertThat(d.hint()).isEqualTo("did you mean '../pictures/leg.png'?");
        });
    }

    private static Path anyPng(Path content) throws IOException {
        try (var files = Files.walk(content)) {
            return files.filter(f -> f.toString().endsWith(".png")).findFirst().orElseThrow();
        }
    }
}

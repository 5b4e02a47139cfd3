package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library's bad input: each is reported with its file and line and a hint; an error publishes nothing. */
class LibraryInputsTest {
    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void copyLibrary() {
        content = SiteFixtures.copyFixture("library", dir);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private List<Diagnostic> reported(BuildResult result, String about) {
        return result.diagnostics().sorted().stream()
                .filter(d -> d.message().contains(about))
                .toList();
    }

    @Test
    void aTagWithNoLetterOrDigitIsAWarningAtItsLine() throws IOException {
        edit("gout/diet.md", "tags: [diet, Healthy eating]", "tags: [diet, \"!!!\", \"--\"]");
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.succeeded()).isTrue();
        assertThat(reported(result, "names no topic")).hasSize(2).allSatisfy(d -> {
            assertThat(d.file()).endsWith("gout/diet.md");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.hint()).contains("write the tag as a word");
        });
        assertThat(reported(result, "names no topic").get(0).message()).contains("'!!!'");
        assertThat(Files.list(dir.resolve("site/topics"))
                        .map(p -> p.getFileName().toString()))
                .doesNotContain("!!!.html", "--.html");
    }

    @Test
    void anEmptyTagIsAnErrorAtItsLine() throws IOException {
        edit("gout/diet.md", "tags: [diet, Healthy eating]", "tags: [diet, \"\"]");
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(d -> assertThat(d.location()).endsWith("gout/diet.md:7:14"));
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aDraftHubIsAWarningAndTheSectionGetsAHubFromItsName() throws IOException {
        edit("asthma/index.md", "order: 1", "order: 1\ndraft: true");
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.succeeded()).isTrue();
        assertThat(reported(result, "hub page is a draft")).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("asthma/index.md");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.hint()).contains("remove 'draft: true'");
        });
        assertThat(Files.readString(dir.resolve("site/asthma/index.html"))).contains("<h1>Asthma</h1>");
        assertThat(reported(result, "has no index.md"))
                .extracting(Diagnostic::file)
                .noneMatch(f -> f.endsWith("asthma"));
    }

    @Test
    void aMarkdownFileWithAnotherEndingIsAWarningThatSaysHowToMakeItAPage() throws IOException {
        Files.writeString(content.resolve("gout/treatment.markdown"), "# Treatment\n");
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(reported(result, "only files ending in .md are pages"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.file()).endsWith("gout/treatment.markdown");
                    assertThat(d.hint()).contains("rename it treatment.md");
                });
    }

    @Test
    void twoFoldersWhoseAddressesCollideAreAnErrorAndNothingIsPublished() throws IOException {
        Path site = dir.resolve("site");
        assertThat(SiteFixtures.build(content, site).succeeded()).isTrue();
        java.util.Map<String, String> before = contents(site);
        Files.createDirectories(content.resolve("Gout"));
        Files.writeString(
                content.resolve("Gout/flares.md"),
                Files.readString(content.resolve("gout/causes.md")).replace("title: Causes of gout", "title: Flares"));
        BuildResult result = SiteFixtures.build(content, site);
        assertThat(result.succeeded()).isFalse();
        assertThat(reported(result, "has the same address as another folder"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.location()).endsWith("Gout/flares.md:1:1");
                    assertThat(d.hint()).contains("rename one of the two folders");
                });
        assertThat(contents(site)).as("the published site is as it was").isEqualTo(before);
    }

    @Test
    void aContentFileWhereATopicPageGoesIsAnError() throws IOException {
        Files.createDirectories(content.resolve("topics"));
        Files.writeString(
                content.resolve("topics/diet.md"),
                Files.readString(content.resolve("gout/causes.md")).replace("title: Causes of gout", "title: Diet"));
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.succeeded()).isFalse();
        assertThat(reported(result, "which the page of topic 'diet' is also written to"))
                .singleElement()
                .satisfies(d -> assertThat(d.file()).endsWith("topics/diet.md"));
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aSectionWhosePagesAreAllOverdueIsReportedAsSuchByBuildAndCheck() throws IOException {
        for (String page : List.of("gout/causes.md", "gout/diet.md")) {
            edit(page, "reviewed: 2026-01-10\nreview_due: 2028-01-10", "reviewed: 2018-01-10\nreview_due: 2021-01-10");
        }
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.summaries()).contains("section gout/ (Gout): all 2 of its pages are overdue for review");
        assertThat(result.summaries()).noneMatch(s -> s.startsWith("section asthma/"));
        CliRun check = CliRun.of("check", "--content", content.toString());
        assertThat(check.all()).contains("section gout/ (Gout): all 2 of its pages are overdue for review");
    }

    /** Every file of a folder with a hash of its bytes. */
    private static java.util.Map<String, String> contents(Path folder) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        folder.relativize(p).toString(),
                        java.util.Arrays.toString(Files.readAllBytes(p)).hashCode() + ":" + Files.size(p));
            }
        }
        return files;
    }
}

package dev.pamphlet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path dir;

    @Test
    void outputPathsMirrorTheContentFolder() {
        assertThat(Page.outputPathFor("causes.md")).isEqualTo("causes.html");
        assertThat(Page.outputPathFor("living-with/sleep.md")).isEqualTo("living-with/sleep.html");
        assertThat(Page.outputPathFor("living-with/index.md")).isEqualTo("living-with/index.html");
    }

    private Path article(Path content, String name, String title, Integer order, boolean draft) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "---\ntitle: " + title + "\nsummary: About " + title + ".\nreviewed: 2025-01-01\n"
                        + "review_due: 2028-01-01\n" + (order == null ? "" : "order: " + order + "\n")
                        + (draft ? "draft: true\n" : "")
                        + "sources:\n  - title: S\n    url: https://example.org\n---\n\nText.\n");
        return file;
    }

    @Test
    void guideIsOrderedByOrderThenTitleAndDraftsAreLeftOut() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        article(content, "zebra.md", "Zebra", null, false);
        article(content, "apple.md", "Apple", null, false);
        article(content, "first.md", "Very first", 0, false);
        article(content, "secret.md", "Secret", 1, true);
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.succeeded()).isTrue();
        Document home = Jsoup.parse(dir.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(home.select(".page-list a").eachText())
                .containsExactly("Very first", "Opening hours", "Apple", "Zebra");
        // The page in visiting/ is listed on its section's hub, which the home page lists.
        assertThat(home.select(".hub-sections a").eachText()).containsExactly("Visiting");
        assertThat(dir.resolve("site/secret.html")).doesNotExist();

        BuildResult withDrafts = new dev.pamphlet.build.Build(
                        SiteFixtures.options(content, dir.resolve("drafts")).withDrafts(true))
                .run();
        assertThat(withDrafts.succeeded()).isTrue();
        assertThat(dir.resolve("drafts/secret.html")).exists();
    }

    @Test
    void linkToADraftIsAnErrorThatSaysSo() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        article(content, "secret.md", "Secret", 1, true);
        Files.writeString(
                content.resolve("index.md"),
                Files.readString(content.resolve("index.md")) + "\nSee [the secret](secret.md).\n");
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.diagnostics().sorted())
                .filteredOn(d -> d.isError())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("points to a draft"));
    }

    @Test
    void largeGuidesShowAWindowOfTheContentsAndLinkToTheFullList() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        for (int i = 0; i < 60; i++) {
            article(content, String.format("many/page-%02d.md", i), String.format("Page %02d", i), 10 + i, false);
        }
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.succeeded()).isTrue();
        Document page = Jsoup.parse(dir.resolve("site/many/page-30.html").toFile(), "UTF-8");
        assertThat(page.select(".guide-contents li")).hasSize(21);
        assertThat(page.select(".guide-contents a[aria-current=page]").text()).isEqualTo("Page 30");
        assertThat(page.select(".guide-contents p a").attr("href")).isEqualTo("../many/index.html");
        Document hub = Jsoup.parse(dir.resolve("site/many/index.html").toFile(), "UTF-8");
        assertThat(hub.select(".page-list li")).hasSize(60);
        Document home = Jsoup.parse(dir.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(home.select(".hub-sections li").text()).contains("Many", "Pages: 60");
    }

    @Test
    void subFolderIndexAppearsInBreadcrumbs() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        article(content, "visiting/index.md", "Visiting", 5, false);
        SiteFixtures.build(content, dir.resolve("site"));
        Document page = Jsoup.parse(dir.resolve("site/visiting/parking.html").toFile(), "UTF-8");
        assertThat(page.select("nav[aria-label=Breadcrumb] a").eachAttr("href"))
                .containsExactly("../index.html", "../visiting/index.html");
    }
}

package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages Pamphlet makes for sections and tags (the hub of a folder without index.md, the A to Z, the topics)
 * are rendered again only when what they list changed: an edit to an article's text keeps them, a new title or
 * tag is in them at once, and the site is always what a fresh build makes.
 */
class LibraryPagesRebuildTest {
    private static final List<String> LIBRARY =
            List.of("visiting/index.html", "a-z.html", "topics.html", "topics/travel.html", "topics/visiting.html");
    /** The site-wide files made by a template, which list the pages too. */
    private static final List<String> SITE_WIDE = List.of("404.html", "search.html", "feed.xml", "sitemap.xml");

    @TempDir
    Path dir;

    private EditedSite site;
    private Path output;

    @BeforeEach
    void firstBuild() throws IOException {
        site = new EditedSite(dir, "clinic/content");
        output = site.output;
        assertThat(rebuild().succeeded()).isTrue();
        for (String page : LIBRARY) {
            assertThat(output.resolve(page)).exists();
        }
    }

    @Test
    void anEditToAnArticlesTextKeepsThemAsPublished() throws IOException {
        site.edit("visiting/parking.md", "20 spaces", "25 spaces");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(Files.readString(output.resolve("visiting/parking.html"))).contains("25 spaces");
        site.assertSameAsFullBuild();
    }

    @Test
    void theyAreNotRenderedAgainForAnEditToAnArticlesText() throws IOException {
        // Templates that stamp each page Pamphlet makes with the moment it was rendered.
        Path templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        for (String template : List.of(
                "hub.ftlh",
                "a-z.ftlh",
                "topics.ftlh",
                "topic.ftlh",
                "404.ftlh",
                "search.ftlh",
                "feed.ftlx",
                "sitemap.ftlx")) {
            Files.writeString(
                    templates.resolve(template), "\n<!-- rendered ${.now?long?c} -->", StandardOpenOption.APPEND);
        }
        BuildOptions options = new BuildOptions(site.content, templates, output, null, false, SiteFixtures.TODAY, true);
        site.memory.forgetTemplates(); // as a preview does when the templates change
        assertThat(new Build(options, site.memory).run().succeeded()).isTrue();
        Map<String, String> stamped = library();
        assertThat(stamped.values()).allMatch(html -> html.contains("<!-- rendered "));

        site.edit("visiting/parking.md", "20 spaces", "25 spaces");
        assertThat(new Build(options, site.memory).run().succeeded()).isTrue();
        assertThat(library()).isEqualTo(stamped);

        site.edit("visiting/parking.md", "title: Parking and buses", "title: Parking, buses and trains");
        assertThat(new Build(options, site.memory).run().succeeded()).isTrue();
        Map<String, String> retitled = library();
        assertThat(retitled).as("a new title is listed").doesNotContainEntry("a-z.html", stamped.get("a-z.html"));
        assertThat(retitled.get("feed.xml")).contains("Parking, buses and trains");

        site.edit("visiting/parking.md", "reviewed: 2025-03-01", "reviewed: 2025-04-01");
        assertThat(new Build(options, site.memory).run().succeeded()).isTrue();
        assertThat(Files.readString(output.resolve("sitemap.xml")))
                .as("a new review date is in the sitemap")
                .contains("2025-04-01");
    }

    private Map<String, String> library() throws IOException {
        Map<String, String> pages = new TreeMap<>();
        for (String page : LIBRARY) {
            pages.put(page, Files.readString(output.resolve(page)));
        }
        for (String file : SITE_WIDE) {
            pages.put(file, Files.readString(output.resolve(file)));
        }
        return pages;
    }

    @Test
    void aNewTitleIsInTheListsThatShowIt() throws IOException {
        site.edit("visiting/parking.md", "title: Parking and buses", "title: Parking, buses and trains");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(Files.readString(output.resolve("visiting/index.html"))).contains("Parking, buses and trains");
        assertThat(Files.readString(output.resolve("a-z.html"))).contains("Parking, buses and trains");
        site.assertSameAsFullBuild();
    }

    @Test
    void aNewTagMakesItsTopicAndADroppedOneGoes() throws IOException {
        site.edit("visiting/parking.md", "tags: [visiting, travel]", "tags: [visiting, cycling]");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(output.resolve("topics/cycling.html")).exists();
        assertThat(output.resolve("topics/travel.html")).doesNotExist();
        site.assertSameAsFullBuild();
    }

    @Test
    void aFailedBuildInBetweenDoesNotLeaveThemStale() throws IOException {
        site.edit("visiting/parking.md", "title: Parking and buses", "title: Parking near the practice");
        site.edit("opening-hours.md", "title:", "titel:");
        assertThat(rebuild().succeeded()).isFalse();
        site.edit("opening-hours.md", "titel:", "title:");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(Files.readString(output.resolve("visiting/index.html"))).contains("Parking near the practice");
        site.assertSameAsFullBuild();
    }

    private BuildResult rebuild() {
        return new Build(site.options(), site.memory).run();
    }
}

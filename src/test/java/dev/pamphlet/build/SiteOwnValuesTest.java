package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extra:} values reaching templates, and site-wide outputs switched off leaving no link behind. */
class SiteOwnValuesTest {
    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = SiteFixtures.copy(SiteFixtures.fixture("clinic"), dir.resolve("clinic"));
        Files.createDirectories(site.resolve("templates"));
        return site;
    }

    private CliRun build(Path site, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "build",
                "--content",
                site.resolve("content").toString(),
                "--output",
                site.resolve("out").toString(),
                "--cache",
                site.resolve("cache").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** Adds lines at the end of a page's front matter (the fixture's files have CRLF line ends). */
    private static void addToFrontMatter(Path file, String lines) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\r?\n---\r?\n", "\n" + lines + "---\n"));
    }

    @Test
    void extraValuesFromSiteYmlAndFrontMatterReachAnOverridingTemplate() throws IOException {
        Path site = site();
        append(site.resolve("content/site.yml"), """
                extra:
                  helpline: 0300 123 4567
                  opening: {days: [Monday, Friday], staffed: true}
                """);
        addToFrontMatter(site.resolve("content/opening-hours.md"), """
                extra:
                  author: Dr Asha Patel
                  rating: 5
                """);
        Files.writeString(site.resolve("templates/article.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title description=page.summary root=page.root>
                <main id="main-content"><h1>${page.title}</h1>
                <p class="helpline">Call ${site.extra.helpline}</p>
                <p class="days"><#list site.extra.opening.days as d>${d};</#list> ${site.extra.opening.staffed?c}</p>
                <p class="author">${page.extra.author!"nobody"} ${page.extra.rating!0}</p>
                </main>
                </@layout.page>
                """);
        CliRun run = build(site);
        assertThat(run.exitCode()).as(run.all()).isZero();
        String page = Files.readString(site.resolve("out/opening-hours.html"));
        assertThat(page)
                .contains(
                        "<p class=\"helpline\">Call 0300 123 4567</p>",
                        "Monday;Friday; true",
                        "<p class=\"author\">Dr Asha Patel 5</p>");
        assertThat(Files.readString(site.resolve("out/visiting/parking.html"))).contains("nobody 0");
    }

    @Test
    void extraSurvivesABuildThatStartsFromTheSavedOne() throws IOException {
        Path site = site();
        addToFrontMatter(site.resolve("content/opening-hours.md"), "extra: {author: Dr Asha Patel}\n");
        // A page after it in the same section, so that it is opening-hours' next page.
        Files.writeString(
                site.resolve("content/waiting-room.md"),
                Files.readString(site.resolve("content/opening-hours.md"))
                        .replaceFirst("title: .*", "title: Waiting room")
                        .replaceFirst("order: .*", "order: 3"));
        Files.writeString(site.resolve("templates/article.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title description=page.summary root=page.root>
                <main id="main-content"><h1>${page.title}</h1><p>${page.extra.author!"nobody"}</p>
                <#if page.next??><a href="${page.next.href}">${page.next.title}</a></#if></main>
                </@layout.page>
                """);
        age(site);
        CliRun first = build(site);
        assertThat(first.exitCode()).as(first.all()).isZero();
        // The next page's title changes: opening-hours.html shows it, so it is rendered again, from the saved build.
        Path waiting = site.resolve("content/waiting-room.md");
        Files.writeString(waiting, Files.readString(waiting).replaceFirst("title: .*", "title: Parking nearby"));
        age(site);
        CliRun second = build(site);
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(Files.readString(site.resolve("out/opening-hours.html")))
                .contains("Parking nearby", "Dr Asha Patel");
    }

    @Test
    void unknownKeysStayErrorsAndExtraMustBeAMapping() throws IOException {
        Path site = site();
        append(site.resolve("content/site.yml"), "helpline: 0300 123 4567\n");
        addToFrontMatter(site.resolve("content/opening-hours.md"), "extra: just some text\n");
        CliRun run = build(site);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "site.yml:11:1: error: unknown key 'helpline' in site.yml",
                        "opening-hours.md:10:8: error: 'extra' must be a set of 'key: value' lines");
    }

    @Test
    void switchedOffOutputsAreNotBuiltAndNoPageLinksToThem() throws IOException {
        Path site = site();
        Files.delete(site.resolve("templates"));
        append(site.resolve("content/site.yml"), "feed: false\nsearch: false\n");
        CliRun run = build(site);
        assertThat(run.exitCode()).as(run.all()).isZero();
        Path out = site.resolve("out");
        assertThat(out.resolve("feed.xml")).doesNotExist();
        assertThat(out.resolve("search.html")).doesNotExist();
        assertThat(out.resolve("search-index.js")).doesNotExist();
        assertThat(out.resolve("sitemap.xml")).exists();
        for (Path page : files(out, ".html")) {
            assertThat(Files.readString(page))
                    .as(page.toString())
                    .doesNotContain("feed.xml", "search.html", "search-index.js", "role=\"search\"");
        }
        // And back on: the links return with the files.
        Path settings = site.resolve("content/site.yml");
        Files.writeString(settings, Files.readString(settings).replace("feed: false\nsearch: false\n", ""));
        assertThat(build(site).exitCode()).isZero();
        assertThat(out.resolve("feed.xml")).exists();
        assertThat(Files.readString(out.resolve("index.html"))).contains("feed.xml", "search.html");
    }

    @Test
    void aTemplateOfTheSitesOwnThatLinksToAnOutputSwitchedOffIsAnError() throws IOException {
        Path site = site();
        append(site.resolve("content/site.yml"), "feed: false\n");
        Files.writeString(site.resolve("templates/article.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title description=page.summary root=page.root>
                <main id="main-content"><h1>${page.title}</h1><a href="${page.root}feed.xml">Updates</a></main>
                </@layout.page>
                """);
        CliRun run = build(site);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "templates/article.ftlh: error: a page made with this template links to"
                                + " feed.xml, but this site has no feed.xml (site.yml has 'feed: false')",
                        "<#if site.hasFeed>");
        assertThat(site.resolve("out")).doesNotExist();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    /** Gives every file a time well in the past, as if saved a while before the build. */
    private static void age(Path root) throws IOException {
        FileTime past = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }
}

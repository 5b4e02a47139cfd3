package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content a new user writes that is valid but unusual: names with spaces and other characters, symbolic links,
 * drafts, empty pages, dates ahead of today. Each must give a correct site or a clear diagnostic.
 */
class AwkwardInputsTest {
    @TempDir
    Path dir;

    static String article(String title, String extraFrontMatter, String body) {
        return "---\ntitle: " + title + "\nsummary: About " + title.toLowerCase() + ".\nreviewed: 2025-03-01\n"
                + "review_due: 2028-03-01\n" + extraFrontMatter + "sources:\n  - title: Handbook\n"
                + "    url: https://clinic.example.org/handbook\n---\n\n" + body;
    }

    private Path clinic() {
        return SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every address in a built file: href, src, content of og:url, and the sitemap's and feed's addresses. */
    private static List<String> addresses(Path file) throws IOException {
        String text = Files.readString(file);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*)\"|<loc>([^<]*)</loc>|<id>([^<]*)</id>"
                        + "|property=\"og:url\" content=\"([^\"]*)\"|\"(?:href|url)\":\"([^\"]*)\"")
                .matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g).replace("&amp;", "&").replace("\\u0026", "&"));
                }
            }
        }
        return out;
    }

    @Test
    void namesWithSpacesAndOtherCharactersArePercentEncodedInEveryAddress() throws Exception {
        Path content = clinic();
        write(
                content.resolve("Symptoms and Signs.md"),
                article(
                        "Symptoms and signs",
                        "order: 1\n",
                        "## Signs\n\nSee [sleep](<living with/sleep & rest.md#at-night>), [hours](opening-hours.md) and"
                                + " [this section](<Symptoms and Signs.md#signs>).\n\n![A chart](<images/a chart (1).png>)\n"));
        write(
                content.resolve("living with/sleep & rest.md"),
                article(
                        "Sleep and rest",
                        "order: 3\n",
                        "## At night\n\nBack to [signs](<../Symptoms and Signs.md>) or [café](<../café 50%.md>).\n"));
        write(content.resolve("café 50%.md"), article("Cafe", "order: 4\n", "Go [home](index.md).\n"));
        Files.copy(content.resolve("images/sign.png"), content.resolve("images/a chart (1).png"));
        Path out = dir.resolve("site");

        BuildResult result = SiteFixtures.build(content, out);

        assertThat(withoutSectionNotes(result)).as("no errors or warnings").isEmpty();
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(html|xml|js|txt)"))::iterator) {
                for (String address : addresses(f)) {
                    all.add(address);
                    assertThat(address)
                            .as("in %s", out.relativize(f))
                            .doesNotContain(" ")
                            .doesNotContain("%2520");
                    URI uri = new URI(address); // throws on any character an address may not hold
                    if (uri.getScheme() == null
                            && uri.getPath() != null
                            && !uri.getPath().isEmpty()
                            && !uri.getPath().startsWith("/")
                            && !f.toString().endsWith(".js")) {
                        Path target = f.getParent()
                                .resolve(
                                        URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8))
                                .normalize();
                        assertThat(target)
                                .as("%s in %s", address, out.relativize(f))
                                .exists();
                    }
                }
            }
        }
        assertThat(all)
                .contains(
                        "https://clinic.example.org/Symptoms%20and%20Signs.html",
                        "https://clinic.example.org/living%20with/sleep%20&%20rest.html",
                        "https://clinic.example.org/caf%C3%A9%2050%25.html",
                        "living%20with/sleep%20&%20rest.html#at-night",
                        "../Symptoms%20and%20Signs.html",
                        "images/a%20chart%20(1).png",
                        "Symptoms%20and%20Signs.html#signs");
        Document signs = Jsoup.parse(out.resolve("Symptoms and Signs.html").toFile(), "UTF-8");
        assertThat(signs.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://clinic.example.org/Symptoms%20and%20Signs.html");
        Document sleep =
                Jsoup.parse(out.resolve("living with/sleep & rest.html").toFile(), "UTF-8");
        // The only page of its section: no previous or next page, and its section's hub in the breadcrumbs.
        assertThat(sleep.select("a[rel=prev], a[rel=next]")).isEmpty();
        assertThat(sleep.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("../index.html", "../living%20with/index.html");
        assertThat(sleep.select(".guide-contents a").eachAttr("href"))
                .containsExactly("../living%20with/sleep%20&%20rest.html");
        assertThat(Jsoup.parse(out.resolve("a-z.html").toFile(), "UTF-8")
                        .select(".letter-group a")
                        .eachAttr("href"))
                .contains("Symptoms%20and%20Signs.html", "living%20with/sleep%20&%20rest.html");
        assertThat(Files.readString(out.resolve("search-index.js"))).contains("[\"Symptoms%20and%20Signs.html\",");
    }

    @Test
    void aLinkInAngleBracketsWithSpacesIsALinkToThatPage() throws IOException {
        Path content = clinic();
        write(content.resolve("Symptoms and Signs.md"), article("Symptoms", "", "Text.\n"));
        write(
                content.resolve("links.md"),
                article(
                        "Links",
                        "order: 1\n",
                        "See [the signs](<Symptoms and Signs.md>) and [missing](<Sypmtoms and Signs.md>).\n"));

        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        assertThat(withoutSectionNotes(result))
                .extracting(Diagnostic::message)
                .containsExactly(
                        "link 'Sypmtoms and Signs.md' points to a page that does not exist (Sypmtoms and Signs.md)");
        assertThat(withoutSectionNotes(result).get(0).hint()).contains("did you mean 'Symptoms and Signs.md'?");
        Path check = dir.resolve("check");
        write(
                content.resolve("links.md"),
                article("Links", "order: 1\n", "See [the signs](<Symptoms and Signs.md>).\n"));
        assertThat(withoutSectionNotes(SiteFixtures.build(content, check))).isEmpty();
        Document page = Jsoup.parse(check.resolve("links.html").toFile(), "UTF-8");
        assertThat(page.select(".body a").attr("href")).isEqualTo("Symptoms%20and%20Signs.html");
        assertThat(page.select(".body").text()).contains("See the signs.");
    }

    @Test
    void draftsBuiltWithDraftsAreMarkedAndKeptFromSearchEnginesFeedsAndSearch() throws IOException {
        Path content = clinic();
        write(
                content.resolve("new-clinic.md"),
                article("Our new clinic", "draft: true\norder: 2\n", "## Moving\n\nWe move in spring. Zanzibar.\n"));
        Path out = dir.resolve("site");

        BuildResult result = new Build(SiteFixtures.options(content, out).withDrafts(true)).run();

        assertThat(result.succeeded()).isTrue();
        Document draft = Jsoup.parse(out.resolve("new-clinic.html").toFile(), "UTF-8");
        assertThat(draft.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(draft.select(".draft-banner").text()).startsWith("Draft").contains("not published");
        Document published = Jsoup.parse(out.resolve("opening-hours.html").toFile(), "UTF-8");
        assertThat(published.select("meta[name=robots], .draft-banner")).isEmpty();
        assertThat(Files.readString(out.resolve("sitemap.xml")))
                .doesNotContain("new-clinic")
                .contains("opening-hours.html");
        assertThat(Files.readString(out.resolve("feed.xml")))
                .doesNotContain("new-clinic")
                .contains("opening-hours.html");
        assertThat(Files.readString(out.resolve("search-index.js")))
                .doesNotContain("new-clinic")
                .doesNotContain("zanzibar")
                .contains("opening-hours.html");

        assertThat(SiteFixtures.build(content, dir.resolve("without")).succeeded())
                .isTrue();
        assertThat(dir.resolve("without/new-clinic.html")).doesNotExist();
    }

    @Test
    void anEmptyArticleAndAReviewDateOfTomorrowAreWarnings() throws IOException {
        Path content = clinic();
        write(content.resolve("empty.md"), article("Empty", "", "\n\n<!-- to do -->\n"));
        write(
                content.resolve("tomorrow.md"),
                article("Tomorrow", "", "Text.\n")
                        .replace("reviewed: 2025-03-01", "reviewed: " + SiteFixtures.TODAY.plusDays(1)));

        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        assertThat(result.succeeded()).isTrue();
        List<String> shown = withoutSectionNotes(result).stream()
                .map(d -> d.location().replace(content + "/", "") + ": "
                        + d.severity().label() + ": " + d.message())
                .toList();
        assertThat(shown)
                .containsExactly(
                        "empty.md:9:1: warning: the article has no text after its front matter",
                        "tomorrow.md:4:11: warning: 'reviewed' (" + SiteFixtures.TODAY.plusDays(1)
                                + ") is in the future");
        assertThat(withoutSectionNotes(result)).allMatch(d -> d.hint() != null && d.sourceLine() != null);
    }

    @Test
    void aSymbolicLinkToAMarkdownFileInsideTheContentFolderIsAPage() throws IOException {
        Path content = clinic();
        write(content.resolve("shared/parking-rules.md"), article("Parking rules", "order: 5\n", "Park well.\n"));
        Files.createSymbolicLink(content.resolve("parking.md"), Path.of("shared/parking-rules.md"));
        Files.createSymbolicLink(content.resolve("more"), Path.of("visiting"));
        write(
                content.resolve("rules.md"),
                article(
                        "Rules",
                        "order: 6\n",
                        "Read [the parking rules](parking.md) and [more about parking](more/parking.md).\n"));

        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        assertThat(withoutSectionNotes(result))
                .as(result.diagnostics().sorted().toString())
                .isEmpty();
        assertThat(Files.readString(dir.resolve("site/parking.html"))).contains("Park well.");
        assertThat(dir.resolve("site/more/parking.html")).exists();
    }

    @Test
    void aSymbolicLinkThatLoopsLeavesTheContentFolderOrLeadsNowhereIsAnError() throws IOException {
        Path content = clinic();
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        write(outside.resolve("secret.md"), article("Secret", "", "Not for publishing.\n"));
        Files.createSymbolicLink(content.resolve("secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(content.resolve("visiting/loop"), Path.of(".."));
        Files.createSymbolicLink(content.resolve("gone.md"), Path.of("no-such-file.md"));

        CliRun run = CliRun.of(
                "build",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                dir.resolve("site").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        content.resolve("gone.md") + ": error: symbolic link leads to"
                                + " 'no-such-file.md', which does not exist",
                        content.resolve("secret.md") + ": error: symbolic link leads out of the content folder, to '"
                                + outside.toRealPath().resolve("secret.md") + "'",
                        content.resolve("visiting/loop") + ": error: symbolic link leads back to a folder that contains"
                                + " it (a loop)")
                .contains("hint: ")
                .doesNotContain("Exception");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void theSameOutputFolderSpeltDifferentlyKeepsTheBuildCache() throws IOException {
        Path content = clinic();
        // Files saved just before a build are read again by the next one (see ContentListing): these were not.
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(f, anHourAgo);
            }
        }
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("target/site");
        String relative = Path.of("").toAbsolutePath().relativize(out).toString();
        List<String> spellings =
                List.of(out.toString(), relative, "./" + relative + "/", relative + "/", out + "/../site/");
        for (int i = 0; i < spellings.size(); i++) {
            CliRun run = CliRun.of(
                    "build",
                    "--content",
                    content.toString(),
                    "--templates",
                    SiteFixtures.TEMPLATES.toString(),
                    "--output",
                    spellings.get(i),
                    "--cache",
                    cache.toString());
            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.out()).as(spellings.get(i)).contains(i == 0 ? "(3 rendered" : "(0 rendered");
        }
    }

    /** What a build reported besides the note that a folder has no index.md (tested in LibraryTest). */
    static List<Diagnostic> withoutSectionNotes(BuildResult result) {
        return result.diagnostics().sorted().stream()
                .filter(d -> !d.message().startsWith("this section has no index.md"))
                .toList();
    }
}

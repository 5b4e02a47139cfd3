package dev.pamphlet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme, and a site's templates folder overriding it file by file. */
class ThemeTest {
    @TempDir
    Path dir;

    private Path site() {
        return SiteFixtures.copy(SiteFixtures.fixture("clinic"), dir.resolve("clinic"));
    }

    /** The fixture with a stylesheet of its own, replacing the built-in one, and a logo the theme does not have. */
    private Path siteWithOwnAssets() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("templates/assets"));
        Files.writeString(site.resolve("templates/assets/style.css"), "body { color: #111; }\n");
        Files.writeString(site.resolve("templates/assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return site;
    }

    private static BuildResult build(Path site, Path output) {
        return new Build(new BuildOptions(
                        site.resolve("content"),
                        site.resolve("templates"),
                        output,
                        null,
                        false,
                        SiteFixtures.TODAY,
                        true))
                .run();
    }

    @Test
    void theBuiltInThemeIsTheRepositorysTemplatesFolder() throws IOException {
        List<String> repository;
        try (Stream<Path> files = Files.walk(SiteFixtures.TEMPLATES)) {
            repository = files.filter(Files::isRegularFile)
                    .map(p -> SiteFixtures.TEMPLATES.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(Theme.builtInFiles()).isEqualTo(repository).contains("article.ftlh", "assets/style.css");
        for (String file : repository) {
            assertThat(Theme.readBuiltIn(file))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(SiteFixtures.TEMPLATES.resolve(file)));
        }
    }

    @Test
    void aSiteWithoutATemplatesFolderBuildsWithTheBuiltInTheme() throws IOException {
        Path site = site();
        assertThat(site.resolve("templates")).doesNotExist();
        Path out = dir.resolve("out");
        BuildResult result = build(site, out);
        assertThat(result.succeeded()).as("%s", result.diagnostics().sorted()).isTrue();
        assertThat(out.resolve("assets/style.css"))
                .hasSameBinaryContentAs(SiteFixtures.TEMPLATES.resolve("assets/style.css"));
        assertThat(out.resolve("assets/search.js")).exists();
        assertThat(Files.readString(out.resolve("index.html"))).contains("<main", "assets/style.css");
        assertThat(out.resolve("feed.xml")).exists();
    }

    @Test
    void oneOverriddenTemplateReplacesOnlyThatFile() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/article.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title description=page.summary root=page.root>
                <main id="main-content" class="own-article"><h1>${page.title}</h1>${page.body?no_esc}</main>
                </@layout.page>
                """);
        Path out = dir.resolve("out");
        BuildResult result = build(site, out);
        assertThat(result.succeeded()).as("%s", result.diagnostics().sorted()).isTrue();
        String article = Files.readString(out.resolve(firstArticle(out)));
        assertThat(article).contains("class=\"own-article\"", "site-header").doesNotContain("trust-panel");
        assertThat(Files.readString(out.resolve("index.html"))).contains("trust-panel");
        assertThat(out.resolve("assets/style.css"))
                .hasSameBinaryContentAs(SiteFixtures.TEMPLATES.resolve("assets/style.css"));
    }

    @Test
    void anOverriddenStylesheetAndAnAddedAssetArePublishedBesideTheBuiltInOnes() throws IOException {
        Path site = siteWithOwnAssets();
        Path out = dir.resolve("out");
        BuildResult result = build(site, out);
        assertThat(result.succeeded()).as("%s", result.diagnostics().sorted()).isTrue();
        assertThat(out.resolve("assets/style.css")).hasContent("body { color: #111; }");
        assertThat(out.resolve("assets/logo.svg")).exists();
        assertThat(out.resolve("assets/search.js"))
                .hasSameBinaryContentAs(SiteFixtures.TEMPLATES.resolve("assets/search.js"));
        assertThat(Files.readString(out.resolve("index.html"))).contains("trust-panel");
    }

    @Test
    void anOverriddenLayoutIsUsedByTheBuiltInPageTemplates() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("templates"));
        String layout = Files.readString(SiteFixtures.TEMPLATES.resolve("layout.ftlh"))
                .replace("<p>${t(\"footer.published_by\", site.publisher)}</p>", "<p class=\"own-footer\">Ours</p>");
        Files.writeString(site.resolve("templates/layout.ftlh"), layout);
        Path out = dir.resolve("out");
        assertThat(build(site, out).succeeded()).isTrue();
        assertThat(Files.readString(out.resolve("index.html"))).contains("own-footer");
        assertThat(Files.readString(out.resolve(firstArticle(out)))).contains("own-footer");
    }

    @Test
    void aMistakeInAnOverrideNamesTheSitesFileAndOneInABuiltInFileSaysSo() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/article.ftlh"), "<p>${page.nothing}</p>\n");
        BuildResult result = build(site, dir.resolve("out"));
        assertThat(result.diagnostics().sorted()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo(site.resolve("templates").toString().replace('\\', '/') + "/article.ftlh");
            assertThat(d.line()).isEqualTo(1);
        });
        // A layout without the macros the built-in pages call: the error is in the built-in file, named as such.
        Files.delete(site.resolve("templates/article.ftlh"));
        Files.writeString(
                site.resolve("templates/layout.ftlh"), "<#macro page title description root>" + "<#nested></#macro>\n");
        result = build(site, dir.resolve("out"));
        assertThat(result.diagnostics().sorted())
                .anySatisfy(d -> assertThat(d.file()).startsWith(Theme.BUILT_IN_DISPLAY + "/"));
    }

    @Test
    void verboseListsTheFilesASiteOverridesAndAdds() throws IOException {
        Path site = siteWithOwnAssets();
        Files.writeString(site.resolve("templates/.article.ftlh.swp"), "editor leftover");
        CliRun run = CliRun.of("check", "--content", site.resolve("content").toString(), "--verbose");
        assertThat(run.exitCode()).as(run.all()).isZero();
        String templates = site.resolve("templates").toString();
        assertThat(run.err())
                .contains(
                        "note: " + templates + "/assets/style.css overrides the built-in theme's assets/style.css",
                        "note: " + templates + "/assets/logo.svg is added to the built-in theme")
                .doesNotContain(".swp", "article.ftlh");
        assertThat(CliRun.of("check", "--content", site.resolve("content").toString())
                        .err())
                .doesNotContain("overrides");
    }

    @Test
    void verboseSaysWhenThereIsNoTemplatesFolder() {
        Path site = site();
        CliRun run = CliRun.of("check", "--content", site.resolve("content").toString(), "--verbose");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err())
                .contains("no templates folder at " + site.resolve("templates") + ": the site uses the built-in theme");
    }

    @Test
    void aTemplatesFolderGivenButMissingIsAUsageError() {
        Path site = site();
        CliRun run = CliRun.of(
                "build",
                "--content",
                site.resolve("content").toString(),
                "--templates",
                dir.resolve("nowhere").toString(),
                "--output",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--templates " + dir.resolve("nowhere") + ": no such folder", "pamphlet theme export");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anExportedThemeBuildsTheSameSiteAsTheBuiltInOne() throws IOException {
        Path site = site();
        Path builtIn = dir.resolve("built-in");
        assertThat(build(site, builtIn).succeeded()).isTrue();
        assertThat(CliRun.of("theme", "export", site.resolve("templates").toString())
                        .exitCode())
                .isZero();
        Path exported = dir.resolve("exported");
        assertThat(build(site, exported).succeeded()).isTrue();
        List<String> files = relativeFiles(builtIn);
        assertThat(relativeFiles(exported)).isEqualTo(files);
        for (String file : files) {
            assertThat(exported.resolve(file)).as(file).hasSameBinaryContentAs(builtIn.resolve(file));
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .filter(p -> !p.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static String firstArticle(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html")
                            && !List.of(
                                            "index.html",
                                            "404.html",
                                            "search.html",
                                            "glossary.html",
                                            "a-z.html",
                                            "topics.html")
                                    .contains(n))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }
}

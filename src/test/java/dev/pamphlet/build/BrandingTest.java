package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture site 'branded' (a logo, a colour and two header links in site.yml) built with the built-in theme: its
 * header on every page, its style sheet, its leaflets; and a site without branding, whose header is the theme's.
 */
class BrandingTest {
    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("branded");
        BuildResult result = SiteFixtures.build(SiteFixtures.fixture("branded").resolve("content"), site);
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
    }

    static Document html(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyPageHeaderHasTheLogoAsALinkHomeWithItsAltTextAndSize() throws IOException {
        for (String path : List.of("index.html", "contact.html", "a-z.html")) {
            Document page = html(site, path);
            Element logo = page.selectFirst("header.site-header a.site-title img.site-logo");
            assertThat(logo).as(path).isNotNull();
            assertThat(logo.attr("alt")).isEqualTo("Leeds Restless Legs Group");
            assertThat(logo.attr("width")).isEqualTo("240");
            assertThat(logo.attr("height")).isEqualTo("80");
            assertThat(site.resolve(page.selectFirst("a.site-title").attr("href")))
                    .exists();
            assertThat(site.resolve(logo.attr("src")).normalize()).exists();
        }
        assertThat(html(site, "index.html").selectFirst("a.site-title").text()).isEqualTo("Living with restless legs");
    }

    @Test
    void theHeaderLinksAreOnEveryPageAndAPageOfTheSiteIsLinkedByItsAddress() throws IOException {
        Document home = html(site, "index.html");
        List<String> links = home.select("header nav.header-links a").eachAttr("href");
        assertThat(links).hasSize(2);
        assertThat(links.get(0)).isEqualTo("tel:01130000000");
        assertThat(site.resolve(links.get(1))).exists();
        assertThat(home.select("header nav.header-links a").eachText())
                .containsExactly("Helpline 0113 000 0000", "Contact us");
        assertThat(home.selectFirst("header nav.header-links").attr("aria-label"))
                .isEqualTo("Help and contact");
    }

    @Test
    void theColourIsAppliedFromAStyleSheetThePolicyAllows() throws IOException {
        Document home = html(site, "index.html");
        assertThat(home.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("assets/style.css", "assets/brand.css");
        assertThat(home.select("style, [style]")).isEmpty();
        String css = Files.readString(site.resolve("assets/brand.css"));
        assertThat(css).contains("--brand: #1d6b8f;").contains("--link: #1d6b8f;");
    }

    @Test
    void theLeafletStartsWithTheLogo() throws IOException {
        Path pdf = site.resolve("contact.pdf");
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = doc.getPage(0).getResources();
            int images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images++;
                    assertThat(image.getWidth()).isEqualTo(240);
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void aSiteWithoutBrandingKeepsTheThemesHeader(@TempDir Path out) throws IOException {
        BuildResult result = SiteFixtures.build(SiteFixtures.fixture("clinic").resolve("content"), out);
        assertThat(result.succeeded()).isTrue();
        assertThat(out.resolve("assets/brand.css")).doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("brand").doesNotContain("header-links");
                Element title = Jsoup.parse(text).selectFirst("header a.site-title");
                assertThat(title.children()).as(file.toString()).isEmpty();
                assertThat(title.text()).isEqualTo("Visiting Elm Street Practice");
            }
        }
    }

    @Test
    void aMissingLogoFailsTheBuildAndPublishesNothing(@TempDir Path tmp) throws IOException {
        Path content = SiteFixtures.copyFixture("branded", tmp);
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("file: images/logo.png", "file: images/Logo.png"));
        BuildResult result = SiteFixtures.build(content, tmp.resolve("out"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(d -> assertThat(d.location() + ": " + d.message())
                        .endsWith("site.yml:12:9: the logo 'images/Logo.png' is not in the content folder"
                                + " (did you mean 'images/logo.png'?)"));
        assertThat(tmp.resolve("out/index.html")).doesNotExist();
    }

    @Test
    void aHeaderLinkToAPageTheSiteDoesNotHaveIsAnError(@TempDir Path tmp) throws IOException {
        Path content = SiteFixtures.copyFixture("branded", tmp);
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("url: contact.md", "url: contacts.md"));
        BuildResult result = SiteFixtures.build(content, tmp.resolve("out"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.location()).endsWith("site.yml:19");
                    assertThat(d.message())
                            .isEqualTo("the header link 'Contact us' names 'contacts.md', which is not a page of the"
                                    + " site (did you mean 'contact.md'?)");
                });
    }

    @Test
    void anSvgLogoWithAScriptIsRefusedEvenWhereRawHtmlIsAllowed(@TempDir Path tmp) throws IOException {
        Path content = SiteFixtures.copyFixture("branded", tmp);
        Files.writeString(
                content.resolve("images/logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\">\n"
                        + "<script>alert(1)</script>\n<rect width=\"240\" height=\"80\"/></svg>\n");
        Path yml = content.resolve("site.yml");
        Files.writeString(
                yml,
                Files.readString(yml).replace("file: images/logo.png", "file: images/logo.svg") + "allow_html: true\n");
        BuildResult result = SiteFixtures.build(content, tmp.resolve("out"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.location()).endsWith("images/logo.svg:2:1");
                    assertThat(d.message()).contains("SVG file has").contains("script");
                    assertThat(d.hint()).startsWith("remove ").doesNotContain("allow_html");
                });

        // Without the script, the SVG logo is shown at the size its root element states.
        Files.writeString(
                content.resolve("images/logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\"><rect width=\"240\""
                        + " height=\"80\"/></svg>\n");
        BuildResult clean = SiteFixtures.build(content, tmp.resolve("out"));
        assertThat(clean.succeeded())
                .as(clean.diagnostics().sorted().toString())
                .isTrue();
        Element logo = html(tmp.resolve("out"), "index.html").selectFirst("img.site-logo");
        assertThat(logo.attr("src")).isEqualTo("images/logo.svg");
        assertThat(logo.attr("width")).isEqualTo("240");
    }
}

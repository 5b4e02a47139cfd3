package dev.pamphlet.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.diag.Diagnostic;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logo, colour and header links of site.yml: what an editor is told when one of them is wrong. */
class BrandingLoaderTest {
    private static final String BASE = """
            title: Living with restless legs
            description: Support from a local group.
            language: en-GB
            base_url: https://rls.example.org/
            publisher: Leeds Restless Legs Group
            """;

    @TempDir
    Path content;

    private final List<Diagnostic> problems = new ArrayList<>();

    private Optional<SiteConfig> load(String branding) throws IOException {
        Files.writeString(content.resolve("site.yml"), BASE + branding);
        return SiteConfigLoader.load(content, "content/site.yml", problems);
    }

    private void picture(String path, int width, int height) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }

    private List<Diagnostic> errors() {
        return problems.stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void aLogoWithItsAltTextIsReadWithItsSizeFromItsHeader() throws IOException {
        picture("images/logo.png", 300, 100);
        Optional<SiteConfig> config = load("logo:\n  file: images/logo.png\n  alt: \"Leeds Restless Legs Group\"\n");
        assertThat(problems).isEmpty();
        Branding.Logo logo = config.orElseThrow().branding().logo();
        assertThat(logo).isEqualTo(new Branding.Logo("images/logo.png", "Leeds Restless Legs Group", 300, 100));
    }

    @Test
    void theShortFormTakesItsAltTextFromLogoAlt() throws IOException {
        picture("logo.png", 120, 40);
        Optional<SiteConfig> config = load("logo: logo.png\nlogo_alt: Leeds Restless Legs Group\n");
        assertThat(problems).isEmpty();
        assertThat(config.orElseThrow().branding().logo().alt()).isEqualTo("Leeds Restless Legs Group");
    }

    @Test
    void aMissingLogoIsAnErrorAtItsLineWithTheNearestPicture() throws IOException {
        picture("images/logo.png", 120, 40);
        Optional<SiteConfig> config = load("logo:\n  file: images/logos.png\n  alt: Leeds Restless Legs Group\n");
        assertThat(config).isEmpty();
        assertThat(errors()).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo("content/site.yml:7:9");
            assertThat(d.message())
                    .contains("'images/logos.png' is not in the content folder")
                    .contains("did you mean 'images/logo.png'?");
        });
    }

    @Test
    void aLogoWithoutAltTextIsAnErrorSayingWhatAltTextIsFor() throws IOException {
        picture("logo.png", 120, 40);
        assertThat(load("logo: logo.png\n")).isEmpty();
        assertThat(errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).isEqualTo("the logo has no alt text");
            assertThat(d.hint()).contains("screen reader").contains("links to the home page");
        });
        problems.clear();
        assertThat(load("logo:\n  file: logo.png\n  alt: \"\"\n")).isEmpty();
        assertThat(errors()).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(8));
    }

    @Test
    void aLargeLogoIsAWarningWithItsMeasuredSize() throws IOException {
        BufferedImage noise = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(noise, "png", content.resolve("logo.png").toFile());
        long kilobytes = (Files.size(content.resolve("logo.png")) + 1023) / 1024;
        Optional<SiteConfig> config = load("logo: logo.png\nlogo_alt: Leeds Restless Legs Group\n");
        assertThat(config).isPresent();
        assertThat(errors()).isEmpty();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message())
                    .contains(kilobytes + " KB, more than 200 KB")
                    .contains("1600 × 400 pixels, wider than 1000");
            assertThat(d.hint()).contains("400 pixels across");
        });
    }

    @Test
    void aFileThatIsNoPictureIsRefused() throws IOException {
        Files.writeString(content.resolve("logo.png"), "not a picture");
        assertThat(load("logo: logo.png\nlogo_alt: Group\n")).isEmpty();
        assertThat(errors())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("is not a PNG"));
    }

    @Test
    void aLogoThatWouldNotBePublishedIsRefused() throws IOException {
        picture(".theme/logo.png", 120, 40);
        assertThat(load("logo: .theme/logo.png\nlogo_alt: Group\n")).isEmpty();
        assertThat(errors())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("hidden folder"));
        problems.clear();
        assertThat(load("logo: https://example.org/logo.png\nlogo_alt: Group\n"))
                .isEmpty();
        assertThat(errors())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("must be a picture in the content folder"));
    }

    @Test
    void anSvgLogoTakesItsSizeFromItsViewBox() throws IOException {
        Files.writeString(
                content.resolve("logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 80\"><rect width=\"240\" height=\"80\"/></svg>");
        Optional<SiteConfig> config = load("logo: logo.svg\nlogo_alt: Group\n");
        assertThat(problems).isEmpty();
        assertThat(config.orElseThrow().branding().logo().width()).isEqualTo(240);
        assertThat(config.orElseThrow().branding().logo().height()).isEqualTo(80);
    }

    @Test
    void aPassingColourIsReadInEitherSpellingAndEitherLength() throws IOException {
        assertThat(load("colour: \"#1d6b8f\"\n")
                        .orElseThrow()
                        .branding()
                        .colour()
                        .hex())
                .isEqualTo("#1d6b8f");
        assertThat(load("color: \"#036\"\n").orElseThrow().branding().colour().hex())
                .isEqualTo("#003366");
        assertThat(problems).isEmpty();
    }

    @Test
    void aMalformedColourIsAnErrorWithAnExample() throws IOException {
        assertThat(load("colour: teal\n")).isEmpty();
        assertThat(errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("must be a colour such as \"#1d6b8f\", not 'teal'");
            assertThat(d.hint()).contains("colour: \"#1d6b8f\"");
        });
    }

    @Test
    void aFaintColourIsAnErrorWithItsRatioAndADarkerOneThatPasses() throws IOException {
        assertThat(load("colour: \"#5b9bd5\"\n")).isEmpty();
        Diagnostic d = errors().get(0);
        assertThat(errors()).hasSize(1);
        assertThat(d.line()).isEqualTo(6);
        double measured = Colour.parse("#5b9bd5").orElseThrow().contrastWith(Colour.WHITE);
        assertThat(d.message())
                .contains("contrast of " + Colour.ratio(measured) + " with white")
                .contains("4.5:1");
        assertThat(Colour.ratio(measured)).isEqualTo("2.9:1");
        Matcher suggested = Pattern.compile("try colour: \"(#[0-9a-f]{6})\" \\((\\d+\\.\\d):1\\)")
                .matcher(d.hint());
        assertThat(suggested.find()).as(d.hint()).isTrue();

        // The colour suggested passes when it is given instead.
        problems.clear();
        Optional<SiteConfig> again = load("colour: \"" + suggested.group(1) + "\"\n");
        assertThat(problems).isEmpty();
        Colour better = again.orElseThrow().branding().colour();
        assertThat(better.contrastWith(Colour.WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(better.contrastWith(BrandingLoader.PANEL)).isGreaterThanOrEqualTo(4.5);
        assertThat(Colour.ratio(Math.min(better.contrastWith(Colour.WHITE), better.contrastWith(BrandingLoader.PANEL))))
                .isEqualTo(suggested.group(2) + ":1");
        // Of the same hue, only darker: blue stays the strongest channel.
        assertThat(better.blue()).isGreaterThan(better.red()).isGreaterThan(0);
        assertThat(better.luminance())
                .isLessThan(Colour.parse("#5b9bd5").orElseThrow().luminance());
    }

    @Test
    void headerLinksAreReadAndAnUnsafeSchemeIsRefused() throws IOException {
        Optional<SiteConfig> config = load("""
                header_links:
                  - title: "Helpline 0113 000 0000"
                    url: "tel:01130000000"
                  - title: Contact us
                    url: contact.md
                """);
        assertThat(problems).isEmpty();
        assertThat(config.orElseThrow().branding().headerLinks())
                .extracting(Branding.HeaderLink::url)
                .containsExactly("tel:01130000000", "contact.md");

        problems.clear();
        assertThat(load("""
                        header_links:
                          - title: Donate
                            url: "javascript:alert(1)"
                        """)).isEmpty();
        assertThat(errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.message()).contains("uses 'javascript:'");
            assertThat(d.hint()).contains("tel:").contains("contact.md");
        });
    }

    @Test
    void moreThanFiveHeaderLinksIsAWarning() throws IOException {
        StringBuilder links = new StringBuilder("header_links:\n");
        for (int i = 1; i <= 6; i++) {
            links.append("  - title: Link ")
                    .append(i)
                    .append("\n    url: https://example.org/")
                    .append(i)
                    .append('\n');
        }
        assertThat(load(links.toString())).isPresent();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("has 6 links, more than the 5");
        });
    }

    @Test
    void aSiteWithoutBrandingHasNone() throws IOException {
        assertThat(load("").orElseThrow().branding()).isEqualTo(Branding.NONE);
    }
}

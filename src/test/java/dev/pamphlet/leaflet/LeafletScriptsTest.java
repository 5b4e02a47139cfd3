package dev.pamphlet.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.memory.BuildMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaflets print every letter of the languages patient information is written in, and Arabic right to left with
 * its letters joined; a character no leaflet font has is an error at the line that has it, never a '#'.
 */
class LeafletScriptsTest {
    static final String WELSH = "abcdefghijlmnoprstuwy âêîôûŵŷ äëïöüẅÿ áéíóúẃý àèìòùẁỳ dŵr tŷ";
    static final String POLISH = "aąbcćdeęfghijklłmnńoóprsśtuwyzźż";
    static final String TURKISH = "abcçdefgğhıijklmnoöprsştuüvyz";
    static final String ROMANIAN = "aăâbcdefghiîjklmnopqrsștțuvwxyz şţ";
    static final String VIETNAMESE =
            "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụ" + "ưừửữứựvxyỳỷỹýỵ";
    static final String SYMBOLS = "✓ ✗ → • ° ± µ ½ ≤ ≥ − × ☐ ☑ ⚠ ★";
    static final String ARABIC = "ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي ء آ أ ؤ إ ئ ة ى";

    @TempDir
    Path dir;

    private Path site(String language, String body) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content-" + language));
        Files.writeString(content.resolve("site.yml"), """
                title: Letters
                description: Every letter.
                language: %s
                base_url: https://example.org/
                publisher: Example publisher
                """.formatted(language));
        Files.writeString(content.resolve("index.md"), SiteFixtures.page("Home", "Welcome."));
        Files.writeString(content.resolve("letters.md"), SiteFixtures.page("Letters", body));
        return content;
    }

    private BuildResult build(Path content, Path out) {
        return new Build(SiteFixtures.options(content, out), BuildMemory.onDisk(dir.resolve("cache"))).run();
    }

    private static List<String> errors(BuildResult result) {
        return result.diagnostics().sorted().stream()
                .filter(Diagnostic::isError)
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message())
                .toList();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }

    @Test
    void everyLetterOfLatinAlphabetsAndTheSymbolsIsPrinted() throws Exception {
        String all = String.join(
                "\n\n",
                WELSH,
                WELSH.toUpperCase(java.util.Locale.ROOT),
                POLISH,
                POLISH.toUpperCase(),
                TURKISH,
                "İ",
                ROMANIAN,
                ROMANIAN.toUpperCase(),
                VIETNAMESE,
                VIETNAMESE.toUpperCase(),
                SYMBOLS,
                "*" + WELSH + "*",
                "**" + VIETNAMESE + "**",
                "***" + ROMANIAN + "***");
        Path out = dir.resolve("latin");
        BuildResult result = build(site("cy", all), out);
        assertThat(errors(result)).isEmpty();

        String text = text(out.resolve("letters.pdf"));
        all.codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != '*')
                .forEach(c -> assertThat(text)
                        .as("U+%04X %s", c, Character.getName(c))
                        .contains(Character.toString(c)));
        assertThat(text).doesNotContain("#");
        assertThat(PdfUa.failedRules(out.resolve("letters.pdf"))).isEmpty();
    }

    @Test
    void arabicIsPrintedRightToLeftWithItsLettersJoined() throws Exception {
        String words = "تفتح العيادة من الساعة الثامنة صباحا";
        Path out = dir.resolve("arabic");
        BuildResult result = build(site("ar", words + "\n\n" + ARABIC), out);
        assertThat(errors(result)).isEmpty();

        Path pdf = out.resolve("letters.pdf");
        String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFKC);
        ARABIC.codePoints()
                .filter(c -> c != ' ')
                .forEach(c -> assertThat(text)
                        .as("U+%04X %s", c, Character.getName(c))
                        .contains(Character.toString(c)));
        assertThat(text).contains(words).doesNotContain("#");

        // Joined letters are printed in their contextual forms (initial, medial, final), not as separate letters.
        List<String> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) {
                    positions.forEach(p -> glyphs.add(p.getUnicode()));
                }
            };
            stripper.getText(doc);
        }
        assertThat(glyphs).anySatisfy(g -> assertThat(g.codePointAt(0)).isBetween(0xFE70, 0xFEFF));
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
    }

    /**
     * A camera's photo (of nearly the 10 MB a page may hold) is embedded at the size it prints: the leaflet weighs
     * far less than the photo.
     */
    @Test
    void aBigPhotoIsScaledToPrintSize() throws Exception {
        Path content = site("en-GB", "A photo of the clinic.\n\n![The clinic's front door](photo.jpg)");
        java.awt.image.BufferedImage photo =
                new java.awt.image.BufferedImage(4800, 3200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(1);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        javax.imageio.ImageIO.write(photo, "jpg", content.resolve("photo.jpg").toFile());
        long photoBytes = Files.size(content.resolve("photo.jpg"));
        assertThat(photoBytes).isGreaterThan(6L * 1024 * 1024);
        Path out = dir.resolve("photo");
        assertThat(errors(build(content, out))).isEmpty();

        long leaflet = Files.size(out.resolve("letters.pdf"));
        assertThat(leaflet).as("leaflet of a %d-byte photo", photoBytes).isLessThan(photoBytes / 4);
        try (PDDocument doc = Loader.loadPDF(out.resolve("letters.pdf").toFile())) {
            var resources = doc.getPage(0).getResources();
            List<Integer> widths = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                    widths.add(i.getWidth());
                }
            }
            assertThat(widths).containsExactly(PrintPictures.MOST_PIXELS_WIDE);
        }
    }

    /** A draft built with --drafts says on every page of its leaflet, in the page's language, not to hand it out. */
    @Test
    void aDraftsLeafletIsMarkedOnEveryPageInThePagesLanguage() throws Exception {
        String longBody = ("Mae'r paragraff hwn yn llenwi'r daflen. ".repeat(40) + "\n\n").repeat(12);
        Path content = site("cy", longBody);
        Files.writeString(
                content.resolve("draft.md"),
                SiteFixtures.page("Drafft", longBody)
                        .replace("review_due: 2028-01-01\n", "review_due: 2028-01-01\ndraft: true\n"));
        Path out = dir.resolve("drafts");
        BuildResult result = new Build(
                        new dev.pamphlet.build.BuildOptions(
                                content, SiteFixtures.TEMPLATES, out, null, true, SiteFixtures.TODAY, true),
                        BuildMemory.onDisk(dir.resolve("cache")))
                .run();
        assertThat(errors(result)).isEmpty();

        for (String pdf : List.of("draft.pdf", "letters-guide.pdf")) {
            try (PDDocument doc = Loader.loadPDF(out.resolve(pdf).toFile())) {
                assertThat(doc.getNumberOfPages()).as(pdf).isGreaterThan(1);
                PDFTextStripper stripper = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    stripper.setStartPage(i);
                    stripper.setEndPage(i);
                    assertThat(stripper.getText(doc)).as(pdf + " page " + i).contains("Drafft - nid i'w ddosbarthu");
                }
            }
            assertThat(PdfUa.failedRules(out.resolve(pdf))).as(pdf).isEmpty();
        }
        assertThat(text(out.resolve("letters.pdf"))).doesNotContain("Drafft - nid");
    }

    @Test
    void aCharacterNoLeafletFontHasIsAnErrorAtItsLine() throws IOException {
        Path content = site("en-GB", "First paragraph.\n\nThe word for water in Thai is น้ำ, said nam.");
        Path out = dir.resolve("thai");
        BuildResult result = build(content, out);

        assertThat(result.succeeded()).isFalse();
        assertThat(errors(result))
                .anySatisfy(e -> assertThat(e)
                        .contains("letters.md:13:31: ")
                        .contains("letters.pdf")
                        .contains("'น' (U+0E19 THAI CHARACTER NO NU)"));
        assertThat(errors(result))
                .as("one error for the place, not one for each leaflet")
                .hasSize(1);
        assertThat(out).doesNotExist();
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printable leaflets of the real guide (whose pages are overdue for review) and of the clinic fixture (which
 * has an image and a page in a sub-folder), read back as a reader's PDF software and a screen reader would.
 */
class LeafletTest {
    @TempDir
    static Path dir;

    static Path guide;
    static Path clinic;
    static Path reader;

    @BeforeAll
    static void build() {
        guide = dir.resolve("guide");
        clinic = dir.resolve("clinic");
        assertBuilt(new Build(
                        SiteFixtures.options(SiteFixtures.REAL_CONTENT, guide),
                        BuildMemory.onDisk(dir.resolve("cache")))
                .run());
        assertBuilt(new Build(
                        SiteFixtures.options(SiteFixtures.fixture("clinic/content"), clinic),
                        BuildMemory.onDisk(dir.resolve("cache")))
                .run());
        reader = dir.resolve("reader"); // callouts, inline code, glossary words, a table
        assertBuilt(new Build(
                        SiteFixtures.options(SiteFixtures.fixture("reader/content"), reader),
                        BuildMemory.onDisk(dir.resolve("cache")))
                .run());
    }

    static void assertBuilt(BuildResult result) {
        assertThat(result.diagnostics().sorted())
                .filteredOn(Diagnostic::isError)
                .isEmpty();
        assertThat(result.succeeded()).isTrue();
    }

    static List<Path> pdfs(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theGuideAndEachArticleHaveAPdf() throws IOException {
        assertThat(pdfs(guide))
                .extracting(p -> guide.relativize(p).toString())
                .containsExactly(
                        "causes.pdf",
                        "restless-legs-syndrome.pdf",
                        "secondary-restless-legs-syndrome.pdf",
                        "triggers.pdf");
        assertThat(pdfs(clinic))
                .extracting(p -> clinic.relativize(p).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder(
                        "opening-hours.pdf", "visiting/parking.pdf", "visiting-elm-street-practice.pdf");
    }

    @Test
    void everyPdfConformsToPdfUa1() throws Exception {
        List<Path> all = new ArrayList<>(pdfs(guide));
        all.addAll(pdfs(clinic));
        all.addAll(pdfs(reader));
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        for (Path pdf : all) {
            assertThat(PdfUa.failedRules(pdf)).as(pdf.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void pdfHoldsRealTextInAnEmbeddedFont() throws IOException {
        assertThat(text(guide.resolve("causes.pdf")))
                .contains(
                        "Causes of restless legs syndrome",
                        "In many cases, nobody knows the exact cause of restless legs syndrome.",
                        "Dopamine levels fall on their own towards the end of the day.");
        assertThat(text(guide.resolve("restless-legs-syndrome.pdf")))
                .contains(
                        "Causes of restless legs syndrome",
                        "Secondary restless legs syndrome",
                        "Things that can make symptoms worse");
        try (PDDocument doc =
                Loader.loadPDF(guide.resolve("restless-legs-syndrome.pdf").toFile())) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).contains("AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold");
        }
    }

    /**
     * The guide is laid out as a printed leaflet: its articles follow on after each other, so no page but the last
     * is left nearly empty (a page of less than two thirds of the fullest one's text), and one box about the guide
     * follows the last article.
     */
    @Test
    void guidePagesAreFullButTheLast() throws IOException {
        try (PDDocument doc =
                Loader.loadPDF(guide.resolve("restless-legs-syndrome.pdf").toFile())) {
            List<Integer> characters = charactersPerPage(doc);
            int fullest = characters.stream().max(Integer::compare).orElseThrow();
            assertThat(characters.subList(0, characters.size() - 1))
                    .as("characters on each page but the last of %s", characters)
                    .allSatisfy(n -> assertThat(n * 3).isGreaterThanOrEqualTo(fullest * 2));
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            String lastPage = last.getText(doc).replaceAll("\\s+", " ");
            assertThat(lastPage).contains("Published by Pamphlet example patient library");
            assertThat(lastPage.indexOf("Published by"))
                    .as("the closing box follows the last article's own part")
                    .isGreaterThan(lastPage.lastIndexOf("About this information"));
        }
    }

    static List<Integer> charactersPerPage(PDDocument doc) throws IOException {
        List<Integer> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            out.add(stripper.getText(doc).replaceAll("\\s", "").length());
        }
        return out;
    }

    @Test
    void titleLanguageAndDescriptionAreTheDocuments() throws IOException {
        try (PDDocument doc = Loader.loadPDF(guide.resolve("causes.pdf").toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Causes of restless legs syndrome");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Pamphlet example patient library");
            assertThat(doc.getDocumentInformation().getSubject()).startsWith("What is known about the causes");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp).contains("Causes of restless legs syndrome", "pdfuaid:part");
        }
        try (PDDocument doc =
                Loader.loadPDF(guide.resolve("restless-legs-syndrome.pdf").toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Restless legs syndrome");
        }
    }

    static List<String> outline(PDOutlineNode node, String indent) {
        List<String> lines = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            lines.add(indent + item.getTitle());
            lines.addAll(outline(item, indent + "  "));
        }
        return lines;
    }

    @Test
    void bookmarksFollowTheHeadings() throws IOException {
        try (PDDocument doc = Loader.loadPDF(guide.resolve("causes.pdf").toFile())) {
            assertThat(outline(doc.getDocumentCatalog().getDocumentOutline(), ""))
                    .containsExactly(
                            "When the cause is unknown",
                            "Genes and families",
                            "The brain and dopamine",
                            "  When nerve cells are damaged",
                            "Why symptoms can be worse at night",
                            "About this information");
        }
        try (PDDocument doc =
                Loader.loadPDF(guide.resolve("restless-legs-syndrome.pdf").toFile())) {
            List<String> top = outline(doc.getDocumentCatalog().getDocumentOutline(), "").stream()
                    .filter(l -> !l.startsWith(" "))
                    .toList();
            assertThat(top)
                    .containsExactly(
                            "Restless legs syndrome",
                            "Causes of restless legs syndrome",
                            "Secondary restless legs syndrome",
                            "Things that can make symptoms worse");
            assertThat(outline(doc.getDocumentCatalog().getDocumentOutline(), ""))
                    .contains("  When the cause is unknown", "    When nerve cells are damaged");
        }
    }

    static void structure(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.add(element);
                structure(element, out);
            }
        }
    }

    static List<PDStructureElement> tags(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<PDStructureElement> all = new ArrayList<>();
            structure(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            return all;
        }
    }

    @Test
    void taggedForScreenReaders() throws IOException {
        List<PDStructureElement> causes = tags(guide.resolve("causes.pdf"));
        assertThat(causes)
                .extracting(PDStructureElement::getStructureType)
                .contains("H1", "H2", "H3", "P", "L", "LI", "Link");
        assertThat(causes).filteredOn(e -> e.getStructureType().equals("H1")).hasSize(1);
        List<PDStructureElement> hours = tags(clinic.resolve("opening-hours.pdf"));
        assertThat(hours)
                .filteredOn(e -> e.getStructureType().equals("Figure"))
                .extracting(PDStructureElement::getAlternateDescription)
                .containsExactly("A sign showing the opening hours");
        assertThat(hours).extracting(PDStructureElement::getStructureType).contains("Table", "TR", "TH", "TD");
    }

    @Test
    void carriesTheDocumentReferenceIssueAndReviewDates() throws IOException {
        String causes = text(guide.resolve("causes.pdf"));
        assertThat(causes)
                .contains(
                        "Reference: RLS-CAUSES",
                        "Issued: 29 November 2016",
                        "Review due: 29 November 2019",
                        "Online: https://example.org/restless-legs/causes.html");
        // On every page's footer too.
        assertThat(causes)
                .contains("RLS-CAUSES · Issued 29 November 2016 · Review due 29 November 2019", "Page 1 of 2");
        assertThat(text(guide.resolve("restless-legs-syndrome.pdf")))
                .contains("Reference: RLS", "Reference RLS-TRIGGERS");
        assertThat(text(clinic.resolve("visiting/parking.pdf")))
                .contains("Reference: VESP-VISITING-PARKING", "Issued: 1 March 2025", "Review due: 1 March 2028");
    }

    @Test
    void saysWhenItIsDueForReview() throws IOException {
        assertThat(text(guide.resolve("causes.pdf")))
                .contains(
                        "This leaflet is due for review.",
                        "Its review was due on 29 November 2019, so some of the information may be out of date.");
        assertThat(text(guide.resolve("restless-legs-syndrome.pdf"))).contains("This page is due for review.");
        assertThat(text(clinic.resolve("visiting/parking.pdf"))).doesNotContain("due for review");
    }

    /** The leaflet tells what the page tells: adapted from the NHS page a doctor reviewed, with the NHS credit. */
    @Test
    void saysWhatTheGuideIsAdaptedFromAndCreditsIt() throws IOException {
        String causes = text(guide.resolve("causes.pdf")).replaceAll("\\s+", " ");
        // The link's text is read apart from the sentence around it.
        assertThat(causes)
                .contains(
                        "Adapted from",
                        "Causes of restless legs syndrome - NHS website",
                        "which was medically reviewed on",
                        "November 2016",
                        "Content supplied by the NHS website.")
                .doesNotContain("Page last reviewed");
    }

    @Test
    void linksLeadToTheSiteOrInsideTheGuide() throws IOException {
        List<String> targets = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(guide.resolve("causes.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    assertThat(link.getContents()).isNotBlank();
                    if (link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(targets)
                .contains(
                        "https://example.org/restless-legs/triggers.html",
                        "https://example.org/restless-legs/secondary-restless-legs-syndrome.html"
                                + "#what-secondary-restless-legs-syndrome-means",
                        "https://www.nhs.uk/conditions/restless-legs-syndrome/causes/");
        int internal = 0;
        try (PDDocument doc =
                Loader.loadPDF(guide.resolve("restless-legs-syndrome.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    if (link.getAction() instanceof PDActionGoTo || link.getDestination() != null) {
                        internal++;
                    }
                }
            }
        }
        // The contents list, and the home page's links to the articles, lead to them inside the guide.
        assertThat(internal).isGreaterThanOrEqualTo(6);
    }

    static Element link(Path page, String href) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Element link = doc.selectFirst("a[href=" + href + "]");
        assertThat(link).as(href + " on " + page).isNotNull();
        return link;
    }

    @Test
    void everyPageLinksToItsPdfAndTheGuidesWithTheirSizes() throws IOException {
        String guideSize = LeafletWriter.size(Files.size(guide.resolve("restless-legs-syndrome.pdf")));
        String causesSize = LeafletWriter.size(Files.size(guide.resolve("causes.pdf")));
        assertThat(link(guide.resolve("causes.html"), "causes.pdf").text())
                .isEqualTo("Download this page as a PDF (" + causesSize + ")");
        assertThat(link(guide.resolve("causes.html"), "restless-legs-syndrome.pdf")
                        .text())
                .isEqualTo("Download this guide as a PDF (" + guideSize + ")");
        assertThat(link(guide.resolve("index.html"), "restless-legs-syndrome.pdf")
                        .text())
                .isEqualTo("Download this guide as a PDF (" + guideSize + ")");
        assertThat(Jsoup.parse(guide.resolve("index.html").toFile(), "UTF-8").text())
                .doesNotContain("Download this page as a PDF");
        assertThat(guideSize).matches("\\d+ KB");
        String parking = LeafletWriter.size(Files.size(clinic.resolve("visiting/parking.pdf")));
        assertThat(link(clinic.resolve("visiting/parking.html"), "parking.pdf").text())
                .endsWith("(" + parking + ")");
        // A section of one page has no leaflet of its own (it would repeat the page's): the whole site's it is.
        link(clinic.resolve("visiting/parking.html"), "../visiting-elm-street-practice.pdf");
    }

    @Test
    void sizesAreWrittenAsPeopleReadThem() {
        assertThat(LeafletWriter.size(300)).isEqualTo("1 KB");
        assertThat(LeafletWriter.size(122_880)).isEqualTo("120 KB");
        assertThat(LeafletWriter.size(1_468_006)).isEqualTo("1.4 MB");
    }

    @Test
    void theSameInputsMakeTheSameBytes() throws IOException {
        Path again = dir.resolve("guide-again");
        assertBuilt(SiteFixtures.build(SiteFixtures.REAL_CONTENT, again)); // no cache: every PDF is made again
        for (Path pdf : pdfs(guide)) {
            assertThat(again.resolve(guide.relativize(pdf).toString())).hasSameBinaryContentAs(pdf);
        }
    }
}

package dev.pamphlet.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.BuildResult;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaflets of a site with a logo, a colour and a helpline in site.yml: still tagged PDF/UA-1, helpline shown. */
class LeafletLogoTest {
    @Test
    void aBrandedLeafletIsStillPdfUaAndPrintsTheHelpline(@TempDir Path out) throws Exception {
        BuildResult result = SiteFixtures.build(SiteFixtures.fixture("branded").resolve("content"), out);
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        Path pdf = out.resolve("contact.pdf");
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String firstPage = new PDFTextStripper().getText(doc);
            assertThat(firstPage)
                    .contains("Living with restless legs · Leeds Restless Legs Group · Helpline 0113 000 0000");
        }
    }
}

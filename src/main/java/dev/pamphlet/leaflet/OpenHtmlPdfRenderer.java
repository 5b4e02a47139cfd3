package dev.pamphlet.leaflet;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Makes a tagged PDF (PDF/UA-1) from print HTML with openhtmltopdf. The only class that touches the PDF libraries:
 * it is loaded when a PDF must actually be made, never by a build whose PDFs are all in the cache.
 */
final class OpenHtmlPdfRenderer implements PdfRenderer {
    private static final Pattern XMP_DATE =
            Pattern.compile("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)");
    /**
     * Reading a link's words back before the fonts are written, PDFBox warns that it measures them with a stand-in
     * font: true, harmless (only the words are taken), and not for a user's terminal. Held so the setting stays.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private final LeafletFonts fonts;
    /** Every character some leaflet font can show. */
    private final java.util.BitSet shown;

    OpenHtmlPdfRenderer(LeafletFonts fonts) {
        this.fonts = fonts;
        this.shown = shown(fonts);
        PDFBOX_LOG.setLevel(Level.SEVERE);
        XRLog.setLoggingEnabled(false); // problems surface as exceptions; its log would only repeat them
    }

    /**
     * @throws LeafletFailure.PdfException when the PDF library fails, saying at which step
     */
    @Override
    public byte[] render(String html) throws IOException {
        String step = "reading the leaflet's HTML";
        try {
            Document prepared = prepared(html);
            String missing = missing(prepared, shown);
            if (!missing.isEmpty()) {
                throw new LeafletFailure.MissingGlyphs(missing);
            }
            org.w3c.dom.Document document = new W3CDom().fromJsoup(prepared);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            step = "loading the leaflet's fonts and styles";
            boolean rtl = "rtl".equalsIgnoreCase(prepared.selectFirst("html").attr("dir"));
            try (PdfBoxRenderer renderer = builder(document, rtl).buildPdfRenderer()) {
                step = "laying out the leaflet's pages";
                renderer.layout();
                step = "drawing the leaflet's pages";
                renderer.createPDFWithoutClosing();
                PDDocument pdf = renderer.getPdfDocument();
                step = "describing the leaflet's links";
                describeLinks(pdf);
                step = "writing the PDF file";
                makeRepeatable(pdf, issued(prepared), html);
                pdf.save(out);
            }
            return out.toByteArray();
        } catch (LeafletFailure.MissingGlyphs e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LeafletFailure.PdfException(step, e);
        }
    }

    private PdfRendererBuilder builder(org.w3c.dom.Document document, boolean rtl) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.withProducer(PdfRenderer.PRODUCER);
        for (LeafletFonts.Face face : fonts.faces()) {
            byte[] bytes = face.bytes();
            FontStyle style = face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
            if (face.fallback()) {
                // Used for a character the fonts the text asks for lack, whatever family a template names.
                builder.useFont(
                        () -> new ByteArrayInputStream(bytes),
                        face.family(),
                        face.weight(),
                        style,
                        true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
                continue;
            }
            for (String family : LeafletFonts.FAMILIES) {
                builder.useFont(() -> new ByteArrayInputStream(bytes), family, face.weight(), style, true);
            }
        }
        // Right-to-left text (Arabic, Hebrew) in its reading order, and Arabic letters joined as they are written.
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(rtl ? TextDirection.RTL : TextDirection.LTR);
        // Everything a leaflet shows is inside its HTML (images as data: addresses): never fetch anything.
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(document, null);
        return builder;
    }

    /**
     * The same HTML must make the same bytes, or every build would rewrite every PDF and no cache could vouch for
     * one: the renderer stamps the time of the run into the document's dates and the writer derives its id from
     * it. The dates become the leaflet's issue date ({@code <meta name="issued">}), the id a hash of the HTML.
     */
    private static void makeRepeatable(PDDocument pdf, GregorianCalendar when, String html) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            // Edited as text: read and written again by xmpbox, the PDF/UA schema's declaration would be lost.
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String stamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when.toZonedDateTime());
            String fixed = XMP_DATE.matcher(xmp).replaceAll("$1" + stamp + "$3");
            try (OutputStream stream = metadata.createOutputStream()) {
                stream.write(fixed.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    /** The leaflet's issue date from its {@code <meta name="issued">}, at midnight UTC; 1 January 2000 without. */
    private static GregorianCalendar issued(Document doc) {
        LocalDate date = LocalDate.of(2000, 1, 1);
        Element meta = doc.selectFirst("meta[name=issued]");
        if (meta != null) {
            try {
                date = LocalDate.parse(meta.attr("content").strip());
            } catch (DateTimeParseException e) {
                // keep the fixed date
            }
        }
        return GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * PDF/UA wants every link annotation to say where it leads in its Contents, which this renderer leaves out:
     * each gets the text it covers on the page (the link's words), or failing that its address.
     */
    private static void describeLinks(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link
                        && (link.getContents() == null || link.getContents().isBlank())) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                stripper.addRegion(
                        Integer.toString(i),
                        new Rectangle2D.Float(
                                r.getLowerLeftX(), height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                PDAnnotationLink link = links.get(i);
                String text = stripper.getTextForRegion(Integer.toString(i))
                        .replaceAll("\\s+", " ")
                        .strip();
                if (text.isEmpty() && link.getAction() instanceof PDActionURI uri) {
                    text = uri.getURI();
                }
                link.setContents(text.isEmpty() ? "Link" : text);
            }
        }
    }

    /** The characters the leaflet fonts have, from their character maps. */
    private static java.util.BitSet shown(LeafletFonts fonts) {
        java.util.BitSet out = new java.util.BitSet();
        java.util.Set<String> read = new java.util.HashSet<>();
        for (LeafletFonts.Face face : fonts.faces()) {
            if (!read.add(face.file())) {
                continue;
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (int c = 0; c <= 0xFFFF; c++) { // the leaflet fonts have no letter beyond
                    if (!out.get(c) && cmap.getGlyphId(c) != 0) {
                        out.set(c);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * The characters of the leaflet's text (and its title, bookmarks and pictures' descriptions) that no leaflet
     * font has, each once, in order: the renderer would print each as '#' and say nothing.
     */
    static String missing(Document doc, java.util.BitSet shown) {
        StringBuilder text = new StringBuilder(doc.title());
        for (Element e : doc.select("[alt], bookmark[name]")) {
            text.append(' ').append(e.hasAttr("alt") ? e.attr("alt") : e.attr("name"));
        }
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        });
        java.util.LinkedHashSet<Integer> lacking = new java.util.LinkedHashSet<>();
        text.codePoints()
                .filter(c -> !shown.get(c) && !Character.isWhitespace(c) && !Character.isISOControl(c) && !invisible(c))
                .forEach(lacking::add);
        StringBuilder out = new StringBuilder();
        lacking.forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A character that takes no room: it needs no glyph (joiners, direction marks, soft hyphen, no-break space). */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.SPACE_SEPARATOR || c == 0xFEFF;
    }

    /**
     * The print HTML as the renderer needs it. jsoup reads it as a browser would (the author's raw HTML need not be
     * XML), but moves elements HTML does not allow in the head, such as the renderer's bookmarks, into the body:
     * they go back. Long runs of text are cut into pieces, which the renderer lays out in time that grows with the
     * text ({@link TextPieces}).
     * Changing what this does changes the PDFs: bump {@link PdfRenderer#FORMAT}.
     */
    static Document prepared(String html) {
        Document doc = Jsoup.parse(html);
        for (Element e : doc.select("body > bookmarks, body > style, body > meta")) {
            doc.head().appendChild(e);
        }
        TextPieces.cut(doc.body());
        return doc;
    }
}

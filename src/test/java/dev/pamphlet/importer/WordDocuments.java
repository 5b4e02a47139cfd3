package dev.pamphlet.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word documents made with POI, as a publisher's leaflets would be. */
final class WordDocuments {
    static final String PICTURE_DESCRIPTION = "A peak flow chart rising after the inhaler is used";

    private WordDocuments() {}

    /**
     * "Asthma and exercise": its title in the core properties, headings, emphasis, nested lists of both kinds, a
     * table, a link to the web and one to {@code Inhalers.docx}, a described picture and one without description.
     */
    static Path asthma(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            var core = doc.getProperties().getCoreProperties();
            core.setTitle("Asthma and exercise");
            core.setCreator("Dr Ann Lee");
            core.setCreated("2026-05-02T09:00:00Z");
            core.setModified("2026-06-01T10:30:00Z");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger bullets = list(numbering, 0, STNumberFormat.BULLET, STNumberFormat.BULLET);
            BigInteger steps = list(numbering, 1, STNumberFormat.DECIMAL, STNumberFormat.BULLET);

            heading(doc, "Heading1", "Before you exercise");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Exercise is ");
            XWPFRun bold = p.createRun();
            bold.setText("good for you");
            bold.setBold(true);
            p.createRun().setText(", even with asthma. Take ");
            XWPFRun italic = p.createRun();
            italic.setText("your reliever inhaler");
            italic.setItalic(true);
            p.createRun().setText(" with you.");

            item(doc, bullets, 0, "Warm up for 10 minutes");
            item(doc, bullets, 1, "walk first");
            item(doc, bullets, 1, "then jog");
            item(doc, bullets, 0, "Cool down slowly");

            heading(doc, "Heading2", "If you start to wheeze");
            item(doc, steps, 0, "Stop and sit down");
            item(doc, steps, 0, "Take 2 puffs of your reliever");
            item(doc, steps, 1, "one puff at a time");
            item(doc, steps, 0, "Wait 5 minutes");

            heading(doc, "Heading1", "Which sports suit you");
            XWPFTable table = doc.createTable(3, 2);
            cell(table, 0, 0, "Sport");
            cell(table, 0, 1, "Why");
            cell(table, 1, 0, "Swimming");
            cell(table, 1, 1, "Warm, damp air");
            cell(table, 2, 0, "Walking");
            cell(table, 2, 1, "Easy to pace | gentle");

            XWPFParagraph links = doc.createParagraph();
            links.createRun().setText("Read about ");
            XWPFHyperlinkRun web = links.createHyperlinkRun("https://www.nhs.uk/conditions/asthma/");
            web.setText("asthma on the NHS website");
            links.createRun().setText(" and about ");
            XWPFHyperlinkRun other = links.createHyperlinkRun("Inhalers.docx");
            other.setText("using your inhaler");
            links.createRun().setText(".");

            XWPFParagraph described = doc.createParagraph();
            XWPFRun withAlt = described.createRun();
            addPicture(withAlt, "chart.png");
            CTInline inline = withAlt.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(PICTURE_DESCRIPTION);

            XWPFParagraph undescribed = doc.createParagraph();
            addPicture(undescribed.createRun(), "image2.png");
            return save(doc, file);
        }
    }

    /** "Inhalers.docx": no title property, its first heading is the title; no author; a tracked change. */
    static Path inhalers(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            var core = doc.getProperties().getCoreProperties();
            core.setCreator("");
            core.setCreated("2026-04-01T09:00:00Z");
            core.setModified(Optional.empty());
            heading(doc, "Heading1", "Using your inhaler");
            doc.createParagraph().createRun().setText("Shake the inhaler before each puff.");
            // A change still tracked: "after each use" inserted, "and swallow" deleted.
            XWPFParagraph changed = doc.createParagraph();
            changed.createRun().setText("Rinse your mouth ");
            CTRunTrackChange inserted = changed.getCTP().addNewIns();
            inserted.setId(BigInteger.ONE);
            inserted.setAuthor("Ann Lee");
            inserted.addNewR().addNewT().setStringValue("after each use");
            CTRunTrackChange deleted = changed.getCTP().addNewDel();
            deleted.setId(BigInteger.TWO);
            deleted.setAuthor("Ann Lee");
            deleted.addNewR().addNewDelText().setStringValue(" and swallow");
            heading(doc, "Heading1", "Cleaning it");
            doc.createParagraph().createRun().setText("Wipe the mouthpiece once a week.");
            return save(doc, file);
        }
    }

    /** A .docx protected by a password, as Word saves one: an encrypted package inside an OLE2 file. */
    static Path locked(Path file) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Secret");
            doc.write(plain);
        }
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An OLE2 file without encryption: what an older Word document (.doc) is on the outside. */
    static Path oldWord(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static BigInteger list(XWPFNumbering numbering, int id, STNumberFormat.Enum... levels) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        for (int l = 0; l < levels.length; l++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(l));
            lvl.addNewNumFmt().setVal(levels[l]);
            lvl.addNewLvlText().setVal(levels[l] == STNumberFormat.BULLET ? "•" : "%" + (l + 1) + ".");
            lvl.addNewStart().setVal(BigInteger.ONE);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(abstractId);
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void item(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static void cell(XWPFTable table, int row, int column, String text) {
        table.getRow(row).getCell(column).getParagraphs().get(0).createRun().setText(text);
    }

    private static void addPicture(XWPFRun run, String name) throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try {
            run.addPicture(
                    new ByteArrayInputStream(png.toByteArray()),
                    Document.PICTURE_TYPE_PNG,
                    name,
                    Units.toEMU(40),
                    Units.toEMU(20));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static Path save(XWPFDocument doc, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }
}

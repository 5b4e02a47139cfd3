package dev.pamphlet.importer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * One Word document as Markdown: headings, paragraphs, bold and italic, lists, tables, links and pictures, with
 * front matter from the document's properties and {@code TODO:} placeholders for what it does not hold.
 */
final class WordConverter {
    /** The alt text of a picture the document gives no description: the build reports it as an error. */
    static final String MISSING_ALT = "TODO: describe this picture";

    private final XWPFDocument doc;
    private final String titleParagraph;
    private final String title;

    /** @param fallbackTitle the title when the document has none: its file's name */
    WordConverter(XWPFDocument doc, String fallbackTitle) {
        this.doc = doc;
        String core = coreTitle();
        String paragraph = firstTitleParagraph();
        this.title = core != null ? core : paragraph != null ? paragraph : fallbackTitle;
        this.titleParagraph = title;
    }

    String title() {
        return title;
    }

    /**
     * The page.
     *
     * @param slug  the page's file name without {@code .md}; its pictures are named after it
     * @param links the page a link to another document leads to ({@code other.md}), or null for one not imported
     */
    ImportedPage convert(String slug, Function<String, String> links) {
        Body body = new Body(slug, links);
        boolean titleSkipped = false;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                if (!titleSkipped && p.getText().strip().equals(titleParagraph) && headingLevel(p) != 0) {
                    titleSkipped = true;
                    continue;
                }
                body.paragraph(p);
            } else if (element instanceof XWPFTable t) {
                body.table(t);
            } else if (element instanceof XWPFSDT control) {
                body.text(control.getContent().getText());
            }
        }
        if (body.trackedChanges) {
            body.notes.add("the document has tracked changes: the text is taken as if every change were accepted;"
                    + " check the page against the signed-off version");
        }
        return new ImportedPage(title, frontMatter() + body.markdown(), List.copyOf(body.pictures), body.notes);
    }

    private String coreTitle() {
        String t = doc.getProperties().getCoreProperties().getTitle();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** A paragraph styled Title, or else the first heading. */
    private String firstTitleParagraph() {
        String firstHeading = null;
        for (XWPFParagraph p : doc.getParagraphs()) {
            String text = p.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            int level = headingLevel(p);
            if (level == -1) {
                return text;
            }
            if (level > 0 && firstHeading == null) {
                firstHeading = text;
            }
        }
        return firstHeading;
    }

    /** -1 for the Title style, 1 to 9 for Heading 1 to 9, 0 for any other paragraph. */
    private int headingLevel(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        String name = id;
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        if (style != null && style.getName() != null) {
            name = style.getName();
        }
        for (String n : List.of(id, name)) {
            String s = n.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.equals("title")) {
                return -1;
            }
            if (s.matches("heading[1-9]")) {
                return s.charAt(7) - '0';
            }
        }
        return 0;
    }

    private String frontMatter() {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        LocalDate saved = date(core.getModified() != null ? core.getModified() : core.getCreated());
        String when = saved == null
                ? "TODO: the date of the last clinical review (today's date is written for now)"
                : "TODO: the date of the last clinical review (the document was last saved on this day)";
        LocalDate reviewed = saved == null ? LocalDate.now() : saved;
        String creator = core.getCreator();
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(quoted(title)).append('\n');
        sb.append("summary: ")
                .append(quoted("TODO: one or two plain sentences saying what this page tells the reader"))
                .append('\n');
        sb.append("reviewed: ").append(reviewed).append("  # ").append(when).append('\n');
        sb.append("review_due: ")
                .append(reviewed.plusYears(1))
                .append("  # TODO: when the page must next be reviewed\n");
        sb.append("author: ")
                .append(quoted(creator == null || creator.isBlank() ? "TODO: who wrote the page" : creator.strip()))
                .append('\n');
        sb.append("reviewed_by: ")
                .append(quoted("TODO: who reviewed the page clinically"))
                .append('\n');
        sb.append("sources:\n");
        sb.append("  - title: ")
                .append(quoted("TODO: the evidence this page is based on"))
                .append('\n');
        sb.append("    url: https://example.org/TODO  # TODO: the address of that evidence\n");
        sb.append("---\n\n");
        return sb.toString();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** A YAML double-quoted string. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The body as it is written, block by block. */
    private final class Body {
        private final String slug;
        private final Function<String, String> links;
        private final StringBuilder out = new StringBuilder();
        private final List<ImportedPage.Picture> pictures = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        /** The list the previous paragraph belonged to, or null after any other block. */
        private List<Item> list;
        /** The next number of each numbered list at each level: numId/level to number. */
        private final Map<String, Integer> numbers = new HashMap<>();

        private boolean trackedChanges;

        private record Item(int level, int indent, String marker) {}

        Body(String slug, Function<String, String> links) {
            this.slug = slug;
            this.links = links;
        }

        String markdown() {
            String text = out.toString().strip();
            return text.isEmpty() ? "" : text + "\n"; // an empty page: the build warns about it
        }

        void paragraph(XWPFParagraph p) {
            CTP ctp = p.getCTP();
            if (!ctp.getInsList().isEmpty() || !ctp.getDelList().isEmpty()) {
                trackedChanges = true;
            }
            String text = inline(p).strip();
            if (text.isEmpty()) {
                return;
            }
            int level = headingLevel(p);
            if (level != 0) { // numbered headings too: their numbers are Word's, the page has none
                block(); // a heading ends any list
                int hashes = Math.min(6, Math.max(2, level + 1));
                out.append("#".repeat(hashes)).append(' ').append(plain(text)).append("\n\n");
                return;
            }
            if (p.getNumID() != null) {
                listItem(p, text);
                return;
            }
            block();
            out.append(text).append("\n\n");
        }

        /** Ends a list: the next block starts after a blank line. */
        private void block() {
            if (list != null) {
                out.append('\n');
                list = null;
            }
        }

        private void listItem(XWPFParagraph p, String text) {
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            String format = p.getNumFmt();
            boolean bullet = format == null || format.equals("bullet") || format.equals("none");
            if (list == null) {
                list = new ArrayList<>();
                numbers.clear();
            }
            while (!list.isEmpty() && list.get(list.size() - 1).level() >= level) {
                Item last = list.remove(list.size() - 1);
                if (last.level() > level) {
                    numbers.keySet().removeIf(k -> k.endsWith("/" + last.level()));
                }
            }
            // Markdown nests by indent: an item inside another starts where the other's text starts.
            int indent = list.isEmpty()
                    ? 0
                    : list.get(list.size() - 1).indent()
                            + list.get(list.size() - 1).marker().length()
                            + 1;
            String marker;
            if (bullet) {
                marker = "-";
            } else {
                String key = p.getNumID() + "/" + level;
                int n = numbers.merge(key, 1, Integer::sum);
                marker = n + ".";
            }
            list.add(new Item(level, indent, marker));
            out.append(" ".repeat(indent))
                    .append(marker)
                    .append(' ')
                    .append(text)
                    .append('\n');
        }

        /** Text held in a content control: plain paragraphs, one a line. */
        void text(String text) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    block();
                    out.append(escape(line.strip())).append("\n\n");
                }
            }
        }

        void table(XWPFTable table) {
            block();
            List<List<String>> rows = new ArrayList<>();
            int columns = 0;
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> parts = new ArrayList<>();
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        String t = inline(p).strip();
                        if (!t.isEmpty()) {
                            parts.add(t);
                        }
                    }
                    cells.add(String.join(" ", parts)); // its '|' escaped already, as in all text
                }
                columns = Math.max(columns, cells.size());
                rows.add(cells);
            }
            if (rows.isEmpty() || columns == 0) {
                return;
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                out.append('|');
                for (int c = 0; c < columns; c++) {
                    out.append(' ').append(c < cells.size() ? cells.get(c) : "").append(" |");
                }
                out.append('\n');
                if (r == 0) {
                    out.append('|').append(" --- |".repeat(columns)).append('\n');
                }
            }
            out.append('\n');
            if (table.getRows().stream()
                    .anyMatch(row -> row.getTableCells().stream()
                            .anyMatch(cell -> !cell.getTables().isEmpty()))) {
                notes.add("a table inside a table was left out: write it as a table of its own");
            }
        }

        /** A paragraph's text with its emphasis, links and pictures, on one line. */
        private String inline(XWPFParagraph p) {
            StringBuilder sb = new StringBuilder();
            List<IRunElement> runs = p.getIRuns();
            int i = 0;
            while (i < runs.size()) {
                IRunElement element = runs.get(i);
                if (element instanceof XWPFHyperlinkRun link) {
                    StringBuilder text = new StringBuilder();
                    int j = i;
                    while (j < runs.size() && runs.get(j) instanceof XWPFHyperlinkRun next && sameLink(link, next)) {
                        text.append(run(next));
                        j++;
                    }
                    sb.append(link(link, text.toString()));
                    i = j;
                } else if (element instanceof XWPFRun run) {
                    sb.append(run(run));
                    i++;
                } else {
                    i++;
                }
            }
            return sb.toString().replace('\n', ' ');
        }

        private boolean sameLink(XWPFHyperlinkRun a, XWPFHyperlinkRun b) {
            return a.getCTHyperlink() == b.getCTHyperlink();
        }

        private String link(XWPFHyperlinkRun run, String text) {
            XWPFHyperlink target = run.getHyperlink(doc);
            String url = target == null ? null : target.getURL();
            if (url == null || text.isBlank()) {
                return text; // a link within the document: its bookmarks are not the page's headings
            }
            String page = links.apply(url);
            if (page != null) {
                return "[" + text + "](" + page + ")";
            }
            if (!url.matches("(?i)(https?|mailto):.*")) {
                notes.add("a link to '" + url + "', a document not imported with this one, was kept as text only;"
                        + " link its page once it is imported");
                return text;
            }
            return "[" + text + "](<" + url.replace(">", "%3E") + ">)";
        }

        /** One run: its text with its emphasis, or its pictures. */
        private String run(XWPFRun run) {
            StringBuilder sb = new StringBuilder();
            org.w3c.dom.Node parent = run.getCTR().getDomNode().getParentNode();
            String parentName = parent == null ? "" : parent.getNodeName();
            if (List.of("del", "moveFrom").contains(parentName.substring(parentName.indexOf(':') + 1))) {
                trackedChanges = true; // deleted text: left out, as when the change is accepted
                return "";
            }
            List<XWPFPicture> embedded = run.getEmbeddedPictures();
            List<String> descriptions = descriptions(run.getCTR());
            if (descriptions.size() > embedded.size()) {
                notes.add("a chart, shape or text box was left out: make it a picture, or write its text in the page");
            }
            if (!embedded.isEmpty()) {
                for (int k = 0; k < embedded.size(); k++) {
                    String alt = k < descriptions.size() ? descriptions.get(k) : null;
                    if (alt == null) {
                        alt = meaningful(embedded.get(k).getDescription());
                    }
                    sb.append(picture(embedded.get(k), alt));
                }
            }
            String text = run.text();
            if (text == null || text.isEmpty()) {
                return sb.toString();
            }
            String escaped = escape(text);
            String mark = (run.isBold() ? "**" : "") + (run.isItalic() ? "*" : "");
            if (mark.isEmpty() || escaped.isBlank()) {
                return sb.append(escaped).toString();
            }
            // Emphasis cannot start or end with a space in Markdown: keep the spaces outside it.
            String core = escaped.strip();
            int lead = escaped.indexOf(core);
            return sb.append(escaped, 0, lead)
                    .append(mark)
                    .append(core)
                    .append(new StringBuilder(mark).reverse())
                    .append(escaped.substring(lead + core.length()))
                    .toString();
        }

        private String picture(XWPFPicture picture, String alt) {
            String extension = picture.getPictureData().suggestFileExtension();
            String name = "images/" + slug + "-" + (pictures.size() + 1) + "." + extension.toLowerCase(Locale.ROOT);
            pictures.add(new ImportedPage.Picture(name, picture.getPictureData().getData()));
            if (!List.of("png", "jpeg", "jpg", "gif", "webp", "svg").contains(extension.toLowerCase(Locale.ROOT))) {
                notes.add("picture " + name + " is a ." + extension + " file, which browsers do not show:"
                        + " save it as PNG or JPEG and change its link");
            }
            String text =
                    alt == null ? MISSING_ALT : escape(alt.replace('\n', ' ').strip());
            return "![" + text + "](" + name + ")";
        }

        /** The descriptions (or else titles) Word keeps for each picture of a run, in order. */
        private List<String> descriptions(CTR ctr) {
            List<String> out = new ArrayList<>();
            for (CTDrawing drawing : ctr.getDrawingList()) {
                for (CTInline inline : drawing.getInlineList()) {
                    out.add(described(
                            inline.getDocPr().getDescr(), inline.getDocPr().getTitle()));
                }
                for (CTAnchor anchor : drawing.getAnchorList()) {
                    out.add(described(
                            anchor.getDocPr().getDescr(), anchor.getDocPr().getTitle()));
                }
            }
            return out;
        }

        private String described(String descr, String title) {
            String d = meaningful(descr);
            return d != null ? d : meaningful(title);
        }
    }

    /** A description that says something: not empty, and not just a file's name as some programs write it. */
    private static String meaningful(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.matches("(?i)[^\\s/\\\\]+\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|webp|svg)") ? null : t;
    }

    /** Heading text: without the emphasis markers of its runs (a heading is already strong). */
    private static String plain(String text) {
        return text.replaceAll("(?<!\\\\)\\*+", "");
    }

    /** Escapes what Markdown would read as markup in running text. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String s = sb.toString().replace('\t', ' ');
        // A paragraph starting with '#', '-', '+', '>' or '1.' would become a heading, a list or a quote.
        s = s.replaceFirst("^(\\s*)([#+=-])", "$1\\\\$2");
        return s.replaceFirst("^(\\s*\\d+)([.)])", "$1\\\\$2");
    }
}

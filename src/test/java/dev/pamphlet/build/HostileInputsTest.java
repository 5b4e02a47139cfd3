package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.check.PictureFiles;
import dev.pamphlet.check.Pictures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files written to break a build, or saved broken by accident: YAML that asks for objects, interface text that is
 * no pattern, characters that are not text, pictures whose headers claim billions of pixels, names too long for
 * the disk, and two names that look the same. Each is built through the command line over a published site and
 * must fail with its file and line, print no stack trace, and leave the published site byte for byte as it was.
 */
class HostileInputsTest {
    @TempDir
    Path dir;

    private Path content;
    private Path output;
    private Map<String, byte[]> published;

    @BeforeEach
    void publishTheClinic() throws IOException {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        output = dir.resolve("site");
        CliRun first = run("build");
        assertThat(first.exitCode()).as(first.all()).isZero();
        published = InvalidSitesTest.snapshot(output);
    }

    private CliRun run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--content", content.toString()));
        if (command.equals("build")) {
            args.addAll(List.of(
                    "--output",
                    output.toString(),
                    "--cache",
                    dir.resolve("cache").toString()));
        }
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /**
     * Builds after a bad edit: exit code 1, no stack trace, the published site untouched, nothing left beside it.
     *
     * @return the error lines, with the content folder shown as {@code content}
     */
    private List<String> buildFails() throws IOException {
        CliRun broken = run("build");
        assertThat(broken.exitCode()).as(broken.all()).isEqualTo(1);
        assertThat(broken.all())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .contains("Build failed");
        assertThat(InvalidSitesTest.snapshot(output))
                .as("published site untouched")
                .isEqualTo(published);
        assertThat(dir.resolve(".site.pamphlet-staging")).doesNotExist();
        return errors(broken);
    }

    private List<String> errors(CliRun run) {
        return run.err()
                .lines()
                .filter(l -> l.contains(": error: "))
                .map(l -> l.replace(content + "/", "content/"))
                .toList();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(content.resolve(file).getParent());
        Files.writeString(content.resolve(file), text);
    }

    // YAML tags

    @Test
    void tagsInFrontMatterAreRefusedAtTheLineOfTheTagInTheFile() throws IOException {
        edit(
                "opening-hours.md",
                "order: 1",
                "order: 1\nextra:\n  a: !!java.lang.Runtime {}\n  b: !!set {x, y}\n  c: !!binary aGVsbG8=");
        edit("visiting/parking.md", "tags: [visiting, travel]", "tags: !foo [visiting, travel]");

        CliRun broken = run("build");
        assertThat(broken.err()).contains("hint: remove the tag; write plain text, lists and mappings");
        assertThat(buildFails())
                .containsExactly(
                        "content/opening-hours.md:8:6: error: YAML tag '!!java.lang.Runtime' is not allowed in front"
                                + " matter",
                        "content/opening-hours.md:9:6: error: YAML tag '!!set' is not allowed in front matter",
                        "content/opening-hours.md:10:6: error: YAML tag '!!binary' is not allowed in front matter",
                        "content/visiting/parking.md:7:7: error: YAML tag '!foo' is not allowed in front matter");
    }

    static Stream<Arguments> tagsInEachFile() {
        return Stream.of(
                Arguments.of(
                        "site.yml",
                        "accessibility: https://clinic.example.org/accessibility",
                        "accessibility: https://clinic.example.org/accessibility\nextra:\n  codes: !!omap [a: 1]",
                        "content/site.yml:12:10: error: YAML tag '!!omap' is not allowed in site.yml"),
                Arguments.of(
                        "glossary.yml",
                        "",
                        "parking: !!binary aGk=\n",
                        "content/glossary.yml:1:10: error: YAML tag '!!binary' is not allowed in glossary.yml"),
                Arguments.of(
                        "messages/en.yml",
                        "",
                        "date.pattern: !!timestamp 2001-12-14\n",
                        "content/messages/en.yml:1:15: error: YAML tag '!!timestamp' is not allowed in messages"),
                Arguments.of(
                        "opening-hours.md",
                        "order: 1",
                        "order: !!int abc",
                        "content/opening-hours.md:6:8: error: YAML tag '!!int' does not fit the value 'abc' in front"
                                + " matter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagsInEachFile")
    void tagsAreRefusedInEveryYamlFilePamphletReads(String file, String from, String to, String expected)
            throws IOException {
        if (from.isEmpty()) {
            write(file, to);
        } else {
            edit(file, from, to);
        }
        assertThat(buildFails()).containsExactly(expected);
    }

    @Test
    void theCoreSchemasTagsAreAcceptedWhereTheySayWhatTheValueIsAnyway() throws IOException {
        edit(
                "opening-hours.md",
                "order: 1",
                "order: !!int \"1\"\nextra:\n  phone: !!str 0300\n  open: !!bool true\n  closed: !!null");
        CliRun run = run("build");
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    // Interface text

    static Stream<Arguments> datePatterns() {
        return Stream.of(
                Arguments.of("\"d {MMMM} yyyy\"", "Pattern includes reserved character: '{'"),
                Arguments.of("d bMMM yyyy", "Unknown pattern letter: b"),
                Arguments.of("\"d 'MMMM yyyy\"", "Pattern ends with an incomplete string literal: d 'MMMM yyyy"),
                Arguments.of("d MMMM yyyy HH:mm", "it asks for HourOfDay, which a date does not have"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datePatterns")
    void aDatePatternThatCannotWriteADateIsAnErrorAtItsLine(String pattern, String why) throws IOException {
        write("messages/en.yml", "# How the practice writes dates\ndate.pattern: " + pattern + "\n");
        CliRun broken = run("build");
        assertThat(broken.err()).contains("for example: date.pattern: d MMMM yyyy");
        assertThat(buildFails())
                .containsExactly("content/messages/en.yml:2:15: error: 'date.pattern' cannot write a date: " + why);
    }

    @Test
    void aValidDatePatternOfTheSitesOwnWritesEveryDate() throws IOException {
        write("messages/en.yml", "date.pattern: EEEE d MMMM yyyy\n");
        CliRun run = run("build");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Jsoup.parse(output.resolve("opening-hours.html").toFile()).text())
                .contains("Saturday 1 March 2025");
    }

    @Test
    void aPlaceholderPamphletNeverFillsInIsAnErrorAtItsLine() throws IOException {
        write(
                "messages/en.yml",
                "search.found.few: \"{0} pages found for “{1}”\"\nfooter.published_by: Published by {1}.\n");
        assertThat(buildFails())
                .containsExactly("content/messages/en.yml:2:22: error: 'footer.published_by' has {1}, which Pamphlet"
                        + " does not fill in here: it would be shown as it is");
    }

    // Characters that are not text

    static Stream<Arguments> charactersThatAreNotText() {
        return Stream.of(
                Arguments.of(
                        "opening-hours.md",
                        "title: Opening hours",
                        "title: Opening \u001B[31mhours",
                        "content/opening-hours.md:2:16: error: control character U+001B (escape) in the file"),
                Arguments.of(
                        "opening-hours.md",
                        "bank holidays. See",
                        "bank holidays.\u0000 See",
                        "content/opening-hours.md:21:41: error: control character U+0000 (null) in the file"),
                Arguments.of(
                        "opening-hours.md",
                        "summary: When",
                        "summary: \uFFFFWhen",
                        "content/opening-hours.md:3:10: error: non-character U+FFFF in the file"),
                Arguments.of(
                        "opening-hours.md",
                        "title: Opening hours",
                        "title: \"Opening \\e[31mhours\"",
                        "content/opening-hours.md:2:8: error: control character U+001B (escape) in front matter"),
                Arguments.of(
                        "site.yml",
                        "title: Visiting Elm Street Practice",
                        "title: \"Visiting\\a Elm Street\"",
                        "content/site.yml:1:8: error: control character U+0007 (bell) in site.yml"),
                Arguments.of(
                        "site.yml",
                        "publisher: Elm Street Practice",
                        "publisher: Elm\u007F Street",
                        "content/site.yml:5:15: error: control character U+007F (delete) in the file"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("charactersThatAreNotText")
    void aCharacterThatIsNotTextIsAnErrorAtItsLineAndColumn(String file, String from, String to, String expected)
            throws IOException {
        edit(file, from, to);
        assertThat(buildFails()).containsExactly(expected);
    }

    @Test
    void aCharacterReferenceThatWritesAControlCharacterIntoTheBodyIsAnErrorAtItsLineAndColumn() throws IOException {
        edit(
                "opening-hours.md",
                "bank holidays. See",
                "bank holidays &#27;[31m. See [the times](opening-hours.md \"at&#x7F;\") &#xFFFF; `&#27;` \\&#0; See");
        // U+FFFF is also one no leaflet font draws, said by the leaflets: the errors here are those of the page.
        assertThat(buildFails().stream().filter(l -> !l.contains("PDF leaflet")))
                .containsExactly(
                        "content/opening-hours.md:21:41: error: '&#27;' writes control character U+001B (escape) into"
                                + " the page",
                        "content/opening-hours.md:21:88: error: '&#x7F;' writes control character U+007F (delete)"
                                + " into the page",
                        "content/opening-hours.md:21:97: error: '&#xFFFF;' writes non-character U+FFFF into the"
                                + " page");
    }

    @Test
    void characterReferencesToTextAndReferencesInCodeAreKept() throws IOException {
        edit("opening-hours.md", "bank holidays. See", "bank holidays&#9;&#x2014;&#233; `&#27;` See");
        CliRun run = run("build");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Jsoup.parse(output.resolve("opening-hours.html").toFile())
                        .select("main")
                        .text())
                .contains("bank holidays \u2014\u00E9 &#27; See");
    }

    @Test
    void aControlCharacterInInterfaceTextIsAnErrorAtItsLine() throws IOException {
        write("messages/en.yml", "trust.heading: \"About\\x85 this information\"\n");
        assertThat(buildFails())
                .containsExactly(
                        "content/messages/en.yml:1:16: error: control character U+0085 (next line) in messages");
    }

    @Test
    void theLineShownUnderTheMessageShowsTheCharacterWithoutPrintingIt() throws IOException {
        edit("opening-hours.md", "title: Opening hours", "title: Opening \u001B[2Jhours");
        CliRun broken = run("build");
        assertThat(broken.err()).contains("    title: Opening \u241B[2Jhours").doesNotContain("\u001B");
    }

    @Test
    void theFeedAndSitemapStayWellFormedXmlWithAnyTextASourceMayHold() throws Exception {
        edit(
                "opening-hours.md",
                "title: Opening hours",
                "title: \"Opening\\thours & times <all> \\u2028 \\U0001F552 \\u200F\"");
        // No leaflet font draws the clock face, which is an error of its own; the feed and sitemap are the point.
        Files.writeString(content.resolve("site.yml"), "pdf: false\n", StandardOpenOption.APPEND);
        CliRun run = run("build");
        assertThat(run.exitCode()).as(run.all()).isZero();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        for (String file : List.of("feed.xml", "sitemap.xml")) {
            xml.newDocumentBuilder().parse(output.resolve(file).toFile()); // throws on any character XML forbids
        }
        assertThat(xml.newDocumentBuilder()
                        .parse(output.resolve("feed.xml").toFile())
                        .getElementsByTagName("entry")
                        .getLength())
                .isPositive();
    }

    @Test
    void aTemplateThatWritesAControlCharacterIntoTheFeedFailsNamingTheTemplate() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        String feed = Files.readString(SiteFixtures.TEMPLATES.resolve("feed.ftlx"));
        Files.writeString(
                templates.resolve("feed.ftlx"),
                feed.replace("<title>${site.title}", "<title>${site.title}${\"\\x1\"}"));
        CliRun broken = run("build", "--templates", templates.toString());
        assertThat(broken.exitCode()).as(broken.all()).isEqualTo(1);
        assertThat(errors(broken))
                .containsExactly(templates + "/feed.ftlx: error: the Atom feed would hold control character U+0001,"
                        + " which XML does not allow");
        assertThat(InvalidSitesTest.snapshot(output)).isEqualTo(published);
    }

    // Pictures

    @Test
    void aPictureWhoseHeaderIsTooLargeIsAnErrorAtTheLineThatShowsIt() throws IOException {
        Files.write(content.resolve("images/huge.png"), PictureFiles.pngClaiming(100_000, 100_000));
        Files.write(content.resolve("images/wide.jpg"), PictureFiles.jpegClaiming(60_000, 50_000));
        Files.write(content.resolve("images/frame.gif"), PictureFiles.gifWithFrame(60_000, 40_000));
        Files.write(content.resolve("images/canvas.webp"), PictureFiles.webpClaiming(16_384, 16_384));
        Path heavy = content.resolve("images/heavy.png");
        Files.write(heavy, PictureFiles.pngClaiming(100, 100));
        try (RandomAccessFile file = new RandomAccessFile(heavy.toFile(), "rw")) {
            file.setLength(Pictures.MAX_BYTES * 3 / 2); // sparse: 15 MB that the disk holds almost none of
        }
        edit(
                "opening-hours.md",
                "![A sign showing the opening hours](images/sign.png)",
                "![A sign showing the opening hours](images/sign.png)\n\n![Huge](images/huge.png)\n\nSee"
                        + " ![wide](images/wide.jpg), ![a frame](images/frame.gif).\n\n![Canvas](images/canvas.webp)"
                        + " ![Heavy](images/heavy.png)");

        CliRun broken = run("build");
        assertThat(broken.err()).contains("hint: resize it to at most 2000 pixels across");
        assertThat(buildFails())
                .containsExactly(
                        "content/opening-hours.md:25:1: error: picture 'images/huge.png' is 100000 × 100000 pixels"
                                + " (10,000 megapixels), more than the 50 megapixels a page can take",
                        "content/opening-hours.md:27:5: error: picture 'images/wide.jpg' is 60000 × 50000 pixels"
                                + " (3,000 megapixels), more than the 50 megapixels a page can take",
                        "content/opening-hours.md:27:31: error: picture 'images/frame.gif' is 60000 × 40000 pixels"
                                + " (2,400 megapixels), more than the 50 megapixels a page can take",
                        "content/opening-hours.md:29:1: error: picture 'images/canvas.webp' is 16384 × 16384 pixels"
                                + " (268.5 megapixels), more than the 50 megapixels a page can take",
                        "content/opening-hours.md:29:31: error: picture 'images/heavy.png' is 15.0 MB, more than the 10"
                                + " MB a page can take");
        // The leaflets were made all the same, before the check failed the build: none holds the picture.
        List<Long> widths = new ArrayList<>();
        try (Stream<Path> pdfs = Files.walk(dir.resolve("cache"))) {
            for (Path pdf : (Iterable<Path>) pdfs.filter(p -> p.toString().endsWith(".pdf"))::iterator) {
                widths.addAll(imageWidths(pdf));
            }
        }
        assertThat(widths).isNotEmpty().allMatch(w -> w < 60_000);
    }

    @Test
    void realPicturesOfAModerateSizeShowOnThePageAndInItsLeaflet() throws IOException {
        Files.write(content.resolve("images/photo.jpg"), PictureFiles.drawn("jpg", 1600, 1200));
        Files.write(content.resolve("images/chart.png"), PictureFiles.drawn("png", 1200, 800));
        edit(
                "opening-hours.md",
                "![A sign showing the opening hours](images/sign.png)",
                "![A sign showing the opening hours](images/sign.png)\n\n![The waiting room](images/photo.jpg)\n\n"
                        + "![Visits by hour](images/chart.png)");
        CliRun run = run("build");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Jsoup.parse(output.resolve("opening-hours.html").toFile())
                        .select("img")
                        .eachAttr("src"))
                .contains("images/photo.jpg", "images/chart.png");
        // The photo is scaled to print size in the leaflet; the chart is small enough already.
        assertThat(imageWidths(output.resolve("opening-hours.pdf"))).contains(1370L, 1200L);
    }

    private static List<Long> imageWidths(Path pdf) throws IOException {
        List<Long> widths = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        widths.add((long) image.getWidth());
                    }
                }
            }
        }
        return widths;
    }

    // Names

    @Test
    void aPageNameTooLongForTheDiskIsReportedAtItsSourceBeforeAnythingIsWritten() throws IOException {
        String name = "a".repeat(252) + ".md"; // the longest name a disk takes: its page's would be 257 bytes
        try {
            Files.copy(content.resolve("opening-hours.md"), content.resolve(name));
        } catch (IOException e) {
            assumeTrue(false, "this disk does not take names of 255 bytes: " + e);
        }
        String expected = "content/" + name + ": error: its page would be published as '" + "a".repeat(30) + "…"
                + "a".repeat(15) + ".html', a name of 257 bytes, and a disk takes at most 255";

        assertThat(buildFails()).containsExactly(expected);
        CliRun check = run("check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(errors(check)).containsExactly(expected);
    }

    @Test
    void aPathTooLongForTheDiskInTheOutputFolderIsReportedAtItsSource() throws IOException {
        // Output folders deep enough that a page in a sub-folder of long names passes the limit there, while its
        // source, in a short content folder, is well within it.
        Path deep = dir;
        while (deep.toString().length() < 3000) {
            deep = deep.resolve("o".repeat(200));
        }
        Files.createDirectories(deep);
        Path site = deep.resolve("site");
        CliRun first = CliRun.of("build", "--content", content.toString(), "--output", site.toString(), "--no-cache");
        assertThat(first.exitCode()).as(first.all()).isZero();
        Map<String, byte[]> before = InvalidSitesTest.snapshot(site);
        String folders = ("f".repeat(250) + "/").repeat(5);
        Files.createDirectories(content.resolve(folders));
        Files.copy(content.resolve("opening-hours.md"), content.resolve(folders + "page.md"));
        CliRun broken = CliRun.of("build", "--content", content.toString(), "--output", site.toString(), "--no-cache");
        assertThat(broken.exitCode()).as(broken.all()).isEqualTo(1);
        assertThat(broken.all()).doesNotContain("Exception");
        assertThat(errors(broken))
                .hasSize(1)
                .allMatch(l -> l.startsWith(
                                "content/" + folders + "page.md: error: its" + " page would be written to a path of ")
                        && l.endsWith(" bytes in the output folder, and a disk takes" + " at most 4095"));
        assertThat(broken.err()).contains("hint: shorten the name of the file, or of its folders");
        assertThat(InvalidSitesTest.snapshot(site))
                .as("published site untouched")
                .isEqualTo(before);
    }

    @Test
    void aVeryLongTitleStillNamesTheGuidesLeafletWithinWhatADiskTakes() throws IOException {
        edit(
                "site.yml",
                "title: Visiting Elm Street Practice",
                "title: " + "Visiting the Elm Street Practice and its branch surgeries ".repeat(6));
        CliRun run = run("build");
        assertThat(run.exitCode()).as(run.all()).isZero();
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")))
                    .hasSize(2)
                    .allMatch(n -> n.getBytes(StandardCharsets.UTF_8).length <= 255)
                    .anyMatch(n -> n.startsWith("visiting-the-elm-street-practice-and-its-branch-surgeries-visiting"));
        }
    }

    private static final String COMPOSED = "caf\u00E9";
    private static final String DECOMPOSED = "cafe\u0301";

    @Test
    void twoNamesThatDifferOnlyInHowTheirAccentsAreStoredAreRefusedNamingBoth() throws IOException {
        Files.copy(content.resolve("opening-hours.md"), content.resolve(COMPOSED + ".md"));
        Files.copy(content.resolve("opening-hours.md"), content.resolve(DECOMPOSED + ".md"));
        assumeTwoFiles();
        assertThat(buildFails())
                .containsExactly("content/" + COMPOSED + ".md: error: has the same name as content/" + DECOMPOSED
                        + ".md, with its accents stored another way: both would be published as '" + COMPOSED
                        + ".html'");
    }

    @Test
    void theHintSaysWhichOfTwoLookAlikeNamesIsSavedDecomposedAndHow() throws IOException {
        Files.copy(content.resolve("opening-hours.md"), content.resolve(COMPOSED + ".md"));
        Files.copy(content.resolve("opening-hours.md"), content.resolve(DECOMPOSED + ".md"));
        assumeTwoFiles();

        CliRun check = run("check");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().replace(content + "/", "content/"))
                .contains("    hint: the two look like one page: keep one, and delete the other or give it a name of"
                        + " its own. content/" + DECOMPOSED + ".md is the one saved with its '\u00E9' as 'e' and"
                        + " U+0301 (combining acute accent), as macOS and some zip files save names\n");
    }

    @Test
    void twoPicturesThatDifferOnlyInHowTheirAccentsAreStoredAreRefusedNamingBoth() throws IOException {
        Files.copy(content.resolve("images/sign.png"), content.resolve("images/" + COMPOSED + ".png"));
        Files.copy(content.resolve("images/sign.png"), content.resolve("images/" + DECOMPOSED + ".png"));
        try (Stream<Path> files = Files.list(content.resolve("images"))) {
            assumeTrue(files.filter(p -> p.getFileName().toString().startsWith("caf"))
                            .count()
                    == 2);
        }
        assertThat(buildFails())
                .containsExactly("content/images/" + COMPOSED + ".png: error: has the same name as content/images/"
                        + DECOMPOSED + ".png, with its accents stored another way: both would be published as"
                        + " 'images/" + COMPOSED + ".png'");
    }

    @Test
    void twoFoldersThatDifferOnlyInHowTheirAccentsAreStoredAreRefusedNamingAFileOfEach() throws IOException {
        write(COMPOSED + "/menu.md", Files.readString(content.resolve("opening-hours.md")));
        write(DECOMPOSED + "/prices.md", Files.readString(content.resolve("opening-hours.md")));
        assumeTwoFiles();
        assertThat(buildFails())
                .containsExactly("content/" + COMPOSED + "/menu.md: error: its folder '" + COMPOSED + "/' has the"
                        + " same name as the folder of content/" + DECOMPOSED + "/prices.md, with its accents stored"
                        + " another way: both would be published as one folder");
    }

    private void assumeTwoFiles() throws IOException {
        try (Stream<Path> files = Files.list(content)) {
            assumeTrue(
                    files.filter(p -> p.getFileName().toString().startsWith("caf"))
                                    .count()
                            == 2,
                    "this disk takes the two forms of a name for one");
        }
    }

    @Test
    void aPageAndAPictureSavedWithDecomposedNamesAreReachedByLinksTypedComposed() throws IOException {
        Files.writeString(
                content.resolve(DECOMPOSED + ".md"),
                Files.readString(content.resolve("opening-hours.md"))
                        .replace("title: Opening hours", "title: The café")
                        .replace("images/sign.png", "images/" + COMPOSED + ".png"));
        Files.copy(content.resolve("images/sign.png"), content.resolve("images/" + DECOMPOSED + ".png"));
        edit("index.md", "first.", "first, then visit [the café](" + COMPOSED + ".md).");

        CliRun run = run("build");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(output.resolve(COMPOSED + ".html")).exists();
        assertThat(output.resolve("images/" + COMPOSED + ".png")).exists();
        assertThat(Jsoup.parse(output.resolve("index.html").toFile())
                        .select("main a")
                        .eachAttr("href"))
                .contains("caf%C3%A9.html");
        assertThat(Jsoup.parse(output.resolve(COMPOSED + ".html").toFile())
                        .select("img")
                        .eachAttr("src"))
                .contains("images/caf%C3%A9.png");
    }
}

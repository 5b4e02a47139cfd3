package dev.pamphlet.build;

import static dev.pamphlet.build.AwkwardInputsTest.article;
import static dev.pamphlet.build.AwkwardInputsTest.withoutSectionNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.check.PictureFiles;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.memory.BuildMemory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture on a page is written with its size, so the text does not jump while it loads; the pictures after the
 * first load as the reader scrolls to them; a heavy picture is a warning and one that cannot be read an error, each
 * at the line that shows it.
 */
class PicturesOnPagesTest {
    @TempDir
    Path dir;

    private Path content;

    @BeforeEach
    void clinic() throws IOException {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Files.createDirectories(content.resolve("care/photos"));
    }

    private void page(String body) throws IOException {
        Files.writeString(content.resolve("care/pictures.md"), article("Pictures", "", body));
    }

    private Elements pictures(String page) throws IOException {
        return Jsoup.parse(dir.resolve("site").resolve(page).toFile()).select("main img");
    }

    @Test
    void everyPictureHasItsSizeAndThoseAfterTheFirstLoadLazily() throws IOException {
        Files.write(content.resolve("care/photos/room.jpg"), PictureFiles.drawn("jpg", 640, 480));
        Files.write(content.resolve("care/photos/chart.png"), PictureFiles.drawn("png", 300, 200));
        // A JPEG saved with the name of a PNG: its size is read from what it is.
        Files.write(content.resolve("care/photos/misnamed.png"), PictureFiles.drawn("jpg", 90, 60));
        page("![The waiting room](photos/room.jpg)\n\nVisits ![by hour](photos/chart.png \"Visits\").\n\n"
                + "![Misnamed][m]\n\n[m]: photos/misnamed.png\n");

        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        Elements imgs = pictures("care/pictures.html");
        assertThat(imgs.eachAttr("src")).containsExactly("photos/room.jpg", "photos/chart.png", "photos/misnamed.png");
        assertThat(imgs.eachAttr("width")).containsExactly("640", "300", "90");
        assertThat(imgs.eachAttr("height")).containsExactly("480", "200", "60");
        Element first = imgs.get(0);
        assertThat(first.hasAttr("loading"))
                .as("the first picture may be on the first screen")
                .isFalse();
        assertThat(first.hasAttr("decoding")).isFalse();
        assertThat(imgs.subList(1, 3)).allSatisfy(img -> {
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.attr("decoding")).isEqualTo("async");
        });
        assertThat(imgs.get(1).attr("title")).isEqualTo("Visits");
        // Each page counts its own pictures: the opening-hours page's only picture is its first.
        Element sign = pictures("opening-hours.html").first();
        assertThat(sign.attr("width")).isEqualTo("4");
        assertThat(sign.attr("height")).isEqualTo("3");
        assertThat(sign.hasAttr("loading")).isFalse();
        // The width and height give the picture's shape; the style sheet lets it shrink to a phone's width.
        String css = Files.readString(dir.resolve("site/assets/style.css"));
        assertThat(css).containsPattern("img \\{\\s*max-width: 100%;\\s*height: auto;");
    }

    @Test
    void aPictureHeavierThanTheLimitIsAWarningAtTheLineThatShowsIt() throws IOException {
        Path heavy = content.resolve("care/photos/heavy.png");
        Files.write(heavy, PictureFiles.pngClaiming(1200, 900));
        try (RandomAccessFile file = new RandomAccessFile(heavy.toFile(), "rw")) {
            file.setLength(600 * 1024); // sparse: the disk holds almost none of it
        }
        Files.write(content.resolve("care/photos/light.png"), PictureFiles.drawn("png", 40, 30));
        page("Light: ![a drawing](photos/light.png)\n\nHeavy: ![a photo](photos/heavy.png)\n");

        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        assertThat(result.succeeded()).isTrue();
        List<Diagnostic> problems = withoutSectionNotes(result);
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.file()).endsWith("care/pictures.md");
            assertThat(d.line()).isEqualTo(13);
            assertThat(d.column()).isEqualTo(8);
            assertThat(d.message())
                    .isEqualTo("picture 'photos/heavy.png' is 600 KB (1200 × 900 pixels), more than the 500 KB of"
                            + " max_picture_kb in site.yml");
            assertThat(d.hint()).contains("at most 2000 pixels across").contains("max_picture_kb");
        });
        assertThat(pictures("care/pictures.html").eachAttr("width")).containsExactly("40", "1200");

        // The site may set its own limit.
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml) + "max_picture_kb: 700\n");
        assertThat(withoutSectionNotes(SiteFixtures.build(content, dir.resolve("site-2"))))
                .isEmpty();
        Files.writeString(yml, Files.readString(yml).replace("max_picture_kb: 700", "max_picture_kb: 5"));
        assertThat(withoutSectionNotes(SiteFixtures.build(content, dir.resolve("site-3"))))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("max_picture_kb"));
    }

    @Test
    void aPictureThatCannotBeReadIsAnErrorAtItsLineAndThePublishedSiteStays() throws IOException {
        page("Before.\n\n![A sign](photos/sign.png)\n");
        Files.write(content.resolve("care/photos/sign.png"), PictureFiles.drawn("png", 40, 30));
        assertThat(SiteFixtures.build(content, dir.resolve("site")).succeeded()).isTrue();
        Map<String, String> published = files(dir.resolve("site"));

        byte[] whole = PictureFiles.drawn("png", 40, 30);
        Files.write(content.resolve("care/photos/sign.png"), java.util.Arrays.copyOf(whole, 12)); // cut short
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));

        assertThat(result.succeeded()).isFalse();
        assertThat(withoutSectionNotes(result)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.file()).endsWith("care/pictures.md");
            assertThat(d.line()).isEqualTo(13);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message())
                    .isEqualTo("picture 'photos/sign.png' cannot be read: its file is not a whole PNG, JPEG, GIF or"
                            + " WebP picture");
            assertThat(d.hint()).contains("save it again");
        });
        assertThat(files(dir.resolve("site"))).isEqualTo(published);
    }

    @Test
    void pagesWithoutPicturesAreWrittenAsBeforeWhateverPicturesTheFolderHolds() throws IOException {
        page("No pictures here, only [a link](photos/notes.txt).\n");
        Files.writeString(content.resolve("care/photos/notes.txt"), "Notes.");
        Files.delete(content.resolve("images/sign.png"));
        Files.writeString(
                content.resolve("opening-hours.md"),
                Files.readString(content.resolve("opening-hours.md"))
                        .replace("![A sign showing the opening hours](images/sign.png)", "A sign shows the hours."));
        assertThat(SiteFixtures.build(content, dir.resolve("site")).succeeded()).isTrue();

        // Pictures no page shows, one of them broken, change nothing on the pages and are no problem of theirs.
        Files.write(content.resolve("care/photos/unused.png"), new byte[] {1, 2, 3});
        Files.write(content.resolve("care/photos/big.jpg"), PictureFiles.drawn("jpg", 2400, 1800));
        BuildResult again = SiteFixtures.build(content, dir.resolve("site-2"));

        assertThat(again.succeeded()).isTrue();
        assertThat(withoutSectionNotes(again)).isEmpty();
        Map<String, String> before = pages(dir.resolve("site"));
        assertThat(before).isNotEmpty();
        assertThat(pages(dir.resolve("site-2"))).isEqualTo(before);
        assertThat(String.join("", before.values())).doesNotContain("loading=\"lazy\"");
    }

    @Test
    void aRebuildFromTheCacheWritesAChangedPicturesNewSize() throws IOException {
        Files.write(content.resolve("care/photos/chart.png"), PictureFiles.drawn("png", 300, 200));
        page("![A chart](photos/chart.png)\n");
        Path cache = dir.resolve("cache");
        new Build(SiteFixtures.options(content, dir.resolve("site")), BuildMemory.onDisk(cache)).run();
        assertThat(pictures("care/pictures.html").eachAttr("width")).containsExactly("300");

        Files.write(content.resolve("care/photos/chart.png"), PictureFiles.drawn("png", 500, 250));
        BuildResult rebuilt =
                new Build(SiteFixtures.options(content, dir.resolve("site")), BuildMemory.onDisk(cache)).run();

        assertThat(rebuilt.succeeded()).isTrue();
        assertThat(pictures("care/pictures.html").eachAttr("width")).containsExactly("500");
        assertThat(pictures("care/pictures.html").eachAttr("height")).containsExactly("250");
    }

    /** The HTML pages of a built site, by path. */
    private static Map<String, String> pages(Path site) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        files(site).forEach((path, text) -> {
            if (path.endsWith(".html")) {
                pages.put(path, text);
            }
        });
        return pages;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(
                        root.relativize(p).toString(),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}

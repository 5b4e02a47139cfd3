package dev.pamphlet.build;

import static dev.pamphlet.build.AwkwardInputsTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.check.PictureFiles;
import dev.pamphlet.memory.BuildMemory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large photo on a page gets smaller copies beside it, listed in its {@code srcset}, so a phone loads one the
 * width of its screen; each copy is made once, and taken from the build cache by later builds.
 */
class PictureCopiesTest {
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

    private List<Element> pictures(Path site) throws IOException {
        return Jsoup.parse(site.resolve("care/pictures.html").toFile()).select("main img");
    }

    private BuildResult build(Path site, Path cache) {
        return new Build(SiteFixtures.options(content, site), BuildMemory.onDisk(cache)).run();
    }

    @Test
    void aLargePhotoGetsSmallerCopiesInItsSrcsetAndASmallPictureNone() throws IOException {
        Files.write(content.resolve("care/photos/ward.jpg"), PictureFiles.photo("jpg", 3000, 2000, 1));
        Files.write(content.resolve("care/photos/map.png"), PictureFiles.photo("png", 1600, 1000, 2));
        Files.write(content.resolve("care/photos/chart.png"), PictureFiles.drawn("png", 600, 400));
        page("![The ward](photos/ward.jpg)\n\n![A map][map]\n\n![A chart](photos/chart.png)\n\n"
                + "[map]: photos/map.png\n");

        Path site = dir.resolve("site");
        BuildResult result = SiteFixtures.build(content, site);

        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        List<Element> imgs = pictures(site);
        Element ward = imgs.get(0);
        assertThat(ward.attr("src")).isEqualTo("photos/ward.jpg");
        assertThat(ward.attr("srcset"))
                .isEqualTo("photos/ward-480w.jpg 480w, photos/ward-960w.jpg 960w, photos/ward-1440w.jpg 1440w,"
                        + " photos/ward.jpg 3000w");
        assertThat(ward.attr("sizes")).isEqualTo("(max-width: 44rem) calc(100vw - 2rem), 42rem");
        assertThat(ward.attr("width")).isEqualTo("3000");
        assertThat(ward.attr("height")).isEqualTo("2000");
        Path photos = site.resolve("care/photos");
        assertThat(size(photos.resolve("ward-480w.jpg"), "jpeg")).containsExactly(480, 320);
        assertThat(size(photos.resolve("ward-960w.jpg"), "jpeg")).containsExactly(960, 640);
        assertThat(size(photos.resolve("ward-1440w.jpg"), "jpeg")).containsExactly(1440, 960);
        // A phone 375 CSS pixels wide at 2 device pixels each needs at most 750 pixels: it takes the 960 copy.
        assertThat(pick(ward.attr("srcset"), 375 * 2)).isEqualTo("photos/ward-960w.jpg");
        assertThat(Files.size(photos.resolve("ward-960w.jpg"))).isLessThan(Files.size(photos.resolve("ward.jpg")) / 4);

        // A PNG's copies are PNGs, at the widths well narrower than it.
        assertThat(imgs.get(1).attr("srcset"))
                .isEqualTo("photos/map-480w.png 480w, photos/map-960w.png 960w, photos/map.png 1600w");
        assertThat(size(photos.resolve("map-960w.png"), "png")).containsExactly(960, 600);
        assertThat(photos.resolve("map-1440w.png")).doesNotExist();

        Element chart = imgs.get(2);
        assertThat(chart.hasAttr("srcset")).isFalse();
        assertThat(chart.hasAttr("sizes")).isFalse();
        assertThat(chart.attr("width")).isEqualTo("600");
        try (Stream<Path> files = Files.list(photos)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("chart")))
                    .containsExactly("chart.png");
        }
    }

    @Test
    void copiesAreMadeOnceAndMadeAgainWhenThePictureChanges() throws IOException {
        Path ward = content.resolve("care/photos/ward.jpg");
        Files.write(ward, PictureFiles.photo("jpg", 3000, 2000, 1));
        page("![The ward](photos/ward.jpg)\n");
        Path cache = dir.resolve("cache");
        Path site = dir.resolve("site");

        assertThat(build(site, cache).details()).contains("scaled 3 smaller copies of large pictures for phones");
        byte[] copy = Files.readAllBytes(site.resolve("care/photos/ward-960w.jpg"));

        // Another page changed: the build renders, and takes the copies from the cache.
        Files.writeString(content.resolve("opening-hours.md"), "\nMore.\n", java.nio.file.StandardOpenOption.APPEND);
        BuildResult again = build(site, cache);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.details()).noneMatch(d -> d.startsWith("scaled"));
        assertThat(Files.readAllBytes(site.resolve("care/photos/ward-960w.jpg")))
                .isEqualTo(copy);
        // So does a build into another folder.
        BuildResult elsewhere = build(dir.resolve("site-2"), cache);
        assertThat(elsewhere.details()).noneMatch(d -> d.startsWith("scaled"));
        assertThat(pictures(dir.resolve("site-2")).get(0).attr("srcset")).contains("photos/ward-960w.jpg 960w");
        assertThat(Files.readAllBytes(dir.resolve("site-2/care/photos/ward-960w.jpg")))
                .isEqualTo(copy);

        // A new photo under the same name: new copies, of its own size.
        Files.write(ward, PictureFiles.photo("jpg", 2400, 1600, 7));
        BuildResult changed = build(site, cache);
        assertThat(changed.details()).contains("scaled 3 smaller copies of large pictures for phones");
        assertThat(Files.readAllBytes(site.resolve("care/photos/ward-960w.jpg")))
                .isNotEqualTo(copy);
        assertThat(size(site.resolve("care/photos/ward-1440w.jpg"), "jpeg")).containsExactly(1440, 960);
        assertThat(pictures(site).get(0).attr("srcset")).endsWith("photos/ward.jpg 2400w");

        // The photo taken out: its copies go with it.
        page("No photo now.\n");
        Files.delete(ward);
        assertThat(build(site, cache).succeeded()).isTrue();
        try (Stream<Path> files = Files.list(site.resolve("care"))) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("photos");
        }
    }

    /** The width and height of the picture at {@code file}, read back as a {@code format} picture. */
    private static int[] size(Path file, String format) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            assertThat(reader.getFormatName()).isEqualToIgnoringCase(format);
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            reader.dispose();
            return new int[] {image.getWidth(), image.getHeight()};
        }
    }

    /** What a browser takes from {@code srcset} for a slot {@code pixels} device pixels wide: the narrowest wide enough. */
    private static String pick(String srcset, int pixels) {
        return Arrays.stream(srcset.split(",\\s*"))
                .map(entry -> entry.split(" "))
                .filter(entry -> Integer.parseInt(entry[1].replace("w", "")) >= pixels)
                .min(Comparator.comparingInt(entry -> Integer.parseInt(entry[1].replace("w", ""))))
                .map(entry -> entry[0])
                .orElseThrow();
    }
}

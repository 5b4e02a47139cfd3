package dev.pamphlet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.source.PictureHeader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture's size is read from its header alone, as a decoder would find it, whatever the file claims. */
class PictureHeaderTest {
    @TempDir
    Path dir;

    private Optional<PictureHeader> header(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return PictureHeader.read(file);
    }

    /** ImageIO's readers are the oracle: they read the same header a renderer would decode by. */
    @Test
    void realPicturesMeasureAsImageIoReadsThem() throws IOException {
        Random random = new Random(1127);
        for (String format : new String[] {"png", "jpg", "gif"}) {
            for (int i = 0; i < 5; i++) {
                int width = 1 + random.nextInt(900);
                int height = 1 + random.nextInt(900);
                Path file = dir.resolve("p" + i + "." + format);
                Files.write(file, PictureFiles.drawn(format, width, height));
                PictureHeader header = PictureHeader.read(file).orElseThrow();
                assertThat(new long[] {header.width(), header.height()})
                        .as("%s %dx%d", format, width, height)
                        .containsExactly(width, height)
                        .containsExactly(imageIoSize(file));
            }
        }
    }

    private static long[] imageIoSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new long[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    @Test
    void aHeaderIsBelievedWhateverFollowsIt() throws IOException {
        assertThat(header("huge.png", PictureFiles.pngClaiming(100_000, 100_000)))
                .contains(new PictureHeader("PNG", 100_000, 100_000));
        assertThat(header("huge.png", PictureFiles.pngClaiming(0xFFFF_FFFFL, 3)))
                .contains(new PictureHeader("PNG", 0xFFFF_FFFFL, 3));
        assertThat(header("huge.jpg", PictureFiles.jpegClaiming(60_000, 50_000)))
                .contains(new PictureHeader("JPEG", 60_000, 50_000));
        assertThat(header("huge.webp", PictureFiles.webpClaiming(16_384, 16_384)))
                .contains(new PictureHeader("WebP", 16_384, 16_384));
    }

    @Test
    void aGifCountsItsFirstFrameWhenItIsLargerThanItsScreen() throws IOException {
        assertThat(header("frame.gif", PictureFiles.gifWithFrame(60_000, 40_000)))
                .contains(new PictureHeader("GIF", 60_000, 40_000));
    }

    @Test
    void theFormatIsTheFilesNotItsNames() throws IOException {
        assertThat(header("photo.png", PictureFiles.drawn("jpg", 40, 30))).contains(new PictureHeader("JPEG", 40, 30));
    }

    @Test
    void aFileInNoKnownFormatOrCutShortHasNoSize() throws IOException {
        assertThat(header("notes.png", "not a picture at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(header("empty.png", new byte[0])).isEmpty();
        byte[] png = PictureFiles.pngClaiming(10, 10);
        assertThat(header("cut.png", Arrays.copyOf(png, 20))).isEmpty();
        byte[] jpeg = PictureFiles.jpegClaiming(10, 10);
        assertThat(header("cut.jpg", Arrays.copyOf(jpeg, 8))).isEmpty();
    }

    @Test
    void aPictureOverEitherLimitIsTooLargeAndNotDecodable() throws IOException {
        Pictures pictures = new Pictures(dir);
        Files.write(dir.resolve("fits.png"), PictureFiles.drawn("png", 800, 600));
        Files.write(dir.resolve("wide.png"), PictureFiles.pngClaiming(10_000, 5_001));
        Files.write(dir.resolve("unknown.png"), new byte[] {1, 2, 3});
        Path heavy = dir.resolve("heavy.png");
        Files.write(heavy, PictureFiles.pngClaiming(100, 100));
        try (RandomAccessFile file = new RandomAccessFile(heavy.toFile(), "rw")) {
            file.setLength(Pictures.MAX_BYTES + 1); // sparse: the disk holds almost none of it
        }
        assertThat(pictures.measure("fits.png").tooLarge()).isEmpty();
        assertThat(pictures.measure("fits.png").decodable()).isTrue();
        assertThat(pictures.measure("wide.png").tooLarge())
                .contains("is 10000 × 5001 pixels (50.1 megapixels), more than the 50 megapixels a page can take");
        assertThat(pictures.measure("wide.png").decodable()).isFalse();
        assertThat(pictures.measure("heavy.png").tooLarge())
                .contains("is 10.1 MB, more than the 10 MB a page can take");
        assertThat(pictures.measure("unknown.png").tooLarge()).isEmpty();
        assertThat(pictures.measure("unknown.png").decodable())
                .as("never decoded unmeasured")
                .isFalse();
    }
}

package dev.pamphlet.leaflet;

import dev.pamphlet.source.PictureScaler;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A picture at the size it prints: no wider than the leaflet's text (174 mm of A4 between its margins) at 200 dots
 * per inch, so a photo straight from a camera does not make a leaflet of its own weight. A picture already that
 * small, or one Java cannot read (a GIF, a CMYK JPEG), is embedded as it is.
 * Changing what this does changes the PDFs: bump {@link PdfRenderer#FORMAT}.
 */
final class PrintPictures {
    /** 174 mm at 200 dpi. */
    static final int MOST_PIXELS_WIDE = 1370;

    private PrintPictures() {}

    /** The bytes to embed for the picture at {@code file} of MIME type {@code type}. */
    static byte[] forPrint(Path file, String type) throws IOException {
        byte[] original = Files.readAllBytes(file);
        boolean jpeg = type.equals("image/jpeg");
        if (!jpeg && !type.equals("image/png")) {
            return original;
        }
        try {
            BufferedImage image = PictureScaler.read(file, MOST_PIXELS_WIDE);
            if (image == null || image.getWidth() <= MOST_PIXELS_WIDE) {
                return original;
            }
            BufferedImage scaled = PictureScaler.resized(image, MOST_PIXELS_WIDE, jpeg);
            byte[] smaller = jpeg ? PictureScaler.jpeg(scaled, 0.85f) : PictureScaler.png(scaled);
            return smaller.length < original.length ? smaller : original;
        } catch (IOException | RuntimeException e) {
            return original; // not a picture Java reads: the renderer gets it as the site has it
        }
    }
}

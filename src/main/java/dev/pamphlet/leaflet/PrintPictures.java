package dev.pamphlet.leaflet;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

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
            BufferedImage image = read(file);
            if (image == null || image.getWidth() <= MOST_PIXELS_WIDE) {
                return original;
            }
            int height =
                    Math.max(1, (int) Math.round((double) image.getHeight() * MOST_PIXELS_WIDE / image.getWidth()));
            BufferedImage scaled = new BufferedImage(
                    MOST_PIXELS_WIDE, height, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, MOST_PIXELS_WIDE, height, null);
            g.dispose();
            byte[] smaller = jpeg ? jpeg(scaled) : png(scaled);
            return smaller.length < original.length ? smaller : original;
        } catch (IOException | RuntimeException e) {
            return original; // not a picture Java reads: the renderer gets it as the site has it
        }
    }

    /**
     * The picture, read at every n-th pixel when it is at least twice as wide as it prints, so a large photo is
     * never decoded whole.
     */
    private static BufferedImage read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, width / MOST_PIXELS_WIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

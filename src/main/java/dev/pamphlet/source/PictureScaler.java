package dev.pamphlet.source;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Pictures made smaller with the JDK's own ImageIO, for a leaflet's print size and a page's smaller copies: read
 * at every n-th pixel when far larger than needed, so a large photo is never decoded whole, then scaled down with
 * bicubic interpolation, halving first while still more than twice as wide, so fine lines do not break up.
 */
public final class PictureScaler {
    private PictureScaler() {}

    /**
     * The picture at {@code file}, read at every n-th pixel across and down where that still leaves it at least
     * {@code wide} pixels across; null when it is in no format Java reads.
     *
     * @throws IOException when it cannot be read or decoded (cut short, or a CMYK JPEG)
     */
    public static BufferedImage read(Path file, int wide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, reader.getWidth(0) / wide);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * {@code image} made {@code width} pixels wide, its height in proportion; {@code opaque} for a JPEG (no
     * transparency), else with the picture's transparency kept.
     */
    public static BufferedImage resized(BufferedImage image, int width, boolean opaque) {
        int type = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        BufferedImage current = image;
        while (current.getWidth() >= 2 * width) {
            current = drawn(current, current.getWidth() / 2, heightAt(current, current.getWidth() / 2), type);
        }
        return drawn(current, width, heightAt(current, width), type);
    }

    private static int heightAt(BufferedImage image, int width) {
        return Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
    }

    private static BufferedImage drawn(BufferedImage image, int width, int height, int type) {
        BufferedImage scaled = new BufferedImage(width, height, type);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    /** {@code image} as a JPEG of {@code quality} (0 to 1). */
    public static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** {@code image} as a PNG. */
    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

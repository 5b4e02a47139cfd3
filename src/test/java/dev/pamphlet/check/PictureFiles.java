package dev.pamphlet.check;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Picture files for tests: real ones drawn with ImageIO, and ones whose header claims any size at all with
 * almost nothing after it, as a hostile or broken file would (no test needs a file of 100 MB).
 */
public final class PictureFiles {
    private PictureFiles() {}

    /** A PNG claiming {@code width} × {@code height} pixels, with a few bytes of compressed data. */
    public static byte[] pngClaiming(long width, long height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt((int) width)
                .putInt((int) height)
                .put((byte) 8)
                .put((byte) 2)
                .put(new byte[3]);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[16]);
        deflater.finish();
        byte[] data = new byte[64];
        int n = deflater.deflate(data);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A JPEG that opens with an application segment (as cameras write EXIF), then a frame of the given size. */
    public static byte[] jpegClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put((byte) 0xFF).put((byte) 0xD8);
        b.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) 10)
                .put("Exif\0\0abc".getBytes(StandardCharsets.ISO_8859_1), 0, 8);
        b.put((byte) 0xFF).put((byte) 0xFF); // a fill byte before the next marker
        b.put((byte) 0xC0)
                .putShort((short) 11)
                .put((byte) 8)
                .putShort((short) height)
                .putShort((short) width);
        b.put((byte) 1).put((byte) 1).put((byte) 0x11).put((byte) 0);
        b.put((byte) 0xFF).put((byte) 0xD9);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** A GIF whose screen is small but whose first frame, after an extension, claims the given size. */
    public static byte[] gifWithFrame(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put("GIF89a".getBytes(StandardCharsets.ISO_8859_1));
        b.putShort((short) 10)
                .putShort((short) 10)
                .put((byte) 0x80)
                .put((byte) 0)
                .put((byte) 0);
        b.put(new byte[6]); // a global colour table of two colours
        b.put((byte) 0x21).put((byte) 0xF9).put((byte) 4).put(new byte[4]).put((byte) 0); // graphic control
        b.put((byte) 0x2C)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) width)
                .putShort((short) height);
        b.put((byte) 0).put((byte) 2).put((byte) 0).put((byte) 0x3B);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** An extended WebP (VP8X) whose canvas is the given size. */
    public static byte[] webpClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.ISO_8859_1))
                .putInt(22)
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        b.put("VP8X".getBytes(StandardCharsets.ISO_8859_1)).putInt(10).putInt(0);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }

    /** A real picture drawn in {@code format} (png, jpg, gif), as an image editor would save it. */
    public static byte[] drawn(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x005EB8));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A picture with a photograph's fine detail (soft shading and grain, from {@code seed}), which a JPEG cannot
     * squeeze to nothing as it does a flat drawing, in {@code format} (png, jpg).
     */
    public static byte[] photo(String format, int width, int height, long seed) {
        int[] pixels = new int[width * height];
        java.util.Random grain = new java.util.Random(seed);
        for (int y = 0; y < height; y++) {
            int down = (int) (30 * Math.cos(y / 70.0));
            for (int x = 0; x < width; x++) {
                int shade = 60 + (int) (40 * Math.sin(x / 90.0 + seed)) + down;
                int n = grain.nextInt(24);
                pixels[y * width + x] = clamp(shade + n) << 16 | clamp(shade + 50 + n) << 8 | clamp(200 - shade + n);
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

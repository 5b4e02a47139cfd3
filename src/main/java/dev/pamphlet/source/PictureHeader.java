package dev.pamphlet.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A picture's width and height as its file's header states them, read without decoding a pixel: PNG, JPEG, GIF
 * and WebP, recognised by their first bytes whatever the file's name says. A decoder allocates what the header
 * claims, so the header is what must be believed before anything decodes the picture.
 *
 * @param format the format the header is in, e.g. {@code PNG}
 */
public record PictureHeader(String format, long width, long height) {

    public long pixels() {
        return width * height;
    }

    /** The header of {@code file}; empty when it is in none of the formats known here, or is cut short. */
    public static Optional<PictureHeader> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer start = bytes(channel, 0, 32);
            if (startsWith(start, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return png(start);
            }
            if (startsWith(start, 0xFF, 0xD8)) {
                return jpeg(channel);
            }
            if (startsWith(start, 'G', 'I', 'F', '8')) {
                return gif(channel, start);
            }
            if (startsWith(start, 'R', 'I', 'F', 'F') && text(start, 8, 4).equals("WEBP")) {
                return webp(start);
            }
            return Optional.empty();
        }
    }

    /** The first chunk is IHDR: width and height, four bytes each, big-endian. */
    private static Optional<PictureHeader> png(ByteBuffer b) {
        if (b.limit() < 24 || !text(b, 12, 4).equals("IHDR")) {
            return Optional.empty();
        }
        return Optional.of(
                new PictureHeader("PNG", Integer.toUnsignedLong(b.getInt(16)), Integer.toUnsignedLong(b.getInt(20))));
    }

    /** Segments up to the first start of frame (SOFn), whose size is the picture's; each segment says its length. */
    private static Optional<PictureHeader> jpeg(FileChannel channel) throws IOException {
        long at = 2;
        while (true) {
            ByteBuffer marker = bytes(channel, at, 2);
            if (marker.limit() < 2 || (marker.get(0) & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int code = marker.get(1) & 0xFF;
            if (code == 0xFF) {
                at++; // fill byte before a marker
                continue;
            }
            if (code == 0x01 || (code >= 0xD0 && code <= 0xD7)) {
                at += 2; // markers without a length
                continue;
            }
            if (code == 0xD9 || code == 0xDA) {
                return Optional.empty(); // the image data began before any frame said its size
            }
            ByteBuffer segment = bytes(channel, at + 2, 7);
            if (segment.limit() < 2) {
                return Optional.empty();
            }
            int length = segment.getShort(0) & 0xFFFF;
            boolean frame = code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
            if (frame) {
                if (segment.limit() < 7) {
                    return Optional.empty();
                }
                long height = segment.getShort(3) & 0xFFFF;
                long width = segment.getShort(5) & 0xFFFF;
                // A height of 0 is given later in the data (a DNL marker): unknown until decoded.
                return height == 0 ? Optional.empty() : Optional.of(new PictureHeader("JPEG", width, height));
            }
            if (length < 2) {
                return Optional.empty();
            }
            at += 2 + length;
        }
    }

    /**
     * The logical screen, and the first frame, which may be larger: a decoder allocates the frame's size, so the
     * larger of the two counts.
     */
    private static Optional<PictureHeader> gif(FileChannel channel, ByteBuffer start) throws IOException {
        if (start.limit() < 13) {
            return Optional.empty();
        }
        ByteBuffer le = start.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        long width = le.getShort(6) & 0xFFFF;
        long height = le.getShort(8) & 0xFFFF;
        int flags = start.get(10) & 0xFF;
        long at = 13 + ((flags & 0x80) != 0 ? 3L << ((flags & 0x07) + 1) : 0);
        while (true) {
            ByteBuffer block = bytes(channel, at, 10).order(ByteOrder.LITTLE_ENDIAN);
            if (block.limit() < 1) {
                return Optional.of(new PictureHeader("GIF", width, height));
            }
            int kind = block.get(0) & 0xFF;
            if (kind == 0x2C && block.limit() >= 10) {
                long frameWidth = (block.getShort(1) & 0xFFFF) + (long) (block.getShort(5) & 0xFFFF);
                long frameHeight = (block.getShort(3) & 0xFFFF) + (long) (block.getShort(7) & 0xFFFF);
                return Optional.of(
                        new PictureHeader("GIF", Math.max(width, frameWidth), Math.max(height, frameHeight)));
            }
            if (kind != 0x21 || block.limit() < 2) {
                return Optional.of(new PictureHeader("GIF", width, height));
            }
            at += 2; // an extension: its label, then sub-blocks, each led by its size, up to an empty one
            while (true) {
                ByteBuffer size = bytes(channel, at, 1);
                if (size.limit() < 1) {
                    return Optional.of(new PictureHeader("GIF", width, height));
                }
                int n = size.get(0) & 0xFF;
                at += 1 + n;
                if (n == 0) {
                    break;
                }
            }
        }
    }

    /** Lossy (VP8), lossless (VP8L) or extended (VP8X, with the canvas size): each says its size its own way. */
    private static Optional<PictureHeader> webp(ByteBuffer b) {
        if (b.limit() < 30) {
            return Optional.empty();
        }
        ByteBuffer le = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        switch (text(b, 12, 4)) {
            case "VP8X" -> {
                long width = 1 + ((b.get(24) & 0xFF) | (b.get(25) & 0xFF) << 8 | (b.get(26) & 0xFF) << 16);
                long height = 1 + ((b.get(27) & 0xFF) | (b.get(28) & 0xFF) << 8 | (b.get(29) & 0xFF) << 16);
                return Optional.of(new PictureHeader("WebP", width, height));
            }
            case "VP8L" -> {
                long bits = Integer.toUnsignedLong(le.getInt(21));
                return Optional.of(new PictureHeader("WebP", 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)));
            }
            case "VP8 " -> {
                return Optional.of(new PictureHeader("WebP", le.getShort(26) & 0x3FFF, le.getShort(28) & 0x3FFF));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Up to {@code n} bytes from {@code at}; fewer at the end of the file. */
    private static ByteBuffer bytes(FileChannel channel, long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining() && channel.read(b, at + b.position()) > 0) {
            // reads until full or at the end
        }
        return b.flip();
    }

    private static boolean startsWith(ByteBuffer b, int... expected) {
        if (b.limit() < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b.get(i) & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(ByteBuffer b, int at, int length) {
        if (b.limit() < at + length) {
            return "";
        }
        byte[] out = new byte[length];
        b.get(at, out);
        return new String(out, StandardCharsets.ISO_8859_1);
    }
}

package dev.pamphlet.build;

import dev.pamphlet.check.Pictures;
import dev.pamphlet.markdown.PagePictures;
import dev.pamphlet.memory.PictureCopyCache;
import dev.pamphlet.output.OutputSink;
import dev.pamphlet.site.Page;
import dev.pamphlet.source.PictureHeader;
import dev.pamphlet.source.PictureScaler;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smaller copies of the large pictures a site's pages show, written beside each picture ({@code room.jpg} has
 * {@code room-480w.jpg}, {@code room-960w.jpg}, ...), so a phone loads a copy the width of its screen, not a photo
 * made for a large one. Each copy is made once: it is kept in the build cache by a hash of the picture's bytes, and
 * a later build, into any folder, takes it from there. Made as each page asks for its pictures, each picture once
 * however many pages show it, so a page only ever lists copies that are written.
 */
final class PictureCopies {
    /** The widths of the copies: a phone (375 CSS pixels at 2 device pixels each), a tablet or laptop, a large screen. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1440);
    /** A picture at most this wide gets no copies: what a copy saves is not worth another file. */
    static final int WIDER_THAN = 1200;

    static final float JPEG_QUALITY = 0.82f;
    /** Part of every copy's name in the cache: changing how copies are made makes them again. */
    private static final String FORMAT = "1";

    private final Path contentDir;
    private final Pictures measured;
    private final Set<String> staticFiles;
    private final OutputSink sink;
    private final PictureCopyCache cache;
    private final Map<String, List<Long>> made = new ConcurrentHashMap<>();
    private final AtomicInteger scaled = new AtomicInteger();

    /**
     * @param staticFiles the site's files: a copy is never written over one of them
     * @param sink        where the copies go; none are made when it writes nothing (a check)
     */
    PictureCopies(
            Path contentDir, Pictures measured, Set<String> staticFiles, OutputSink sink, PictureCopyCache cache) {
        this.contentDir = contentDir;
        this.measured = measured;
        this.staticFiles = staticFiles;
        this.sink = sink;
        this.cache = cache;
    }

    /** How many copies this build scaled rather than took from the cache. */
    int scaled() {
        return scaled.get();
    }

    /** The widths of the copies written of the picture at {@code path} (relative to the content folder). */
    List<Long> of(String path) {
        return made.computeIfAbsent(path, this::make);
    }

    /** Drops the copies no build used for a while from the cache. */
    void tidy() {
        cache.tidy();
    }

    /** The widths a picture of this width gets copies at: those well narrower than it, for one wider than the limit. */
    static List<Integer> widthsFor(long width) {
        if (width <= WIDER_THAN) {
            return List.of();
        }
        return WIDTHS.stream().filter(w -> w * 5L <= width * 4).toList();
    }

    private List<Long> make(String path) {
        Pictures.Measure measure = measured.measure(path);
        Optional<PictureHeader> header = measure.header();
        if (!measure.decodable()) {
            return List.of();
        }
        boolean jpeg = header.get().format().equals("JPEG");
        if (!jpeg && !header.get().format().equals("PNG")) {
            return List.of(); // a GIF may move and a WebP is small already; an SVG has no pixels
        }
        List<Integer> widths = widthsFor(header.get().width()).stream()
                .filter(w -> !staticFiles.contains(PagePictures.copyName(path, w)))
                .toList();
        if (widths.isEmpty()) {
            return List.of();
        }
        Map<Integer, byte[]> copies = copies(path, jpeg, widths);
        List<Long> written = new ArrayList<>();
        try {
            for (Map.Entry<Integer, byte[]> copy : copies.entrySet()) {
                sink.write(PagePictures.copyName(Page.outputPathOfFile(path), copy.getKey()), copy.getValue());
                written.add((long) copy.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(written);
    }

    /**
     * The copies of the picture at {@code path}, by width, narrowest first: from the cache, or scaled (then kept
     * there); none when Java cannot decode it (a CMYK JPEG), and none at a width where it is not smaller than the
     * picture itself (a drawing may be).
     */
    private Map<Integer, byte[]> copies(String path, boolean jpeg, List<Integer> widths) {
        Map<Integer, byte[]> copies = new java.util.TreeMap<>();
        try {
            Path file = contentDir.resolve(path);
            byte[] original = Files.readAllBytes(file);
            String hash = hash(original);
            String ending = jpeg ? ".jpg" : ".png";
            BufferedImage image = null;
            for (int width : widths) {
                String name = hash + "-" + width + "w-" + FORMAT + ending;
                Optional<byte[]> copy = cache.find(name);
                if (copy.isEmpty()) {
                    if (image == null) {
                        image = PictureScaler.read(file, 2 * widths.get(widths.size() - 1));
                        if (image == null) {
                            return Map.of();
                        }
                    }
                    BufferedImage smaller = PictureScaler.resized(image, width, jpeg);
                    copy = Optional.of(jpeg ? PictureScaler.jpeg(smaller, JPEG_QUALITY) : PictureScaler.png(smaller));
                    scaled.incrementAndGet();
                    cache.keep(name, copy.get());
                }
                if (copy.get().length < original.length) {
                    copies.put(width, copy.get());
                }
            }
            return copies;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // the page shows the picture as it is
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

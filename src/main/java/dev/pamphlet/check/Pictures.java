package dev.pamphlet.check;

import dev.pamphlet.source.PictureHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pictures of the content folder, measured from their headers, each once, and held to the limits a build can
 * afford. A PDF leaflet embeds every picture of its page, and its renderer may decode each whole: a header
 * claiming 100,000 × 100,000 pixels is 40 GB once decoded. An embedded picture also costs the leaflet about twenty
 * times its file's size in memory while it is made (it is carried as text through the print HTML), so five
 * 100 MB photographs on one page exhaust the memory of the machine building it. No reader needs such a picture:
 * a page shows at most about 2,000 pixels across, and a phone on a slow connection pays for every byte.
 */
public final class Pictures {
    /** 50 megapixels: a 48-megapixel phone photograph (8000 × 6000) fits; 200 MB once decoded. */
    public static final long MAX_PIXELS = 50_000_000L;
    /**
     * 10 MB: a 12-megapixel photograph saved as a JPEG is 3 to 5 MB. Five pictures this size on one page make
     * their leaflets in a heap of 1 GB, the default of a machine with 4 GB of memory.
     */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Path contentDir;
    private final Map<String, Measure> measured = new ConcurrentHashMap<>();

    public Pictures(Path contentDir) {
        this.contentDir = contentDir;
    }

    /**
     * What a picture's file says of it.
     *
     * @param bytes  the file's size
     * @param header its header, or empty when it is in no format Pamphlet reads (or could not be read)
     */
    public record Measure(long bytes, Optional<PictureHeader> header) {

        /** Why the picture is too large for a page, in words; empty when it is not. */
        public Optional<String> tooLarge() {
            if (header.isPresent() && header.get().pixels() > MAX_PIXELS) {
                PictureHeader h = header.get();
                return Optional.of(String.format(
                        Locale.ROOT,
                        "is %d × %d pixels (%s megapixels), more than the %d megapixels a page can take",
                        h.width(),
                        h.height(),
                        megapixels(h.pixels()),
                        MAX_PIXELS / 1_000_000));
            }
            if (bytes > MAX_BYTES) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "is %s MB, more than the %d MB a page can take",
                        roundedUp(bytes / (1024.0 * 1024.0)),
                        MAX_BYTES / (1024 * 1024)));
            }
            return Optional.empty();
        }

        /** Whether a renderer may decode it: its size is known from its header, and within the limits. */
        public boolean decodable() {
            return header.isPresent() && tooLarge().isEmpty();
        }

        private static String megapixels(long pixels) {
            return roundedUp(pixels / 1_000_000.0);
        }

        /** Rounded up, so a picture just over a limit never reads as the limit itself. */
        private static String roundedUp(double amount) {
            return amount >= 1000
                    ? String.format(Locale.ROOT, "%,d", (long) Math.ceil(amount))
                    : String.format(Locale.ROOT, "%.1f", Math.ceil(amount * 10) / 10);
        }
    }

    /** The picture at {@code path} (relative to the content folder); an unreadable file measures as unknown. */
    public Measure measure(String path) {
        return measured.computeIfAbsent(path, p -> {
            Path file = contentDir.resolve(p);
            try {
                return new Measure(Files.size(file), PictureHeader.read(file));
            } catch (IOException e) {
                return new Measure(0, Optional.empty());
            }
        });
    }

    /** The hint for a picture that is too large. */
    public static String resizeHint() {
        return "resize it to at most 2000 pixels across and save it again (as a JPEG for a photograph, a PNG for a"
                + " drawing): it then loads quickly on a phone too";
    }
}

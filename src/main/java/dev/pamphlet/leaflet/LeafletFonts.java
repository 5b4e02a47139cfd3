package dev.pamphlet.leaflet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The typefaces every leaflet is set in, embedded in each PDF. The text is Atkinson Hyperlegible, drawn by the
 * Braille Institute for readers with low vision, under the SIL Open Font License 1.1 (AtkinsonHyperlegible-OFL.txt
 * beside the font files). A letter it lacks (Welsh ŵ and ŷ, Vietnamese, Romanian ș, ✓, Arabic) is taken from DejaVu
 * Sans, cut down to those letters (DejaVuSans-LICENSE.txt): the fallbacks, which the renderer uses whatever family
 * a print template names. Their bytes are part of every PDF's cache key.
 */
final class LeafletFonts {
    /**
     * The family print templates name, and the renderer's names for the generic families (serif, sans-serif,
     * monospace), so no text falls back to a built-in font, which a PDF/UA file may not use since it is not embedded.
     */
    static final List<String> FAMILIES = List.of("Atkinson Hyperlegible", "Serif", "SansSerif", "Monospaced");

    /**
     * @param family   the family a fallback is known by; null for the text face, known by {@link #FAMILIES}
     */
    record Face(String file, String family, int weight, boolean italic, byte[] bytes) {
        boolean fallback() {
            return family != null;
        }
    }

    private final List<Face> faces;

    private LeafletFonts(List<Face> faces) {
        this.faces = faces;
    }

    static LeafletFonts load() {
        return new LeafletFonts(List.of(
                face("AtkinsonHyperlegible-Regular.ttf", null, 400, false),
                face("AtkinsonHyperlegible-Bold.ttf", null, 700, false),
                face("AtkinsonHyperlegible-Italic.ttf", null, 400, true),
                face("AtkinsonHyperlegible-BoldItalic.ttf", null, 700, true),
                face("DejaVuSansLatin-Regular.ttf", "DejaVu Sans", 400, false),
                face("DejaVuSansLatin-Bold.ttf", "DejaVu Sans", 700, false),
                face("DejaVuSansLatin-Italic.ttf", "DejaVu Sans", 400, true),
                face("DejaVuSansLatin-BoldItalic.ttf", "DejaVu Sans", 700, true),
                // Arabic has no italic: its slanted text is set upright, as Arabic printing does.
                face("DejaVuSansArabic-Regular.ttf", "DejaVu Sans Arabic", 400, false),
                face("DejaVuSansArabic-Bold.ttf", "DejaVu Sans Arabic", 700, false),
                face("DejaVuSansArabic-Regular.ttf", "DejaVu Sans Arabic", 400, true),
                face("DejaVuSansArabic-Bold.ttf", "DejaVu Sans Arabic", 700, true)));
    }

    List<Face> faces() {
        return faces;
    }

    private static Face face(String file, String family, int weight, boolean italic) {
        try (InputStream in = LeafletFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the leaflet font " + file + " is missing from Pamphlet's jar");
            }
            return new Face(file, family, weight, italic, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

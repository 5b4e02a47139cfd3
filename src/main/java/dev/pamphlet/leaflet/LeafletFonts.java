package dev.pamphlet.leaflet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The typefaces every leaflet is set in, embedded in each PDF. The text is Atkinson Hyperlegible, drawn by the
 * Braille Institute for readers with low vision, under the SIL Open Font License 1.1 (AtkinsonHyperlegible-OFL.txt
 * beside the font files). A letter it lacks (Welsh ŵ and ŷ, Vietnamese, Romanian ș, →, ≤, ✓, Arabic) is taken from
 * Noto Sans and its Arabic, Math and Symbols faces, cut down to those letters and under the same licence
 * (NotoSans-OFL.txt): the fallbacks, which the renderer uses whatever family a print template names, in the order
 * listed. Their bytes are part of every PDF's cache key.
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
                face("NotoSansLatin-Regular.ttf", "Noto Sans", 400, false),
                face("NotoSansLatin-Bold.ttf", "Noto Sans", 700, false),
                face("NotoSansLatin-Italic.ttf", "Noto Sans", 400, true),
                face("NotoSansLatin-BoldItalic.ttf", "Noto Sans", 700, true),
                // Symbols and Arabic come in one or two weights and no italic: other styles use the nearest.
                // Arabic's slanted text is set upright, as Arabic printing does.
                face("NotoSansMath-Regular.ttf", "Noto Sans Math", 400, false),
                face("NotoSansMath-Regular.ttf", "Noto Sans Math", 700, false),
                face("NotoSansMath-Regular.ttf", "Noto Sans Math", 400, true),
                face("NotoSansMath-Regular.ttf", "Noto Sans Math", 700, true),
                face("NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols 2", 400, false),
                face("NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols 2", 700, false),
                face("NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols 2", 400, true),
                face("NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols 2", 700, true),
                face("NotoSansSymbols-Regular.ttf", "Noto Sans Symbols", 400, false),
                face("NotoSansSymbols-Regular.ttf", "Noto Sans Symbols", 700, false),
                face("NotoSansSymbols-Regular.ttf", "Noto Sans Symbols", 400, true),
                face("NotoSansSymbols-Regular.ttf", "Noto Sans Symbols", 700, true),
                face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, false),
                face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700, false),
                face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, true),
                face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700, true)));
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

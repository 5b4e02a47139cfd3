package dev.pamphlet.leaflet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The typeface every leaflet is set in, embedded in each PDF: Atkinson Hyperlegible, drawn by the Braille
 * Institute for readers with low vision, under the SIL Open Font License 1.1 (AtkinsonHyperlegible-OFL.txt
 * beside the font files). Its bytes are part of every PDF's cache key.
 */
final class LeafletFonts {
    /**
     * The family print templates name, and the renderer's names for the generic families (serif, sans-serif,
     * monospace), so no text falls back to a built-in font, which a PDF/UA file may not use since it is not embedded.
     */
    static final List<String> FAMILIES = List.of("Atkinson Hyperlegible", "Serif", "SansSerif", "Monospaced");

    record Face(String file, int weight, boolean italic, byte[] bytes) {}

    private final List<Face> faces;

    private LeafletFonts(List<Face> faces) {
        this.faces = faces;
    }

    static LeafletFonts load() {
        return new LeafletFonts(List.of(
                face("Regular", 400, false),
                face("Bold", 700, false),
                face("Italic", 400, true),
                face("BoldItalic", 700, true)));
    }

    List<Face> faces() {
        return faces;
    }

    private static Face face(String style, int weight, boolean italic) {
        String file = "AtkinsonHyperlegible-" + style + ".ttf";
        try (InputStream in = LeafletFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the leaflet font " + file + " is missing from Pamphlet's jar");
            }
            return new Face(file, weight, italic, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

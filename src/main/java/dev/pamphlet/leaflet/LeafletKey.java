package dev.pamphlet.leaflet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key a PDF is cached by: a hash of everything it is made from. That is the print HTML (which holds the text,
 * the dates, the styles and every image, embedded), the font files, the renderer's version and the way Pamphlet
 * prepares HTML for it ({@link PdfRenderer#FORMAT}). The same inputs always make the same PDF, so a PDF with this
 * key can be used instead of making it again.
 */
final class LeafletKey {
    private final byte[] fixed;

    /** @param rendererVersion the version of the PDF renderer, e.g. 1.1.31 */
    LeafletKey(LeafletFonts fonts, String rendererVersion) {
        MessageDigest digest = sha256();
        update(digest, "renderer " + rendererVersion + "\nformat " + PdfRenderer.FORMAT + "\n");
        for (LeafletFonts.Face face : fonts.faces()) {
            update(digest, "font " + face.file() + " " + face.bytes().length + "\n");
            digest.update(face.bytes());
        }
        fixed = digest.digest();
    }

    String of(String html) {
        MessageDigest digest = sha256();
        digest.update(fixed);
        update(digest, html);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

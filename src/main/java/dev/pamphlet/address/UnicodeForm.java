package dev.pamphlet.address;

import java.text.Normalizer;

/**
 * The one form every address of a site is written in: Unicode's composed form (NFC). {@code é} can be stored as
 * one character or as {@code e} and a combining accent; the two look the same, but are different names to a disk
 * and different addresses to a server. macOS has long saved names decomposed, and text typed on a keyboard is
 * composed, so a link typed to {@code café.md} would miss a file saved as {@code café.md} by a Mac. Writing every
 * published name and every link in the composed form makes the two meet.
 */
public final class UnicodeForm {
    private UnicodeForm() {}

    /** {@code text} in the composed form; returned as it is when it is already (all ASCII text is). */
    public static String composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                        ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }
}

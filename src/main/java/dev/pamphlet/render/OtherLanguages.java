package dev.pamphlet.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * What a page of a site in several languages shows of the site's other pages beyond its own language's
 * navigation: its language switcher and {@code hreflang} links, its notice of a newer source, the page it
 * translates, its trust pages' links, and where each link of its body goes (to the page in the reader's language,
 * or to the default language's with a note). Two renderings of the same article with the same fingerprint show
 * the same. On a site in one language a page shows none of this: {@link #NONE}.
 *
 * @param addresses   every address the page's body asked to place, in order, each once: asked again of the next
 *                    build's site to tell whether they still go where they went
 * @param fingerprint a hash of everything listed above
 */
public record OtherLanguages(List<String> addresses, long fingerprint) {
    public static final OtherLanguages NONE = new OtherLanguages(List.of(), 0);

    public OtherLanguages {
        addresses = List.copyOf(addresses);
    }

    /** The first 64 bits of the text's SHA-256: an edit that changes what a page shows changes them. */
    static long fingerprintOf(CharSequence shown) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(shown.toString().getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = value << 8 | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

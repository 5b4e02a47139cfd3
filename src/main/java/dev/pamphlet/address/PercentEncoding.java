package dev.pamphlet.address;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986) of the addresses a site writes. A file called {@code Symptoms and Signs.md} is
 * published as {@code Symptoms and Signs.html}, and every link to it must say {@code Symptoms%20and%20Signs.html}:
 * a raw space is not allowed in an address, and HTML validators and some crawlers reject it.
 */
public final class PercentEncoding {
    /** What may stand as it is in a path besides letters and digits (RFC 3986 unreserved, sub-delims, ':', '@'). */
    private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/";
    /** In a whole address an author wrote, '?' and '#' keep their meaning. */
    private static final String REFERENCE_CHARS = PATH_CHARS + "?#";

    private PercentEncoding() {}

    /**
     * The address of a file in the site, from its path ({@code living with/Symptoms and Signs.html}): every
     * character that is not allowed in a path is encoded, '%', '?' and '#' included, since in a file name they are
     * only characters.
     */
    public static String path(String filePath) {
        return encode(filePath, PATH_CHARS, false);
    }

    /**
     * An address as an author wrote it, made valid: escapes already written ({@code %20}) are kept, and what may
     * not stand in an address as it is (a space, a non-ASCII letter, a '%' that starts no escape) is encoded.
     */
    public static String reference(String address) {
        return encode(address, REFERENCE_CHARS, true);
    }

    private static String encode(String s, String allowed, boolean keepEscapes) {
        if (isPlain(s, allowed)) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '%' && keepEscapes && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%');
            } else if (isAllowed(b, allowed)) {
                out.append((char) b);
            } else {
                out.append('%').append(hexDigit(b >> 4)).append(hexDigit(b & 0xF));
            }
        }
        return out.toString();
    }

    /** Most addresses need nothing encoded: checked first, so they are returned as they are. */
    private static boolean isPlain(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAllowed(s.charAt(i), allowed)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllowed(int c, String allowed) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || (c < 0x80 && allowed.indexOf(c) >= 0);
    }

    private static char hexDigit(int d) {
        return "0123456789ABCDEF".charAt(d);
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}

package dev.pamphlet.source;

import java.util.Locale;

/**
 * Characters that are not text: the C0 controls other than tab, line feed and carriage return, DEL, the C1
 * controls, the non-characters U+FFFE and U+FFFF, and halves of a surrogate pair standing alone. None of them
 * belongs in a page; most are invisible in an editor, and XML 1.0 forbids the C0 ones and U+FFFE/U+FFFF outright, so
 * one in a title would make {@code feed.xml} and {@code sitemap.xml} unreadable to every feed reader and crawler.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** The index of the first character in {@code text} that is not text, or -1 when there is none. */
    public static int indexOf(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= 0x7F && isForbiddenAbove(text, i, c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isForbiddenAbove(CharSequence text, int i, char c) {
        if (c <= 0x9F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c >= 0xFFFE;
    }

    /** The character as a reader can recognise it in a message: {@code control character U+001B (escape)}. */
    public static String describe(char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        if (Character.isSurrogate(c)) {
            return "lone surrogate " + code;
        }
        if (c >= 0xFFFE) {
            return "non-character " + code;
        }
        String name = switch (c) {
            case 0 -> " (null)";
            case 7 -> " (bell)";
            case 8 -> " (backspace)";
            case 0x0B -> " (vertical tab)";
            case 0x0C -> " (form feed)";
            case 0x1B -> " (escape)";
            case 0x7F -> " (delete)";
            case 0x85 -> " (next line)";
            default -> "";
        };
        return "control character " + code + name;
    }

    /**
     * {@code line} with each character that is not text replaced by a visible stand-in of the same width (the
     * Unicode control pictures, ␛ for escape), so a message can show the line without the terminal obeying it.
     */
    public static String visible(String line) {
        if (indexOf(line) < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t') {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                out.append('\u2421');
            } else if (c >= 0x7F && isForbiddenAbove(line, i, c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.pamphlet.markdown;

/**
 * The HTML of one page body as it is written: a text buffer that knows where lines start. Block elements begin
 * and end on lines of their own ({@link #line()} starts a new line only when the current one has text), and
 * spaces that text would put at the start of a line are dropped (as when a left-out HTML tag starts a line), so
 * pages keep the layout they have always had.
 */
final class HtmlLines {
    private final StringBuilder out;

    HtmlLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Ends the current line, unless nothing has been written on it yet. */
    HtmlLines line() {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
        return this;
    }

    /** Markup, written as given. */
    HtmlLines raw(String s) {
        out.append(s);
        return this;
    }

    /** Preformatted text or author's HTML: written exactly as given. */
    HtmlLines pre(String s) {
        out.append(s);
        return this;
    }

    /** Text, with {@code & < > "} escaped. */
    HtmlLines text(CharSequence s) {
        return text(s.toString());
    }

    /**
     * Text, with {@code & < > "} escaped, and the spaces that would start a line dropped. Copied a run at a time
     * between the characters that need work, not character by character: every word of every page goes through
     * here.
     */
    HtmlLines text(String s) {
        int n = s.length();
        int i = 0;
        if (atLineStart()) {
            i = skipSpaces(s, 0);
        }
        int run = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' || (c != '&' && c != '<' && c != '>' && c != '"' && c != '\n')) {
                continue;
            }
            out.append(s, run, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    out.append('\n');
                    i = skipSpaces(s, i + 1) - 1;
                }
            }
            run = i + 1;
        }
        out.append(s, run, n);
        return this;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Preformatted text (code), escaped like {@link #text} but with every space kept. */
    HtmlLines preText(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** {@code  name="value"}, the value escaped but character references in it kept as written. */
    HtmlLines attr(String name, CharSequence value) {
        out.append(' ').append(name).append("=\"");
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> {
                    int end = referenceEnd(value, i);
                    if (end > i) {
                        out.append(value, i, end);
                        i = end - 1;
                    } else {
                        out.append("&amp;");
                    }
                }
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        out.append('"');
        return this;
    }

    /**
     * The end of a character reference ({@code &amp;}, {@code &#38;}, {@code &#x26;}) starting at {@code amp},
     * or {@code amp} itself if none starts there.
     */
    private static int referenceEnd(CharSequence s, int amp) {
        int n = s.length();
        int i = amp + 1;
        if (i < n && s.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            while (i < n && (hex ? isHexDigit(s.charAt(i)) : isDigit(s.charAt(i)))) {
                i++;
            }
            int digits = i - start;
            return digits >= 1 && digits <= 8 && i < n && s.charAt(i) == ';' ? i + 1 : amp;
        }
        if (i >= n || !isAsciiLetter(s.charAt(i))) {
            return amp;
        }
        i++;
        int start = i;
        while (i < n && (isAsciiLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
            i++;
        }
        int rest = i - start;
        return rest >= 1 && rest <= 31 && i < n && s.charAt(i) == ';' ? i + 1 : amp;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** How many characters are written. */
    int length() {
        return out.length();
    }

    private boolean atLineStart() {
        int n = out.length();
        return n == 0 || out.charAt(n - 1) == '\n';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

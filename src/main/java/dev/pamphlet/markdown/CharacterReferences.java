package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.source.ControlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric character references in a body ({@code &#27;}, {@code &#x1b;}) that write a character no page may hold:
 * a control character other than tab and line breaks, half of a surrogate pair, a non-character, or none at all.
 * Markdown turns {@code &#27;} into the escape character itself, in the text, in a link's title or in raw HTML, so
 * the page would carry what the source check refuses when it is typed. In code the reference is shown as written,
 * and is left alone there.
 */
final class CharacterReferences {
    private static final Pattern REFERENCE = Pattern.compile("&#(?:([0-9]{1,8})|[xX]([0-9a-fA-F]{1,8}));");

    private CharacterReferences() {}

    static void check(
            String body, Document document, MarkdownRenderer.Positions positions, List<RenderedMarkdown.Problem> out) {
        if (body.indexOf("&#") < 0) {
            return;
        }
        List<int[]> code = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                code.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        Matcher m = REFERENCE.matcher(body);
        while (m.find()) {
            if (escaped(body, m.start()) || inside(code, m.start())) {
                continue;
            }
            long value = m.group(1) != null ? Long.parseLong(m.group(1)) : Long.parseLong(m.group(2), 16);
            String what = notText(value);
            if (what != null) {
                out.add(new RenderedMarkdown.Problem(
                        positions.line(m.start()),
                        positions.column(m.start()),
                        "'" + m.group() + "' writes " + what + " into the page",
                        "delete '" + m.group() + "': a page cannot hold that character, and browsers and feed"
                                + " readers refuse it (to show the reference itself, put it in `backticks`)"));
            }
        }
    }

    /** What the code point is, when no page may hold it; null when it is text. */
    private static String notText(long value) {
        if (value > Character.MAX_CODE_POINT) {
            return "no character at all (the last is U+10FFFF)";
        }
        int c = (int) value;
        if (c == 0) {
            return ControlCharacters.describe((char) 0);
        }
        if ((c & 0xFFFE) == 0xFFFE || c >= 0xFDD0 && c <= 0xFDEF) {
            return "non-character " + String.format(Locale.ROOT, "U+%04X", c);
        }
        if (c > 0xFFFF) {
            return null;
        }
        String single = String.valueOf((char) c);
        return ControlCharacters.indexOf(single) >= 0 ? ControlCharacters.describe((char) c) : null;
    }

    /** After an odd number of backslashes, {@code &} is the character itself, not the start of a reference. */
    private static boolean escaped(String body, int at) {
        int slashes = 0;
        for (int i = at - 1; i >= 0 && body.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return (slashes & 1) == 1;
    }

    /** @param ranges in the order of the body, none inside another (code holds no code) */
    private static boolean inside(List<int[]> ranges, int offset) {
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int[] r = ranges.get(mid);
            if (offset < r[0]) {
                high = mid - 1;
            } else if (offset >= r[1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}

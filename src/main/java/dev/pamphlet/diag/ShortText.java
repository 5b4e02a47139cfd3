package dev.pamphlet.diag;

/**
 * A diagnostic's message or hint kept to a readable length: a message quotes what the author wrote (a link
 * target, a title), and what an author wrote can be 100 KB on one line.
 */
final class ShortText {
    /** A run of characters without a space longer than this is shown by its two ends. */
    static final int LONGEST_WORD = 120;

    /** The most a message or hint prints, whatever it is made of. */
    static final int LONGEST_TEXT = 1000;

    private static final int WORD_HEAD = 80;
    private static final int WORD_TAIL = 30;

    private ShortText() {}

    /** {@code text} itself when it is short enough (the usual case, at the cost of one look along it). */
    static String of(String text) {
        if (text == null || !tooLong(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int word = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                appendWord(out, text, word, i);
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                word = i + 1;
            }
        }
        if (out.length() > LONGEST_TEXT) {
            int cut = LONGEST_TEXT;
            if (Character.isLowSurrogate(out.charAt(cut))) {
                cut--;
            }
            out.setLength(cut);
            out.append('…');
        }
        return out.toString();
    }

    private static boolean tooLong(String text) {
        if (text.length() > LONGEST_TEXT) {
            return true;
        }
        int word = 0;
        for (int i = 0; i < text.length(); i++) {
            word = Character.isWhitespace(text.charAt(i)) ? 0 : word + 1;
            if (word > LONGEST_WORD) {
                return true;
            }
        }
        return false;
    }

    private static void appendWord(StringBuilder out, String text, int from, int to) {
        if (to - from <= LONGEST_WORD) {
            out.append(text, from, to);
            return;
        }
        int head = from + WORD_HEAD;
        int tail = to - WORD_TAIL;
        if (Character.isLowSurrogate(text.charAt(head))) {
            head--;
        }
        if (Character.isLowSurrogate(text.charAt(tail))) {
            tail++;
        }
        out.append(text, from, head).append('…').append(text, tail, to);
    }
}

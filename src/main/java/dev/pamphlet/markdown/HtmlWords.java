package dev.pamphlet.markdown;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The reader's words in a piece of the author's raw HTML, for a site that does not publish raw HTML: the tags go,
 * the words stay ({@code <div>Call us on <b>0300 123 4567</b></div>} is published as "Call us on 0300 123
 * 4567"). What a script, a style sheet or a template holds is not for the reader and goes with its tags. The
 * HTML is read as a browser reads it, with jsoup.
 */
final class HtmlWords {
    /** An inline tag that opens text no reader sees: everything up to its closing tag goes with it. */
    private static final Pattern HIDDEN_OPEN = Pattern.compile("(?i)<(script|style|template)(?=[\\s/>])");

    private HtmlWords() {}

    /** The words, their white space made single spaces; "" when the HTML holds none. */
    static String of(CharSequence html) {
        String s = html.toString();
        if (s.indexOf('<') < 0) {
            return s.strip();
        }
        Document document = Jsoup.parseBodyFragment(s);
        document.select("script, style, template").remove();
        return document.body().text();
    }

    /** The element an inline tag opens whose text no reader sees ("script"), or null for any other tag. */
    static String hiddenOpened(CharSequence tag) {
        var m = HIDDEN_OPEN.matcher(tag);
        return m.lookingAt() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** Whether an inline tag closes {@code element}. */
    static boolean closes(CharSequence tag, String element) {
        return Pattern.compile("(?i)</" + element + "\\s*>").matcher(tag).matches();
    }
}

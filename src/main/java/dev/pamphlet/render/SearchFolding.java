package dev.pamphlet.render;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds words so that search ignores case and accents in every language: {@code Ménière} and {@code meniere},
 * {@code żółć} and {@code zolc}, {@code أسبرين} and {@code اسبرين} are the same word. Lower case, then the
 * accents and other marks taken off (Unicode decomposition, then every combining mark dropped: also Arabic and
 * Hebrew vowel signs), then the letters that do not decompose mapped to their plain form (ł, ø, ß, æ...) and
 * Arabic letter variants to one form (as Lucene's Arabic normaliser does). {@code assets/search.js} folds what
 * the reader types the same way (the browser tests search the built index with unaccented words).
 */
public final class SearchFolding {
    /** Letters that no decomposition takes apart, and what they fold to. */
    static final Map<Integer, String> PLAIN = Map.ofEntries(
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ŀ', "l"),
            Map.entry((int) 'ς', "σ"),
            Map.entry((int) '’', "'"),
            // Arabic: tatweel (a stretching stroke) goes; alef wasla, alef maqsura and teh marbuta take their
            // plain forms.
            Map.entry(0x0640, ""),
            Map.entry(0x0671, "\u0627"),
            Map.entry(0x0649, "\u064A"),
            Map.entry(0x0629, "\u0647"));

    private SearchFolding() {}

    /** The folded form of a text. */
    public static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (isMark(cp)) {
                return;
            }
            String plain = PLAIN.get(cp);
            if (plain != null) {
                out.append(plain);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}

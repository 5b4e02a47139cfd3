package dev.pamphlet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a parsed node as a String. Flexmark's own {@code toString()} copies them one character at a
 * time through two interface calls each; a plain slice of the text the page was parsed from is cut from that
 * text in one copy instead. Anything else (a sequence Flexmark pieced together, a NUL that Flexmark shows as
 * U+FFFD) takes Flexmark's way.
 */
final class SourceSlice {

    private SourceSlice() {}

    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String slice = base.substring(chars.getStartOffset(), chars.getEndOffset());
            if (slice.indexOf('\0') < 0) {
                return slice;
            }
        }
        return chars.toString();
    }
}

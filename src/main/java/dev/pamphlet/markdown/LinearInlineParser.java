package dev.pamphlet.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its pattern matches made to cost what they match, not the paragraph.
 *
 * <p>The parser matches small patterns (spaces, a link's title, an entity) at the current place in a paragraph
 * many times over. Its own {@code match} asks the JDK for a {@code toMatchResult()}, which on Java 17 copies the
 * whole paragraph into a new string each time, and its {@code find()} tries every later place when a pattern
 * anchored at the current one fails: both grow with the paragraph, so a paragraph of 8,000 links took half a
 * minute. Here an anchored pattern is tried at the current place only, and the match is read from the matcher;
 * and a link with no emphasis marks in its text does not search the paragraph's marks.
 */
final class LinearInlineParser extends InlineParserImpl {

    LinearInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(
                options,
                specialCharacters,
                delimiterCharacters,
                delimiterProcessors,
                linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matchHere(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matchHere(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            int start = matcher.start(group);
            groups[group] = start < 0 ? null : input.subSequence(start, matcher.end(group));
        }
        return groups;
    }

    @Override
    public Matcher matcher(Pattern re) {
        return matchHere(re);
    }

    /**
     * Emphasis marks wait on a stack until their paragraph ends; each link's closing bracket asks for the marks
     * inside its text to be matched. With none there, Flexmark still walks the whole stack looking for the first
     * one above the bracket, so a paragraph of thousands of links among thousands of marks took a minute. With the
     * bracket's mark on top there is nothing to match and nothing to remove: the same result, at once.
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (lastDelimiter == stackBottom) {
            return;
        }
        super.processDelimiters(stackBottom);
    }

    /** The matcher after a match found from the current place (and the place moved past it), or null. */
    private Matcher matchHere(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        boolean found = anchored(re) ? matcher.lookingAt() : matcher.find();
        if (!found) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /**
     * Whether the pattern can only match at the start of the region: a leading {@code ^} outside multi-line mode,
     * with no {@code |} outside brackets that would let another branch match further on. For such a pattern
     * {@code lookingAt()} finds what {@code find()} would, without trying every later place.
     */
    static boolean anchored(Pattern re) {
        String pattern = re.pattern();
        if (!pattern.startsWith("^") || (re.flags() & Pattern.MULTILINE) != 0) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }
}

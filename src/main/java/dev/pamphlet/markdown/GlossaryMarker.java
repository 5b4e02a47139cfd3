package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks the first use of each glossary word on a page, working on the Markdown tree so headings, links and code
 * are never touched and the HTML stays valid. Words match without regard to case, on whole words, longest first
 * ("iron deficiency anaemia" wins over "anaemia"). Built once per build; safe to share between threads (it only
 * reads its own state).
 */
final class GlossaryMarker {
    /** Terms by their first word in lower case, longest first; most words of a page start no term at all. */
    private final Map<String, List<Glossary.Term>> byFirstWord = new HashMap<>();

    private final int termCount;

    GlossaryMarker(Glossary glossary) {
        List<Glossary.Term> terms = glossary.longestFirst();
        this.termCount = terms.size();
        for (Glossary.Term t : terms) {
            String term = t.term();
            int end = wordEnd(term, 0);
            byFirstWord
                    .computeIfAbsent(term.substring(0, end).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(t);
        }
    }

    /**
     * @param root the way back to the site root from the page, so the links work at any depth
     * @param page the glossary page's path from the site root
     */
    void mark(Document document, String root, String page) {
        if (termCount == 0) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && !insideExcluded(text)) {
                texts.add(text);
            }
        }
        Set<String> used = new HashSet<>();
        for (Text text : texts) {
            if (used.size() == termCount) {
                return;
            }
            markFirstUses(text, used, root + page);
        }
    }

    /**
     * Walks the text word by word. At each word start the longest term that matches there (in any case, ending
     * at a word boundary) is taken, whether or not it was already used, so "anaemia" inside an "iron deficiency
     * anaemia" that was marked before is not marked on its own.
     */
    private void markFirstUses(Text text, Set<String> used, String glossaryHref) {
        BasedSequence chars = text.getChars();
        String s = SourceSlice.of(chars);
        int done = 0;
        boolean changed = false;
        int i = 0;
        while (i < s.length()) {
            if (!isWordChar(s, i)) {
                i += Character.charCount(s.codePointAt(i));
                continue;
            }
            int end = wordEnd(s, i);
            List<Glossary.Term> candidates = byFirstWord.get(s.substring(i, end).toLowerCase(Locale.ROOT));
            Glossary.Term match = null;
            if (candidates != null) {
                for (Glossary.Term t : candidates) {
                    int after = i + t.term().length();
                    if (s.regionMatches(true, i, t.term(), 0, t.term().length())
                            && (after == s.length() || !isWordChar(s, after))) {
                        match = t;
                        break;
                    }
                }
            }
            if (match == null) {
                i = end;
                continue;
            }
            int after = i + match.term().length();
            if (used.add(match.term().toLowerCase(Locale.ROOT))) {
                if (i > done) {
                    text.insertBefore(new Text(chars.subSequence(done, i)));
                }
                text.insertBefore(new GlossaryTerm(
                        chars.subSequence(i, after), glossaryHref + "#" + match.id(), match.explanation()));
                done = after;
                changed = true;
            }
            i = after;
        }
        if (!changed) {
            return;
        }
        if (done < s.length()) {
            text.insertBefore(new Text(chars.subSequence(done, s.length())));
        }
        text.unlink();
    }

    private static boolean isWordChar(String s, int i) {
        return Character.isLetterOrDigit(s.codePointAt(i));
    }

    /** The end of the run of letters and digits starting at {@code i}. */
    private static int wordEnd(String s, int i) {
        int end = i;
        while (end < s.length() && isWordChar(s, end)) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    /** Headings are already signposts, a link inside a link is invalid HTML, and code is literal. */
    private static boolean insideExcluded(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Heading
                    || p instanceof Link
                    || p instanceof LinkRef
                    || p instanceof AutoLink
                    || p instanceof MailLink
                    || p instanceof Image
                    || p instanceof ImageRef
                    || p instanceof Code) {
                return true;
            }
        }
        return false;
    }
}

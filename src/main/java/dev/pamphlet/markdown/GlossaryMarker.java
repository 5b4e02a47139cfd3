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
import dev.pamphlet.content.Glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks the first use of each glossary word on a page, working on the Markdown tree so headings, links and code
 * are never touched and the HTML stays valid. Words match without regard to case, on whole words, longest first
 * ("iron deficiency anaemia" wins over "anaemia"). Built once per build; safe to share between threads.
 */
final class GlossaryMarker {
    private static final String GLOSSARY_PAGE = "glossary.html";

    private final Pattern words;
    private final Map<String, Glossary.Term> byLowerCase = new HashMap<>();

    GlossaryMarker(Glossary glossary) {
        List<Glossary.Term> terms = glossary.longestFirst();
        terms.forEach(t -> byLowerCase.put(t.term().toLowerCase(Locale.ROOT), t));
        // Regex alternation takes the first alternative that matches, so listing longest first finds "iron
        // deficiency anaemia" before "anaemia" at the same place.
        this.words = terms.isEmpty() ? null : Pattern.compile(terms.stream()
                .map(t -> Pattern.quote(t.term()))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param root the way back to the site root from the page, so the links work at any depth
     */
    void mark(Document document, String root) {
        if (words == null) {
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
            if (used.size() == byLowerCase.size()) {
                return;
            }
            markFirstUses(text, used, root);
        }
    }

    private void markFirstUses(Text text, Set<String> used, String root) {
        BasedSequence chars = text.getChars();
        Matcher m = words.matcher(chars);
        int done = 0;
        boolean changed = false;
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            Glossary.Term term = byLowerCase.get(lower);
            if (term == null || !used.add(lower)) {
                continue;
            }
            if (m.start() > done) {
                text.insertBefore(new Text(chars.subSequence(done, m.start())));
            }
            text.insertBefore(new GlossaryTerm(chars.subSequence(m.start(), m.end()),
                    root + GLOSSARY_PAGE + "#" + term.id(), term.explanation()));
            done = m.end();
            changed = true;
        }
        if (!changed) {
            return;
        }
        if (done < chars.length()) {
            text.insertBefore(new Text(chars.subSequence(done, chars.length())));
        }
        text.unlink();
    }

    /** Headings are already signposts, a link inside a link is invalid HTML, and code is literal. */
    private static boolean insideExcluded(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Heading || p instanceof Link || p instanceof LinkRef || p instanceof AutoLink
                    || p instanceof MailLink || p instanceof Image || p instanceof ImageRef || p instanceof Code) {
                return true;
            }
        }
        return false;
    }
}

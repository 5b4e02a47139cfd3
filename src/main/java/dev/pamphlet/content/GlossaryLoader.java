package dev.pamphlet.content;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.markdown.HeadingIds;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.SourceText;
import dev.pamphlet.source.YamlMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code glossary.yml}: one {@code term: explanation} line per word. The file is optional. */
public final class GlossaryLoader {
    public static final String FILE_NAME = "glossary.yml";
    private static final String WHAT = FILE_NAME;

    private GlossaryLoader() {}

    public static Glossary load(Path contentDir, String displayPath, List<Diagnostic> problems) {
        return loadFile(contentDir.resolve(FILE_NAME), displayPath, problems);
    }

    /** Loads a glossary file of any name (one per language: glossary.cy.yml); empty when there is none. */
    public static Glossary loadFile(Path file, String displayPath, List<Diagnostic> problems) {
        if (!Files.isRegularFile(file)) {
            return Glossary.EMPTY;
        }
        try {
            return parse(SourceReader.read(file, displayPath), problems);
        } catch (ContentException e) {
            problems.add(e.diagnostic());
            return Glossary.EMPTY;
        }
    }

    public static Glossary parse(SourceText source, List<Diagnostic> problems) {
        if (source.text().isBlank()) {
            return Glossary.EMPTY;
        }
        Optional<YamlMapping> parsed = YamlMapping.parse(source.text(), source, 1, WHAT, problems);
        if (parsed.isEmpty()) {
            return Glossary.EMPTY;
        }
        YamlMapping yaml = parsed.get();
        List<Glossary.Term> terms = new ArrayList<>();
        Map<String, String> byLowerCase = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> e : yaml.textValues(WHAT).entrySet()) {
            String term = e.getKey().strip();
            int line = yaml.lineOf(e.getKey());
            String lower = term.toLowerCase(Locale.ROOT);
            String id = HeadingIds.slug(term);
            if (term.isEmpty() || id.isEmpty() || !Character.isLetterOrDigit(term.codePointAt(0))) {
                problems.add(Diagnostic.error(
                                source.displayPath(),
                                line,
                                1,
                                "glossary term '" + term + "' must start with a letter or digit")
                        .withSourceLine(source.line(line))
                        .withHint("write the word as it appears in the pages, e.g. 'dopamine: A chemical ...'"));
                continue;
            }
            if (byLowerCase.containsKey(lower)) {
                problems.add(Diagnostic.error(
                                source.displayPath(),
                                line,
                                1,
                                "'" + term + "' is already explained as '" + byLowerCase.get(lower) + "'")
                        .withSourceLine(source.line(line))
                        .withHint("terms are matched without regard to case: keep one of them"));
                continue;
            }
            if (ids.containsKey(id)) {
                problems.add(Diagnostic.error(
                                source.displayPath(),
                                line,
                                1,
                                "'" + term + "' would share the glossary address #" + id + " with '" + ids.get(id)
                                        + "'")
                        .withSourceLine(source.line(line))
                        .withHint("terms that differ only in punctuation cannot both be listed: keep one"));
                continue;
            }
            byLowerCase.put(lower, term);
            ids.put(id, term);
            terms.add(new Glossary.Term(term, e.getValue(), id));
        }
        return new Glossary(List.copyOf(terms));
    }
}

package dev.pamphlet.language;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.SourceText;
import dev.pamphlet.source.YamlMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds a language's interface text: Pamphlet's own (English, Welsh, Arabic), overridden key by key by the site's
 * {@code content/messages/<language>.yml}. A regional tag falls back to its language ({@code en-GB} to
 * {@code en}). A language with no text at all, or missing a key that English has, is an error naming the key
 * and the file it belongs in.
 */
public final class MessagesLoader {
    /** The site's own message files, inside the content folder. */
    public static final String FOLDER = "messages";

    public static final Set<String> BUILT_IN = Set.of("en", "cy", "ar");
    private static final String RESOURCES = "/dev/pamphlet/language/messages/";
    /** Keys English has that another language may do without: plural forms its grammar lacks. */
    private static final Pattern OPTIONAL = Pattern.compile(".*\\.(zero|one|two|few|many)|language\\.(name|direction)");

    private static final String WHAT = "messages";

    private final Path contentDir;
    private final Function<String, String> display;

    /** @param display how to show a path inside the content folder */
    public MessagesLoader(Path contentDir, Function<String, String> display) {
        this.contentDir = contentDir;
        this.display = display;
    }

    /** Pamphlet's own text for a language (no site overrides), or empty when it has none. */
    public static Optional<Messages> builtIn(String tag) {
        Map<String, String> texts = new LinkedHashMap<>();
        boolean found = false;
        for (String candidate : fallbacks(tag)) {
            Optional<Map<String, String>> own = builtInTexts(candidate);
            if (own.isPresent()) {
                found = true;
                texts.putAll(own.get());
                break;
            }
        }
        return found
                ? Optional.of(new Messages(tag, Map.copyOf(texts), "content/" + FOLDER + "/" + tag + ".yml"))
                : Optional.empty();
    }

    /**
     * For a new site in a language Pamphlet has no text for: a message file to start from, the English text with
     * a note to translate it; empty for a language that has text built in.
     */
    public static Optional<String> starterFile(String tag) {
        if (builtIn(tag).isPresent()) {
            return Optional.empty();
        }
        String english = resource("en").text();
        return Optional.of("# Interface text for '" + tag + "': Pamphlet has none built in, so this is the English"
                + " text.\n# Translate each text after its key; keep {0}, {1} where they are.\n\n"
                + english.substring(english.indexOf("\n\n") + 2)
                        .replace("language.name: English\n", "")
                        .replace(
                                "language.direction: ltr\n",
                                "language.direction: " + Language.defaultDirection(tag) + "\n"));
    }

    /** The text for a language, with the site's overrides; empty (with the problems reported) when incomplete. */
    public Optional<Messages> load(String tag, List<Diagnostic> problems) {
        int before = problems.size();
        Map<String, String> texts = new LinkedHashMap<>();
        boolean found = false;
        String siteFile = null;
        SourceText siteSource = null;
        List<String> chain = fallbacks(tag);
        // Least specific first, so that each more specific file overrides it.
        for (int i = chain.size() - 1; i >= 0; i--) {
            String candidate = chain.get(i);
            Optional<Map<String, String>> own = builtInTexts(candidate);
            if (own.isPresent()) {
                found = true;
                texts.putAll(own.get());
            }
            Path file = siteFile(candidate);
            if (file != null) {
                try {
                    SourceText source = SourceReader.read(file, display.apply(relative(file)));
                    found = true;
                    texts.putAll(parseSiteFile(source, candidate, problems));
                    siteFile = source.displayPath();
                    siteSource = source;
                } catch (ContentException e) {
                    problems.add(e.diagnostic());
                }
            }
        }
        String expected = siteFile != null ? siteFile : display.apply(FOLDER + "/" + tag + ".yml");
        if (!found) {
            problems.add(Diagnostic.error(
                            expected,
                            0,
                            0,
                            "no interface text for language '" + tag + "': " + expected + " does not exist")
                    .withHint("Pamphlet has English (en), Welsh (cy) and Arabic (ar) built in; for another language"
                            + " create " + expected + " with every key of the English file translated (see the Pamphlet"
                            + " manual's page 'Languages')"));
            return Optional.empty();
        }
        Map<String, String> english = builtIn("en").orElseThrow().texts();
        for (Map.Entry<String, String> e : english.entrySet()) {
            if (!texts.containsKey(e.getKey()) && !OPTIONAL.matcher(e.getKey()).matches()) {
                problems.add(Diagnostic.error(
                                expected,
                                siteSource == null ? 0 : 1,
                                0,
                                "interface text '" + e.getKey() + "' is missing for language '" + tag + "'")
                        .withHint("add a line to " + expected + ": " + e.getKey() + ": \"...\" (in English: \""
                                + e.getValue().replace("\n", "\\n") + "\")"));
            }
        }
        String direction = texts.get("language.direction");
        if (direction != null && !direction.equals("ltr") && !direction.equals("rtl")) {
            problems.add(
                    Diagnostic.error(expected, 0, 0, "'language.direction' must be ltr or rtl, not '" + direction + "'")
                            .withHint("rtl for scripts written right to left, such as Arabic"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Messages(tag, Map.copyOf(texts), expected));
    }

    /** The tag, then each shorter form of it: pt-BR, pt. */
    static List<String> fallbacks(String tag) {
        List<String> out = new ArrayList<>();
        String t = tag;
        while (true) {
            out.add(t);
            int dash = t.lastIndexOf('-');
            if (dash <= 0) {
                return out;
            }
            t = t.substring(0, dash);
        }
    }

    /**
     * Pamphlet's own text files, each read once per run: they are part of the jar, and a build reads English's
     * twice (as the text of an English site, and as the list of keys every language must have).
     */
    private static final Map<String, Optional<Map<String, String>>> PARSED = new ConcurrentHashMap<>();

    /** Pamphlet's own text for exactly this tag, in the file's order; empty when it has none. */
    private static Optional<Map<String, String>> builtInTexts(String tag) {
        Optional<Map<String, String>> known = PARSED.get(tag);
        if (known != null) {
            return known;
        }
        SourceText source = resource(tag);
        Optional<Map<String, String>> texts = source == null
                ? Optional.empty()
                : Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>(parse(source, new ArrayList<>()))));
        PARSED.putIfAbsent(tag, texts);
        return texts;
    }

    private static Map<String, String> parse(SourceText source, List<Diagnostic> problems) {
        if (source.text().isBlank()) {
            return Map.of();
        }
        return YamlMapping.parse(source.text(), source, 1, WHAT, problems)
                .map(y -> y.textValues(WHAT))
                .orElse(Map.of());
    }

    /**
     * A site's own file, checked for what would otherwise fail or show wrongly on every page: a date pattern
     * that is not one, and a {@code {n}} Pamphlet never fills in.
     */
    private static Map<String, String> parseSiteFile(SourceText source, String tag, List<Diagnostic> problems) {
        if (source.text().isBlank()) {
            return Map.of();
        }
        Optional<YamlMapping> yaml = YamlMapping.parse(source.text(), source, 1, WHAT, problems);
        if (yaml.isEmpty()) {
            return Map.of();
        }
        Map<String, String> texts = yaml.get().textValues(WHAT);
        MessageChecks.datePattern(yaml.get(), texts, Locale.forLanguageTag(tag));
        MessageChecks.placeholders(yaml.get(), texts, builtInTexts("en").orElseThrow());
        MessageChecks.unknownKeys(yaml.get(), builtInTexts("en").orElseThrow(), problems);
        return texts;
    }

    private static SourceText resource(String tag) {
        String name = tag.toLowerCase(Locale.ROOT);
        if (!BUILT_IN.contains(name)) {
            return null;
        }
        try (InputStream in = MessagesLoader.class.getResourceAsStream(RESOURCES + name + ".yml")) {
            if (in == null) {
                return null;
            }
            return new SourceText("Pamphlet's " + name + ".yml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's file for a tag, matched without case (cy.yml, pt-BR.yml, pt-br.yml), or null. */
    private Path siteFile(String tag) {
        Path folder = contentDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Path exact = folder.resolve(tag + ".yml");
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(tag + ".yml"))
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private String relative(Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }
}

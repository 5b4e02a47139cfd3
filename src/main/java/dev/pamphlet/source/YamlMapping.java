package dev.pamphlet.source;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.StackExhaustion;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.NodeType;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read from part of a source file, with typed accessors that report mistakes as diagnostics
 * pointing at the line in the original file (not in the YAML snippet).
 */
public final class YamlMapping {

    /**
     * One set of settings for every file: building them compiles the schema's regular expressions, which cost
     * more than reading a short front matter. Errors name the file themselves, so the settings need no label.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(20)
            .build();

    private final SourceText source;
    private final int firstLine;
    private final Map<String, NodeTuple> entries;
    private final List<Diagnostic> problems;
    private final int mappingLine;

    private YamlMapping(
            SourceText source,
            int firstLine,
            Map<String, NodeTuple> entries,
            int mappingLine,
            List<Diagnostic> problems) {
        this.source = source;
        this.firstLine = firstLine;
        this.entries = entries;
        this.mappingLine = mappingLine;
        this.problems = problems;
    }

    /**
     * Parses {@code yaml}, which starts at 1-based line {@code firstLine} of {@code source}.
     * Returns empty (with a diagnostic added) when the YAML is not a mapping or cannot be parsed.
     */
    public static Optional<YamlMapping> parse(
            String yaml, SourceText source, int firstLine, String what, List<Diagnostic> problems) {
        Optional<Diagnostic> tooDeep = YamlNesting.check(yaml, SETTINGS, source, firstLine, what);
        if (tooDeep.isPresent()) {
            problems.add(tooDeep.get());
            return Optional.empty();
        }
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (StackOverflowError e) {
            problems.add(StackExhaustion.in(source.displayPath()));
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            Optional<Diagnostic> plain = YamlMistakes.explain(e, yaml, source, firstLine, what);
            if (plain.isPresent()) {
                problems.add(plain.get());
                return Optional.empty();
            }
            // The context mark is where the unfinished thing (a quote, a '[') began: that is where the author erred.
            Mark mark = e.getContextMark().or(e::getProblemMark).orElse(null);
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.add(Diagnostic.error(
                            source.displayPath(),
                            line,
                            column,
                            "YAML syntax error in " + what + ": " + problem + context)
                    .withSourceLine(source.line(line))
                    .withHint("check the indentation, and put text containing ': ' or starting with a quote,"
                            + " '[' or '*' inside double quotes"));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(Diagnostic.error(
                    source.displayPath(), firstLine, 0, "YAML syntax error in " + what + ": " + e.getMessage()));
            return Optional.empty();
        }
        if (root.isPresent()) {
            List<Diagnostic> unplain = new PlainYaml(SETTINGS.getSchema().getScalarResolver(), source, firstLine, what)
                    .problems(root.get());
            if (!unplain.isEmpty()) {
                problems.addAll(unplain);
                return Optional.empty();
            }
        }
        if (root.isEmpty() || root.get().getNodeType() != NodeType.MAPPING) {
            int line = root.map(n -> lineOf(n, firstLine)).orElse(firstLine);
            problems.add(Diagnostic.error(source.displayPath(), line, 0, what + " must be a list of 'key: value' lines")
                    .withHint("write one setting per line, for example 'title: Causes'"));
            return Optional.empty();
        }
        MappingNode mapping = (MappingNode) root.get();
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            int line = lineOf(key, firstLine);
            if (!(key instanceof ScalarNode scalarKey)) {
                problems.add(
                        Diagnostic.error(source.displayPath(), line, 0, "a key in " + what + " must be plain text"));
                continue;
            }
            String name = scalarKey.getValue();
            if (entries.containsKey(name)) {
                problems.add(Diagnostic.error(source.displayPath(), line, columnOf(key), "duplicate key '" + name + "'")
                        .withSourceLine(source.line(line))
                        .withHint("keep one '" + name + ":' line and delete the other"));
                continue;
            }
            entries.put(name, tuple);
        }
        return Optional.of(new YamlMapping(source, firstLine, entries, lineOf(mapping, firstLine), problems));
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
    }

    private static int columnOf(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The line of a key, or of the mapping itself when the key is absent. */
    public int lineOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? mappingLine : lineOf(t.getKeyNode(), firstLine);
    }

    /** Reports each key that is not allowed, suggesting the nearest allowed one. */
    public void rejectUnknownKeys(Set<String> allowed, String what) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (allowed.contains(e.getKey())) {
                continue;
            }
            Node key = e.getValue().getKeyNode();
            int line = lineOf(key, firstLine);
            String suggestion = Suggestions.closest(e.getKey(), allowed);
            String message = "unknown key '" + e.getKey() + "' in " + what
                    + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)");
            problems.add(Diagnostic.error(source.displayPath(), line, columnOf(key), message)
                    .withSourceLine(source.line(line))
                    .withHint("allowed keys are: " + String.join(", ", allowed)
                            + (allowed.contains("extra") ? "; put values of your own under 'extra:'" : "")));
        }
    }

    /**
     * Reports each required key that is missing, unless a misspelt key already suggests it: one mistake, one
     * message.
     */
    public void requireKeys(List<String> required, String what) {
        if (entries.keySet().containsAll(required)) {
            return;
        }
        Set<String> suggested = new java.util.HashSet<>();
        for (String key : entries.keySet()) {
            if (!required.contains(key)) {
                String s = Suggestions.closest(key, required);
                if (s != null) {
                    suggested.add(s);
                }
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key) && !suggested.contains(key)) {
                problems.add(Diagnostic.error(
                                source.displayPath(), mappingLine, 0, "missing required key '" + key + "' in " + what)
                        .withHint("add a line '" + key + ": ...'"));
            }
        }
    }

    private Diagnostic wrongType(String key, String expected, Node value) {
        int line = lineOf(value, firstLine);
        return Diagnostic.error(
                        source.displayPath(),
                        line,
                        columnOf(value),
                        "'" + key + "' must be " + expected + ", not " + describe(value))
                .withSourceLine(source.line(line));
    }

    private static String describe(Node node) {
        return switch (node.getNodeType()) {
            case MAPPING -> "a set of 'key: value' pairs";
            case SEQUENCE -> "a list";
            default -> {
                Tag tag = node.getTag();
                if (Tag.NULL.equals(tag)) {
                    yield "empty";
                } else if (Tag.BOOL.equals(tag)) {
                    yield "true/false";
                } else if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                    yield YamlNumber.describe(((ScalarNode) node).getValue());
                }
                yield "'" + ((ScalarNode) node).getValue() + "'";
            }
        };
    }

    private Node value(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    /** Whether the key is set to text that is not blank (checked without reporting anything). */
    public boolean hasText(String key) {
        return value(key) instanceof ScalarNode s
                && !Tag.NULL.equals(s.getTag())
                && !s.getValue().isBlank();
    }

    /** Non-empty text; numbers and booleans are accepted as their text. */
    public String text(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)
                || Tag.NULL.equals(v.getTag())
                || s.getValue().isBlank()) {
            problems.add(wrongType(key, "some text", v));
            return null;
        }
        return s.getValue().strip();
    }

    public LocalDate date(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s) || !isIsoDate(s.getValue())) {
            problems.add(wrongType(key, "a date written YYYY-MM-DD (for example 2016-11-29)", v));
            return null;
        }
        String d = s.getValue();
        try {
            return LocalDate.of(
                    Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10), Integer.parseInt(d, 8, 10, 10));
        } catch (DateTimeException e) {
            problems.add(wrongType(key, "a real calendar date written YYYY-MM-DD", v));
            return null;
        }
    }

    /** YYYY-MM-DD in ASCII digits; checked by hand, as every page has two dates. */
    private static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    public Integer integer(String key) {
        return integer(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number from {@code min} to {@code max}; anything else is reported with what was written. */
    public Integer integer(String key, int min, int max) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        String written = v instanceof ScalarNode s && isNumber(v) ? s.getValue() : null;
        Integer small = written == null ? null : YamlNumber.smallWhole(written);
        if (small != null) {
            if (small < min || small > max) {
                problems.add(outOfRange(key, "a whole number", min, max, v));
                return null;
            }
            return small;
        }
        YamlNumber number = written == null ? null : YamlNumber.parse(written);
        if (number == null) {
            problems.add(withQuotesHint(wrongType(key, "a whole number", v), v));
            return null;
        }
        if (!number.isWhole()) {
            problems.add(wrongType(key, "a whole number", v)
                    .withHint(
                            number.isFinite()
                                    ? "write a whole number such as 1, 2 or 3 (to put a page between two others, number them again)"
                                    : "write a whole number such as 1, 2 or 3"));
            return null;
        }
        if (!number.isBetween(min, max)) {
            problems.add(outOfRange(key, "a whole number", min, max, v));
            return null;
        }
        return number.value().intValueExact();
    }

    public Double number(String key) {
        return number(key, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /** A finite number from {@code min} to {@code max}: YAML's {@code .inf} and {@code .nan} are reported. */
    public Double number(String key, double min, double max) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        YamlNumber number = v instanceof ScalarNode s && isNumber(v) ? YamlNumber.parse(s.getValue()) : null;
        if (number == null) {
            problems.add(withQuotesHint(wrongType(key, "a number", v), v));
            return null;
        }
        if (!number.isFinite()) {
            problems.add(wrongType(key, "a number", v)
                    .withHint("write a number"
                            + (min > -Double.MAX_VALUE
                                    ? " from " + YamlNumber.plain(min) + " to " + YamlNumber.plain(max)
                                    : "")
                            + "; .inf and .nan are not numbers Pamphlet can use"));
            return null;
        }
        if (!number.isBetween(min, max)) {
            problems.add(outOfRange(key, "a number", min, max, v));
            return null;
        }
        return number.value().doubleValue();
    }

    /** A number written in quotes is text to YAML: say so. */
    private static Diagnostic withQuotesHint(Diagnostic d, Node v) {
        return v instanceof ScalarNode s && !isNumber(v) && YamlNumber.parse(s.getValue()) != null
                ? d.withHint("write the number without quotes")
                : d;
    }

    private static boolean isNumber(Node v) {
        return Tag.INT.equals(v.getTag()) || Tag.FLOAT.equals(v.getTag());
    }

    private Diagnostic outOfRange(String key, String what, double min, double max, Node value) {
        String range = "from " + YamlNumber.plain(min) + " to " + YamlNumber.plain(max);
        return wrongType(key, what + " " + range, value).withHint("write a number " + range);
    }

    public Boolean bool(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s) || !Tag.BOOL.equals(v.getTag())) {
            problems.add(wrongType(key, "true or false", v));
            return null;
        }
        return Boolean.valueOf(s.getValue().toLowerCase(java.util.Locale.ROOT));
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> textList(String key) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof ScalarNode s && !Tag.NULL.equals(v.getTag())) {
            return List.of(s.getValue().strip());
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.add(wrongType(key, "a list such as [causes, triggers]", v));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            } else {
                problems.add(wrongType(key + "' item '", "text", item));
            }
        }
        return out;
    }

    /** A list of nested mappings, each read by the caller. */
    public List<YamlMapping> mappingList(String key, String itemWhat) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.add(wrongType(key, "a list of items each starting with '- '", v));
            return List.of();
        }
        List<YamlMapping> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                out.add(nested(m));
            } else {
                problems.add(wrongType(key, "a list of " + itemWhat, item));
            }
        }
        return out;
    }

    /**
     * A mapping of any YAML values, for templates to use as they like ({@code extra:}): texts, numbers,
     * true/false, lists and nested mappings, with keys as text. Empty when the key is absent.
     */
    public Map<String, Object> anyValues(String key) {
        Node v = value(key);
        if (v == null || Tag.NULL.equals(v.getTag())) {
            return Map.of();
        }
        if (!(v instanceof MappingNode)) {
            problems.add(wrongType(key, "a set of 'key: value' lines, indented under '" + key + ":'", v)
                    .withHint("write '" + key + ":' on a line of its own, then one indented 'name: value' line each,"
                            + " e.g. '  helpline: 0300 123 4567'"));
            return Map.of();
        }
        Optional<Diagnostic> tooDeep = YamlNesting.checkValue(v, 1, source, firstLine, "'" + key + "'");
        if (tooDeep.isPresent()) {
            problems.add(tooDeep.get());
            return Map.of();
        }
        Object values = new StandardConstructor(SETTINGS).constructSingleDocument(Optional.of(v));
        return textKeys((Map<?, ?>) values);
    }

    /** Templates look values up by name, so every key becomes text, at every depth. */
    private static Map<String, Object> textKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, value) -> out.put(String.valueOf(k), textKeysBelow(value)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Object textKeysBelow(Object value) {
        if (value instanceof Map<?, ?> map) {
            return textKeys(map);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(textKeysBelow(item)));
            return java.util.Collections.unmodifiableList(out);
        }
        return value;
    }

    /**
     * A value that may be one text, one mapping, or a list of either (e.g. a name, {@code {name: ..., role: ...}},
     * or a list of them): each item is a {@link String} or a {@link YamlMapping}.
     */
    public List<Object> textsOrMappings(String key, String expected) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        List<Node> items = v instanceof SequenceNode seq ? seq.getValue() : List.of(v);
        List<Object> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode s
                    && !Tag.NULL.equals(item.getTag())
                    && !s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            } else if (item instanceof MappingNode m) {
                out.add(nested(m));
            } else {
                problems.add(wrongType(key, expected, item));
            }
        }
        return out;
    }

    /** The raw text values of a mapping whose keys are free (e.g. a glossary). */
    public Map<String, String> textValues(String what) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String text = text(e.getKey());
            if (text != null) {
                out.put(e.getKey(), text);
            }
        }
        return out;
    }

    private YamlMapping nested(MappingNode m) {
        Map<String, NodeTuple> nestedEntries = new LinkedHashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k) {
                nestedEntries.put(k.getValue(), tuple);
            }
        }
        return new YamlMapping(source, firstLine, nestedEntries, lineOf(m, firstLine), problems);
    }

    public int line() {
        return mappingLine;
    }

    public SourceText source() {
        return source;
    }

    /** Adds a diagnostic about a key's value, pointing at that value. */
    public void reportValue(String key, String message, String hint) {
        Node v = value(key);
        int line = v == null ? mappingLine : lineOf(v, firstLine);
        problems.add(Diagnostic.error(source.displayPath(), line, v == null ? 0 : columnOf(v), message)
                .withSourceLine(source.line(line))
                .withHint(hint));
    }

    /** A warning at a key's value: the value is valid, but probably not what the editor means to publish. */
    public void warnValue(String key, String message, String hint) {
        Node v = value(key);
        int line = v == null ? mappingLine : lineOf(v, firstLine);
        problems.add(Diagnostic.warning(source.displayPath(), line, v == null ? 0 : columnOf(v), message)
                .withSourceLine(source.line(line))
                .withHint(hint));
    }
}

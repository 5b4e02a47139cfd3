package dev.pamphlet.source;

import dev.pamphlet.diag.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * How deeply YAML nests, checked before anything walks it by recursion. snakeyaml-engine builds its tree by
 * recursion, a few stack frames per level, and has no limit of its own: {@code [[[[...]]]]} ten thousand deep
 * overflows the stack. An alias ({@code *x}) can put a value inside itself ({@code a: &x [*x]}), which Pamphlet and
 * the templates would follow for ever. No setting or front matter needs more than a few levels.
 */
final class YamlNesting {
    /** Lists and mappings inside one another, the file's own mapping counted: SnakeYAML's own default limit. */
    static final int MAX_DEPTH = 50;

    private YamlNesting() {}

    /**
     * The first place {@code yaml} nests deeper than {@link #MAX_DEPTH}, as a diagnostic, if any. Most YAML is
     * shown shallow enough by counting characters; only YAML that could be deep is read event by event (which
     * snakeyaml-engine does without recursion) to find how deep it is.
     *
     * @param firstLine the line of {@code source} where {@code yaml} starts
     */
    static Optional<Diagnostic> check(
            String yaml, LoadSettings settings, SourceText source, int firstLine, String what) {
        if (depthBound(yaml) <= MAX_DEPTH) {
            return Optional.empty();
        }
        int depth = 0;
        try {
            for (Event event : new Parse(settings).parseString(yaml)) {
                Event.ID id = event.getEventId();
                if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(tooDeep(event.getStartMark(), source, firstLine, what));
                    }
                } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                    depth--;
                }
            }
        } catch (YamlEngineException e) {
            // A syntax error no deeper than the limit: reading the YAML reports it.
        }
        return Optional.empty();
    }

    /**
     * At least as deep as {@code yaml} can nest: every '[' and '{' may open a level; a block list or mapping that
     * starts on a line needs an indicator there ('-', '?' or ':'); and one that starts on an earlier line holds
     * this line indented deeper than itself, or (a list under a mapping's key) as deep, so two levels per column.
     */
    static int depthBound(String yaml) {
        int brackets = 0;
        int deepestLine = 0;
        int lineStart = 0;
        while (lineStart <= yaml.length()) {
            int end = yaml.indexOf('\n', lineStart);
            if (end < 0) {
                end = yaml.length();
            }
            int indent = 0;
            while (lineStart + indent < end && yaml.charAt(lineStart + indent) == ' ') {
                indent++;
            }
            int indicators = 0;
            for (int i = lineStart + indent; i < end; i++) {
                char c = yaml.charAt(i);
                if (c == '[' || c == '{') {
                    brackets++;
                } else if (c == '-' || c == '?' || c == ':') {
                    indicators++;
                }
            }
            deepestLine = Math.max(deepestLine, 2 * (indent + 1) + indicators);
            lineStart = end + 1;
        }
        return brackets + deepestLine + 1;
    }

    /**
     * The first place a value nests deeper than {@link #MAX_DEPTH}, aliases followed, or holds itself through an
     * alias; checked before the value is made into lists and maps, which would follow the alias for ever.
     *
     * @param depth the levels above the value (1 for a value of the file's own mapping)
     */
    static Optional<Diagnostic> checkValue(Node value, int depth, SourceText source, int firstLine, String what) {
        Map<Node, Integer> heights = new IdentityHashMap<>();
        Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> path = new ArrayDeque<>();
        Deque<Iterator<Node>> pending = new ArrayDeque<>();
        open.add(real(value));
        path.push(real(value));
        pending.push(children(real(value)).iterator());
        while (!path.isEmpty()) {
            Iterator<Node> next = pending.peek();
            if (next.hasNext()) {
                Node child = real(next.next());
                if (open.contains(child) || child.isRecursive()) {
                    return Optional.of(holdsItself(child, source, firstLine, what));
                }
                if (isCollection(child) && !heights.containsKey(child)) {
                    open.add(child);
                    path.push(child);
                    pending.push(children(child).iterator());
                }
                continue;
            }
            Node done = path.pop();
            pending.pop();
            open.remove(done);
            int height = 0;
            for (Node child : children(done)) {
                height = Math.max(height, heights.getOrDefault(real(child), 0));
            }
            heights.put(done, height + 1);
        }
        if (depth + heights.getOrDefault(real(value), 0) <= MAX_DEPTH) {
            return Optional.empty();
        }
        // Down the deepest way to the first level past the limit: that is where the value is too deep.
        Node node = real(value);
        for (int level = depth + 1; level <= MAX_DEPTH; level++) {
            Node deepest = null;
            for (Node child : children(node)) {
                if (deepest == null || heights.getOrDefault(real(child), 0) > heights.getOrDefault(deepest, 0)) {
                    deepest = real(child);
                }
            }
            node = deepest;
        }
        return Optional.of(tooDeep(node.getStartMark(), source, firstLine, what));
    }

    private static boolean isCollection(Node node) {
        return node instanceof SequenceNode || node instanceof MappingNode;
    }

    private static Node real(Node node) {
        return node instanceof AnchorNode anchor ? anchor.getRealNode() : node;
    }

    /** The lists and mappings right inside a node: a list's items, a mapping's keys and values. */
    private static List<Node> children(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof MappingNode mapping) {
            List<Node> out = new ArrayList<>(mapping.getValue().size() * 2);
            for (NodeTuple tuple : mapping.getValue()) {
                out.add(tuple.getKeyNode());
                out.add(tuple.getValueNode());
            }
            return out;
        }
        return List.of();
    }

    private static Diagnostic tooDeep(Optional<Mark> mark, SourceText source, int firstLine, String what) {
        int line = mark.map(m -> firstLine + m.getLine()).orElse(firstLine);
        return Diagnostic.error(
                        source.displayPath(),
                        line,
                        mark.map(m -> m.getColumn() + 1).orElse(0),
                        what + " nested too deeply: more than " + MAX_DEPTH + " levels of lists and mappings inside"
                                + " one another")
                .withSourceLine(source.line(line))
                .withHint("at most " + MAX_DEPTH + " levels of lists and mappings inside one another, counting the"
                        + " levels an alias (*name) repeats; flatten the values (a template reads two or three)");
    }

    private static Diagnostic holdsItself(Node node, SourceText source, int firstLine, String what) {
        Optional<Mark> mark = node.getStartMark();
        int line = mark.map(m -> firstLine + m.getLine()).orElse(firstLine);
        String anchor = node.getAnchor().map(a -> a.getValue()).orElse("name");
        return Diagnostic.error(
                        source.displayPath(),
                        line,
                        mark.map(m -> m.getColumn() + 1).orElse(0),
                        "a value in " + what + " holds itself: the alias *" + anchor + " is inside the value &" + anchor
                                + " marks")
                .withSourceLine(source.line(line))
                .withHint("a value cannot contain itself; write the values out instead of '*" + anchor + "'");
    }
}

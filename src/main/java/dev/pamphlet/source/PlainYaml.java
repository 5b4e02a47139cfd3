package dev.pamphlet.source;

import dev.pamphlet.diag.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Keeps every YAML file Pamphlet reads to text, numbers, true/false, lists and mappings. An explicit tag asks the
 * YAML library for something else: a set ({@code !!set}), bytes ({@code !!binary}), a Java object
 * ({@code !!java.lang.Runtime}), none of which a page can use and some of which the library cannot even build.
 * The core schema's own tags are accepted where they say what the value is anyway ({@code !!str} always). A
 * control character written as an escape in quotes ({@code "\e"}, {@code "\x00"}) would reach the pages and the
 * feed, so it is refused too. Each problem is reported where it is written.
 */
final class PlainYaml {
    private static final Set<Tag> SCALARS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);
    private static final String HINT = "remove the tag; write plain text, lists and mappings";

    private final ScalarResolver resolver;
    private final SourceText source;
    private final int firstLine;
    private final String what;

    PlainYaml(ScalarResolver resolver, SourceText source, int firstLine, String what) {
        this.resolver = resolver;
        this.source = source;
        this.firstLine = firstLine;
        this.what = what;
    }

    /** Every tag and control character in the tree below {@code root}, each node visited once. */
    List<Diagnostic> problems(Node root) {
        List<Diagnostic> out = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue; // an alias: the node it names is checked once
            }
            if (node instanceof MappingNode mapping) {
                expectTag(node, Tag.MAP, out);
                for (NodeTuple tuple : mapping.getValue()) {
                    todo.push(tuple.getValueNode());
                    todo.push(tuple.getKeyNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                expectTag(node, Tag.SEQ, out);
                sequence.getValue().forEach(todo::push);
            } else if (node instanceof ScalarNode scalar) {
                scalar(scalar, out);
            }
        }
        return out;
    }

    private void expectTag(Node node, Tag plain, List<Diagnostic> out) {
        if (!plain.equals(node.getTag())) {
            out.add(at(node, "YAML tag '" + shown(node.getTag()) + "' is not allowed in " + what)
                    .withHint(HINT));
        }
    }

    private void scalar(ScalarNode scalar, List<Diagnostic> out) {
        Tag tag = scalar.getTag();
        String value = scalar.getValue();
        if (!SCALARS.contains(tag)) {
            out.add(at(scalar, "YAML tag '" + shown(tag) + "' is not allowed in " + what)
                    .withHint(HINT));
        } else if (!Tag.STR.equals(tag) && !tag.equals(resolver.resolve(value, true))) {
            // '!!int abc' or '!!bool maybe': the library would fail to build it, or build something else.
            out.add(at(
                            scalar,
                            "YAML tag '" + shown(tag) + "' does not fit the value '" + shortened(value) + "' in "
                                    + what)
                    .withHint(HINT));
        }
        int control = ControlCharacters.indexOf(value);
        if (control >= 0) {
            out.add(at(scalar, ControlCharacters.describe(value.charAt(control)) + " in " + what)
                    .withHint("remove the escape that writes it (such as \\e, \\x1b or \\u001b): feeds and"
                            + " sitemaps cannot hold it"));
        }
    }

    private Diagnostic at(Node node, String message) {
        int line = node.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
        int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        return Diagnostic.error(source.displayPath(), line, column, message)
                .withSourceLine(ControlCharacters.visible(source.line(line)));
    }

    /** A tag as it is written: {@code !!set} for the YAML types, {@code !thing} for a local one. */
    private static String shown(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    private static String shortened(String value) {
        String visible = ControlCharacters.visible(value.replace("\n", " "));
        return visible.length() <= 30 ? visible : visible.substring(0, 29) + "…";
    }
}

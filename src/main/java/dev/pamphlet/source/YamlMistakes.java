package dev.pamphlet.source;

import dev.pamphlet.diag.Diagnostic;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Plain words for the YAML mistakes editors make most: a tab where YAML wants spaces, and a line indented under a
 * setting that already has a value. The parser names these in its own terms, and at the line where the enclosing
 * mapping began rather than the line that is wrong.
 */
final class YamlMistakes {

    private YamlMistakes() {}

    /**
     * @param yaml      the YAML that failed to parse
     * @param firstLine the line of the file the YAML starts at
     * @return a diagnostic at the line that is wrong, or empty when the mistake is none of the known ones
     */
    static Optional<Diagnostic> explain(
            MarkedYamlEngineException e, String yaml, SourceText source, int firstLine, String what) {
        Optional<Mark> mark = e.getProblemMark();
        String problem = e.getProblem();
        if (mark.isEmpty() || problem == null) {
            return Optional.empty();
        }
        String[] lines = yaml.split("\n", -1);
        int index = mark.get().getLine();
        if (index >= lines.length) {
            return Optional.empty();
        }
        String line = lines[index];
        int fileLine = firstLine + index;
        if (problem.contains("(TAB)")) {
            return Optional.of(tab(line, mark.get().getColumn(), source, fileLine, what));
        }
        if (problem.startsWith("mapping values are not allowed")
                || problem.startsWith("expected <block end>, but found '<block mapping start>'")) {
            int above = previousContentLine(lines, index);
            if (above >= 0 && indent(line) > indent(lines[above]) && hasValue(lines[above])) {
                String key = keyOf(line);
                String aboveKey = keyOf(lines[above]);
                return Optional.of(Diagnostic.error(
                                source.displayPath(),
                                fileLine,
                                indent(line) + 1,
                                "'" + key + ":' is indented more than '" + aboveKey + ":' on line "
                                        + (firstLine + above) + ", which already has a value, in " + what)
                        .withSourceLine(source.line(fileLine))
                        .withHint("start '" + key + ":' in the same column as the setting it belongs with; only a"
                                + " line ending in ':' can have indented lines under it"));
            }
        }
        return Optional.empty();
    }

    private static Diagnostic tab(String line, int column, SourceText source, int fileLine, String what) {
        int tab = line.indexOf('\t', Math.max(0, Math.min(column, line.length())));
        if (tab < 0) {
            tab = Math.max(0, line.indexOf('\t'));
        }
        boolean indenting = line.substring(0, tab).isBlank();
        String message = indenting
                ? "this line of " + what + " is indented with a tab; YAML indents with spaces only"
                : "a tab after '" + line.substring(0, tab).strip() + "' in " + what + "; YAML needs a space there";
        String hint = indenting
                ? "replace the tab at the start of the line with spaces"
                : "replace the tab with one space, for example '"
                        + line.substring(0, tab).strip() + " "
                        + line.substring(tab).strip() + "'";
        return Diagnostic.error(source.displayPath(), fileLine, tab + 1, message)
                .withSourceLine(source.line(fileLine))
                .withHint(hint);
    }

    private static int previousContentLine(String[] lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A {@code key: value} line whose value is written on it (not a block to come, not a list item). */
    private static boolean hasValue(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("-")) {
            return false;
        }
        int colon = stripped.indexOf(": ");
        if (colon < 0) {
            return false;
        }
        String value = stripped.substring(colon + 2).strip();
        return !value.isEmpty() && !value.startsWith("#") && !value.startsWith("|") && !value.startsWith(">");
    }

    private static String keyOf(String line) {
        String stripped = line.strip();
        int colon = stripped.indexOf(':');
        return colon < 0 ? stripped : stripped.substring(0, colon).strip();
    }
}

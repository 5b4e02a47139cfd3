package dev.pamphlet.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.Event;

/** YAML nested up to the limit is read; one level more, or a value holding itself, is refused at its line. */
class YamlNestingTest {
    private final List<Diagnostic> problems = new ArrayList<>();

    private Optional<YamlMapping> parse(String yaml) {
        return YamlMapping.parse(yaml, new SourceText("content/a.md", yaml), 2, "front matter", problems);
    }

    private Map<String, Object> extra(String yaml) {
        return parse(yaml).orElseThrow().anyValues("extra");
    }

    private Diagnostic onlyProblem() {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void flowListsUpToTheLimitAreRead() {
        // The file's own mapping is the first level.
        assertThat(extra("extra:\n  a: " + "[".repeat(48) + "1" + "]".repeat(48) + "\n"))
                .containsKey("a");
        assertThat(problems).isEmpty();

        assertThat(parse("title: x\nextra:\n  a: " + "[".repeat(49) + "]".repeat(49) + "\n"))
                .isEmpty();
        Diagnostic tooDeep = onlyProblem();
        assertThat(tooDeep.location()).isEqualTo("content/a.md:4:54");
        assertThat(tooDeep.message())
                .isEqualTo("front matter nested too deeply: more than 50 levels of lists and mappings inside one"
                        + " another");
        assertThat(tooDeep.hint()).startsWith("at most 50 levels");
    }

    @Test
    void blockMappingsAndCompactListsAreCountedToo() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            keys.append(" ".repeat(i)).append("a:\n");
        }
        assertThat(parse(keys + " ".repeat(50) + "b: 1\n")).isEmpty();
        assertThat(onlyProblem().location()).isEqualTo("content/a.md:52:51");

        problems.clear();
        assertThat(parse("tags:\n" + "- ".repeat(49) + "x\n")).isPresent();
        assertThat(problems).isEmpty();
        assertThat(parse("tags:\n" + "- ".repeat(50) + "x\n")).isEmpty();
        assertThat(onlyProblem().location()).isEqualTo("content/a.md:3:99");
    }

    @Test
    void aValueThatHoldsItselfIsRefusedWhereItsAnchorIs() {
        assertThat(extra("extra:\n  a: &x [*x]\n")).isEmpty();
        Diagnostic list = onlyProblem();
        assertThat(list.location()).isEqualTo("content/a.md:3:6");
        assertThat(list.message())
                .isEqualTo("a value in 'extra' holds itself: the alias *x is inside the value &x marks");
        assertThat(list.hint()).contains("write the values out instead of '*x'");

        problems.clear();
        assertThat(extra("extra:\n  a: 1\n  b: &loop\n    c: [1, {d: *loop}]\n"))
                .isEmpty();
        assertThat(onlyProblem().location()).isEqualTo("content/a.md:4:6");
    }

    @Test
    void aliasesCountTheLevelsTheyRepeat() {
        Map<String, Object> shared = extra("extra:\n  a: &x {b: [1, 2]}\n  c: *x\n  d: [*x, *x]\n");
        assertThat(problems).isEmpty();
        assertThat(shared.get("c")).isEqualTo(Map.of("b", List.of(1, 2)));
        assertThat(shared.get("d")).isEqualTo(List.of(Map.of("b", List.of(1, 2)), Map.of("b", List.of(1, 2))));

        String deep = "[".repeat(30) + "]".repeat(30);
        assertThat(extra("extra:\n  a: &x " + deep + "\n  b: " + "[".repeat(18) + "*x" + "]".repeat(18) + "\n"))
                .isNotEmpty();
        assertThat(problems).isEmpty();
        assertThat(extra("extra:\n  a: &x " + deep + "\n  b: " + "[".repeat(19) + "*x" + "]".repeat(19) + "\n"))
                .isEmpty();
        assertThat(onlyProblem().message())
                .isEqualTo(
                        "'extra' nested too deeply: more than 50 levels of lists and" + " mappings inside one another");
    }

    @Test
    void tenThousandLevelsAreRefusedWithoutReadingThemByRecursion() {
        assertThat(parse("a: " + "{b: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n"))
                .isEmpty();
        assertThat(onlyProblem().location()).isEqualTo("content/a.md:2:200");
    }

    /**
     * The quick count must never say YAML is shallower than it is: YAML of every nesting, written by a YAML writer
     * in block and flow style with every indent, is at most as deep as the count, and is refused exactly when it
     * is deeper than the limit.
     */
    @Property(tries = 300)
    void theQuickCountIsNeverShallowerThanTheYaml(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 3) Integer> shape,
            @ForAll @IntRange(min = 0, max = 2) int style,
            @ForAll @IntRange(min = 2, max = 6) int indent,
            @ForAll boolean indentWithIndicator) {
        Object value = "x";
        for (int kind : shape) {
            value = switch (kind) {
                case 0 -> List.of(value);
                case 1 -> Map.of("k", value);
                case 2 -> List.of("a", value, "b");
                default -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("a", 1);
                    map.put("k", value);
                    yield map;
                }
            };
        }
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.values()[style])
                .setIndent(indent)
                .setIndicatorIndent(indentWithIndicator ? indent - 1 : 0)
                .setIndentWithIndicator(indentWithIndicator)
                .setWidth(40)
                .build();
        String yaml = new Dump(settings).dumpToString(Map.of("top", value));
        int depth = depth(yaml);

        assertThat(YamlNesting.depthBound(yaml)).as(yaml).isGreaterThanOrEqualTo(depth);
        assertThat(parse(yaml).isPresent()).as(yaml).isEqualTo(depth <= YamlNesting.MAX_DEPTH);
    }

    private static int depth(String yaml) {
        int depth = 0;
        int deepest = 0;
        for (Event event : new Parse(LoadSettings.builder().build()).parseString(yaml)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> deepest = Math.max(deepest, ++depth);
                case MappingEnd, SequenceEnd -> depth--;
                default -> {}
            }
        }
        return deepest;
    }
}

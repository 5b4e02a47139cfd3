package dev.pamphlet.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole numbers in YAML, in every form YAML writes them, whichever way they are read. */
class YamlNumberTest {
    private final List<Diagnostic> problems = new ArrayList<>();

    private Integer integer(String written, int min, int max) {
        String yaml = "order: " + written + "\n";
        return YamlMapping.parse(yaml, new SourceText("content/a.md", yaml), 2, "front matter", problems)
                .orElseThrow()
                .integer("order", min, max);
    }

    @Test
    void plainWholeNumbersAreReadStraightAway() {
        assertThat(YamlNumber.smallWhole("3")).isEqualTo(3);
        assertThat(YamlNumber.smallWhole(" -12 ")).isEqualTo(-12);
        assertThat(YamlNumber.smallWhole("+7")).isEqualTo(7);
        assertThat(YamlNumber.smallWhole("999999999")).isEqualTo(999_999_999);
        for (String other : List.of("", "-", "1_000", "0x1F", "0o17", "1.5", "1e3", ".inf", "1234567890", "٣")) {
            assertThat(YamlNumber.smallWhole(other)).as(other).isNull();
        }
    }

    @Test
    void everyFormGivesTheSameWholeNumber() {
        assertThat(integer("3", 0, 10)).isEqualTo(3);
        assertThat(integer("-3", -10, 10)).isEqualTo(-3);
        assertThat(integer("2.0", 0, 10)).isEqualTo(2);
        assertThat(integer("2e0", 0, 10)).isEqualTo(2);
        assertThat(problems).isEmpty();
    }

    @Test
    void aNumberOutOfRangeIsReportedWithTheRange() {
        assertThat(integer("11", 0, 10)).isNull();
        assertThat(integer("12345678901", 0, 10)).isNull();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).message()).contains("from 0 to 10").contains("11");
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(1).message()).contains("from 0 to 10");
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        assertThat(integer("1.5", 0, 10)).isNull();
        assertThat(problems)
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("whole number"));
    }
}

package dev.pamphlet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** JSON that reads back as written, and cannot end the script element it sits in. */
class JsonWriterTest {

    @Test
    void textThatCouldBreakOutOfAScriptElementIsEscapedAndReadsBackTheSame() {
        String hostile = "</script><script>alert(1)</script> & \"quotes\" \\ back\nslash\t\u2028\u0001 café";
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("title", hostile);
        value.put("list", List.of("a", 2, true));
        value.put("skipped", null);
        String json = JsonWriter.write(value);
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\n").doesNotContain("skipped");
        assertThat(json).startsWith("{\"title\":");
        Map<String, Object> read = new Json().toType(json, Json.MAP_TYPE);
        assertThat(read.get("title")).isEqualTo(hostile);
        assertThat(read.get("list")).isEqualTo(List.of("a", 2L, true));
    }
}

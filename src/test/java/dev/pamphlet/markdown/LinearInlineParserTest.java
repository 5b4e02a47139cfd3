package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinearInlineParserTest {

    @Test
    void onlyPatternsThatCanMatchNowhereButTheStartAreTriedThereAlone() {
        assertThat(LinearInlineParser.anchored(Pattern.compile("^[ \\t]*(?:\\r\\n|\\n)?")))
                .isTrue();
        assertThat(LinearInlineParser.anchored(Pattern.compile("^\\[[^|\\]]*\\]")))
                .isTrue();
        assertThat(LinearInlineParser.anchored(Pattern.compile("^a|b"))).isFalse();
        assertThat(LinearInlineParser.anchored(Pattern.compile("^a\\(|b"))).isFalse();
        assertThat(LinearInlineParser.anchored(Pattern.compile("a"))).isFalse();
        assertThat(LinearInlineParser.anchored(Pattern.compile("^a", Pattern.MULTILINE)))
                .isFalse();
    }
}

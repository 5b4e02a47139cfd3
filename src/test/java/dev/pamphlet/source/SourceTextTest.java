package dev.pamphlet.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void givesEachLineByItsNumberAndNothingPastTheEnd() {
        SourceText text = new SourceText("content/a.md", "first\nsecond\n\nfourth");
        assertThat(text.line(1)).isEqualTo("first");
        assertThat(text.line(2)).isEqualTo("second");
        assertThat(text.line(3)).isEmpty();
        assertThat(text.line(4)).isEqualTo("fourth");
        assertThat(text.line(5)).isEmpty();
        assertThat(text.line(0)).isEqualTo("first");
    }

    @Test
    void aTextEndingInANewLineHasAnEmptyLastLine() {
        SourceText text = new SourceText("content/a.md", "only\n");
        assertThat(text.line(1)).isEqualTo("only");
        assertThat(text.line(2)).isEmpty();
        assertThat(text.line(3)).isEmpty();
    }

    @Test
    void aDeferredTextIsReadForItsLines() {
        SourceText text = SourceText.deferred("content/a.md", () -> "one\ntwo");
        assertThat(text.line(2)).isEqualTo("two");
    }
}

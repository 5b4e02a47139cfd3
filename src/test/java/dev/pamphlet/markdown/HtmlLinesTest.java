package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text goes into a page escaped, and without the spaces that would start a line. */
class HtmlLinesTest {

    @Test
    void escapesMarkupCharactersAndKeepsEverythingElse() {
        String text = "Fish & chips <b>\"hot\"</b> > 5 ’ Café";
        assertThat(new HtmlLines(16).text(text).toString())
                .isEqualTo("Fish &amp; chips &lt;b&gt;&quot;hot&quot;&lt;/b&gt; &gt; 5 ’ Café");
    }

    @Test
    void dropsSpacesThatWouldStartALine() {
        assertThat(new HtmlLines(16).text("   first\n   second &\n\n  third").toString())
                .isEqualTo("first\nsecond &amp;\n\nthird");
        assertThat(new HtmlLines(16).raw("<p>").text("  kept").toString()).isEqualTo("<p>  kept");
        assertThat(new HtmlLines(16).raw("<p>").line().text("  dropped").toString())
                .isEqualTo("<p>\ndropped");
    }

    @Test
    void takesAnyCharacterSequence() {
        assertThat(new HtmlLines(16).text(new StringBuilder("a<b")).toString()).isEqualTo("a&lt;b");
    }
}

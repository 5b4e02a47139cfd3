package dev.pamphlet.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters are not text, and how a message shows a line that holds one. */
class ControlCharactersTest {

    @Test
    void tabsLineBreaksAndEveryWritingSystemAreText() {
        assertThat(ControlCharacters.indexOf("a\tb\nc\r\nd café ’ العربية 😀 \u00A0 \uFEFF \u2028"))
                .isEqualTo(-1);
    }

    @Test
    void controlsDeleteNonCharactersAndLoneSurrogatesAreNot() {
        assertThat(ControlCharacters.indexOf("ok\u0000")).isEqualTo(2);
        assertThat(ControlCharacters.indexOf("ok\u001B[0m")).isEqualTo(2);
        assertThat(ControlCharacters.indexOf("ok\u007F")).isEqualTo(2);
        assertThat(ControlCharacters.indexOf("ok\u0085")).isEqualTo(2);
        assertThat(ControlCharacters.indexOf("ok\u009F")).isEqualTo(2);
        assertThat(ControlCharacters.indexOf("ok\uFFFE")).isEqualTo(2);
        assertThat(ControlCharacters.indexOf("ok\uD83D"))
                .as("a high surrogate at the end")
                .isEqualTo(2);
        assertThat(ControlCharacters.indexOf("ok\uDE00x"))
                .as("a low surrogate alone")
                .isEqualTo(2);
        assertThat(ControlCharacters.indexOf("\uD83D\uDE00")).as("a pair").isEqualTo(-1);
    }

    @Test
    void aLineIsShownWithAStandInOfTheSameWidthForEach() {
        String line = "a\u001B[2Jb\u0000c\u007Fd\u0085e\tf";
        String shown = ControlCharacters.visible(line);
        assertThat(shown).isEqualTo("a\u241B[2Jb\u2400c\u2421d\uFFFDe\tf").hasSameSizeAs(line);
        assertThat(ControlCharacters.indexOf(shown)).isEqualTo(-1);
        assertThat(ControlCharacters.describe('\u001B')).isEqualTo("control character U+001B (escape)");
        assertThat(ControlCharacters.describe('\u0001')).isEqualTo("control character U+0001");
        assertThat(ControlCharacters.describe('\uFFFF')).isEqualTo("non-character U+FFFF");
    }
}

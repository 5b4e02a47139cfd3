package dev.pamphlet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** WCAG 2.2's contrast ratio, and the darker colour of the same hue offered for one that is too faint. */
class ColourTest {
    private static Colour colour(String hex) {
        return Colour.parse(hex).orElseThrow();
    }

    @Test
    void contrastFollowsTheRelativeLuminanceFormula() {
        assertThat(Colour.BLACK.contrastWith(Colour.WHITE)).isCloseTo(21, within(1e-9));
        assertThat(Colour.WHITE.contrastWith(Colour.WHITE)).isCloseTo(1, within(1e-9));
        // #777777 on white is the well-known near miss: 4.48:1, shown rounded down so it never reads as a pass.
        assertThat(colour("#777").contrastWith(Colour.WHITE)).isCloseTo(4.48, within(0.01));
        assertThat(Colour.ratio(colour("#777777").contrastWith(Colour.WHITE))).isEqualTo("4.4:1");
        assertThat(colour("#767676").contrastWith(Colour.WHITE)).isGreaterThan(4.5);
    }

    @Test
    void onlyHashAndThreeOrSixHexDigitsAreAColour() {
        assertThat(Colour.parse("#1D6B8F").orElseThrow().hex()).isEqualTo("#1d6b8f");
        assertThat(Colour.parse("#abc").orElseThrow().hex()).isEqualTo("#aabbcc");
        assertThat(Colour.parse("1d6b8f")).isEmpty();
        assertThat(Colour.parse("#1d6b8")).isEmpty();
        assertThat(Colour.parse("teal")).isEmpty();
        assertThat(Colour.parse("rgb(1,2,3)")).isEmpty();
    }

    @Test
    void theDarkerColourIsTheFirstOfTheSameHueThatPasses() {
        Colour yellow = colour("#ffcc00");
        Colour darker = yellow.darkenedUntil(4.5, Colour.WHITE);
        assertThat(darker.contrastWith(Colour.WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(darker.red()).isGreaterThan(darker.green()).isGreaterThan(darker.blue());
        assertThat(darker.blue()).isZero();
        // One step lighter would not pass: it is the nearest.
        Colour lighter = new Colour(darker.red() + 2, darker.green() + 2, 0);
        assertThat(lighter.contrastWith(Colour.WHITE)).isLessThan(4.5);
        // A colour that passes already is kept.
        assertThat(colour("#1d6b8f").darkenedUntil(4.5, Colour.WHITE)).isEqualTo(colour("#1d6b8f"));
    }
}

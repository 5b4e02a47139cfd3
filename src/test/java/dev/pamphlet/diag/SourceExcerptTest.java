package dev.pamphlet.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceExcerptTest {
    private static String words(Random random, int length) {
        String[] words = {"iron ", "legs ", "[link](a.md) ", "**sleep** ", "é ", "睡眠 ", "e\u0301 "};
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    @Test
    void whatIsShownOfALongLineDependsOnlyOnTheTextNearTheColumn() {
        Random random = new Random(20261207);
        for (int trial = 0; trial < 200; trial++) {
            String near = words(random, 2_000);
            int column = 1 + 1_000 + random.nextInt(20);
            SourceExcerpt shortLine = SourceExcerpt.around("x " + near + " y", column + 2);
            String far = words(random, 50_000);
            SourceExcerpt longLine = SourceExcerpt.around(far + near + far, column + far.length());
            assertThat(longLine).as("trial %d", trial).isEqualTo(shortLine);
            assertThat(longLine.text()).startsWith("…").endsWith("…");
        }
    }

    @Test
    void aShortLineIsShownWhole() {
        assertThat(SourceExcerpt.around("See [here](a.md).", 5)).isEqualTo(new SourceExcerpt("See [here](a.md).", 4));
    }
}

package dev.pamphlet.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "  javascript:alert(1)",
                "\u0001javascript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)",
                "java\rscript:x",
                "javascript:alert(1)\n",
                "&#106;avascript:x",
                "&#x6A;avascript:x",
                "&#106avascript:x",
                "&#0000106;avascript:x",
                "javascript&colon;x",
                "&Tab;javascript:x",
                "%6Aavascript:x",
                "%4a%41%56%41script:x",
                "%256Aavascript:x",
                "&#37;6Aavascript:x",
                "java%09script:x",
                "vbscript:msgbox(1)",
                "VBScript:x",
                "data:text/html,<b>",
                "DATA:image/png;base64,AAA",
                " data:x",
                "java\u200Bscript:x",
                "java\u00ADscript:x"
            })
    void disguisedScriptAddressesAreRecognised(String address) {
        assertThat(ScriptAddress.isScript(address)).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "causes.md",
                "https://example.org/javascript:x",
                "mailto:a@example.org",
                "images/data.png",
                "#javascript",
                "javascript.md",
                "datasheet.pdf",
                "java-script:x",
                "?q=javascript:"
            })
    void ordinaryAddressesAreNot(String address) {
        assertThat(ScriptAddress.isScript(address)).as(address).isFalse();
    }

    @Property(tries = 300)
    void anyMixOfDisguisesIsSeenThrough(@ForAll("disguised") String address) {
        assertThat(ScriptAddress.isScript(address)).as(address).isTrue();
    }

    /** "javascript:", "vbscript:" or "data:" with each letter in either case, entity- or percent-escaped. */
    @Provide
    Arbitrary<String> disguised() {
        Arbitrary<String> scheme = Arbitraries.of("javascript:", "vbscript:", "data:");
        return scheme.flatMap(s -> Arbitraries.integers()
                .between(0, Integer.MAX_VALUE)
                .list()
                .ofSize(s.length())
                .map(choices -> {
                    StringBuilder out = new StringBuilder(choices.get(0) % 3 == 0 ? " \t" : "");
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        int pick = choices.get(i);
                        String letter = pick % 2 == 0
                                ? String.valueOf(c)
                                : String.valueOf(c).toUpperCase(Locale.ROOT);
                        out.append(
                                switch ((pick / 2) % 6) {
                                    case 0, 1 -> letter;
                                    case 2 -> "&#" + (int) letter.charAt(0) + ";";
                                    case 3 -> "&#x" + Integer.toHexString(letter.charAt(0)) + ";";
                                    case 4 -> String.format("%%%02X", (int) letter.charAt(0));
                                    default -> letter + "\t";
                                });
                    }
                    return out + "alert(1)";
                }));
    }
}

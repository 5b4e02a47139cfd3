package dev.pamphlet.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void filePathsAreEncodedCharacterByCharacter() {
        assertThat(PercentEncoding.path("causes.html")).isEqualTo("causes.html");
        assertThat(PercentEncoding.path("living with/Symptoms and Signs.html"))
                .isEqualTo("living%20with/Symptoms%20and%20Signs.html");
        assertThat(PercentEncoding.path("what?#.html")).isEqualTo("what%3F%23.html");
        assertThat(PercentEncoding.path("50%25 off.html")).isEqualTo("50%2525%20off.html");
        assertThat(PercentEncoding.path("café/naïve \"x\" <y>.html"))
                .isEqualTo("caf%C3%A9/na%C3%AFve%20%22x%22%20%3Cy%3E.html");
    }

    @Test
    void everyEncodedPathIsAValidAddressThatDecodesBackToTheFile() throws Exception {
        String weird = "a b/ç%[]{}|\\^`'!$&()*+,;=:@~é😀\t.html";
        String encoded = PercentEncoding.path(weird);
        assertThat(new URI(encoded).getPath()).isEqualTo(weird);
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(weird);
    }

    @Test
    void addressesAuthorsWroteKeepTheirEscapesQueriesAndFragments() {
        assertThat(PercentEncoding.reference("Symptoms%20and%20Signs.html#signs"))
                .isEqualTo("Symptoms%20and%20Signs.html#signs");
        assertThat(PercentEncoding.reference("Symptoms and Signs.html#x y"))
                .isEqualTo("Symptoms%20and%20Signs.html#x%20y");
        assertThat(PercentEncoding.reference("https://example.org/a?b=1&c=2"))
                .isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(PercentEncoding.reference("100%.html")).isEqualTo("100%25.html");
    }
}

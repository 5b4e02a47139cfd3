package dev.pamphlet.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUrlTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.org/guide/      | https://example.org/guide/",
                "https://example.org/guide       | https://example.org/guide/",
                "https://example.org             | https://example.org/",
                "https://EXAMPLE.Org:8080/x      | https://example.org:8080/x/",
                "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.org/ | https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.org/",
                "http://example.org:8080/a/b     | http://example.org:8080/a/b/",
                "HTTPS://Example.ORG/Guide/      | https://example.org/Guide/",
                "https://example.org/my guide/   | https://example.org/my%20guide/",
                "https://example.org/my%20guide/ | https://example.org/my%20guide/",
                "https://example.org/100%/       | https://example.org/100%25/",
                "https://example.org/café/       | https://example.org/caf%C3%A9/",
                "https://bücher.example/         | https://xn--bcher-kva.example/",
                "'  https://example.org/a/  '    | https://example.org/a/",
                "https://[2001:db8::1]/site/     | https://[2001:db8::1]/site/",
                "https://example.org/a/./b/../c  | https://example.org/a/c/"
            })
    void aWebAddressIsAcceptedEncodedAndEndsInASlash(String given, String expected) {
        BaseUrl.Result url = BaseUrl.parse(given);
        assertThat(url.ok()).as(url.problem()).isTrue();
        assertThat(url.url()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "notaurl                           | is not a full web address",
                "example.org/guide/                | is not a full web address",
                "//example.org/guide/              | is not a full web address",
                "/guide/                           | is not a full web address",
                "''                                | is empty",
                "ftp://example.org/                | must be an http or https address, not ftp://",
                "file:///home/me/site/             | must be an http or https address, not file://",
                "javascript://example.org/%0aalert(1) | must be an http or https address",
                "https://example.org/a/?x=1        | must not have a query ('?x=1')",
                "https://example.org/a/?x=1#frag   | must not have a fragment ('#frag')",
                "https://example.org/a/#top        | must not have a fragment ('#top')",
                "https://user:secret@example.org/  | must not contain a user name or password",
                "https://                          | has no valid host name",
                "https:///guide/                   | has no valid host name",
                "https://exa mple.org/             | has no valid host name",
                "https://a..example.org/           | has no valid host name",
                "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.org/ | has no valid host name",
                "https://example.org:99999/        | has an invalid port ('99999')",
                "https://example.org:http/         | has an invalid port",
                "https://example.org/../guide/     | climbs above the host's root"
            })
    void anythingElseIsRejectedWithTheReason(String given, String problem) {
        BaseUrl.Result url = BaseUrl.parse(given);
        assertThat(url.ok()).as(given).isFalse();
        assertThat(url.problem()).contains(problem);
        assertThat(url.hint()).isNotBlank();
    }
}

package dev.pamphlet.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressAttributesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "href|javascript:alert(1)|javascript",
                "HREF|JaVaScRiPt:alert(1)|javascript",
                "xlink:href|java&#x09;script:alert(1)|javascript",
                "formaction|  vbscript:x|vbscript",
                "data|data:text/html,<script>|data",
                "xml:base|javascript:alert(1)//|javascript",
                "srcset|a.png 1x, javascript:alert(1) 2x|javascript",
                "srcset|data:image/png;base64,AAA= 1x|data",
                "values|https://a.example;javascript:alert(1)|javascript",
                "to|javascript:alert(1)|javascript",
                "href|https://www.nhs.uk/javascript:x|none",
                "srcset|a.png 1x, b.png 2x|none",
                "title|javascript:alert(1)|none",
                "data-href|javascript:alert(1)|none",
                "values|0;1|none"
            })
    void theDangerousSchemeOfAnAddressAttributeIsFound(String attribute, String value, String scheme) {
        assertThat(AddressAttributes.scriptScheme(attribute, value)).isEqualTo(scheme);
    }

    @ParameterizedTest
    @CsvSource({"onload,true", "ONCLICK,true", "svg:onbegin,true", "opacity,false", "href,false"})
    void eventHandlersAreNamedOnSomething(String attribute, boolean handler) {
        assertThat(AddressAttributes.isEventHandler(attribute)).isEqualTo(handler);
    }
}

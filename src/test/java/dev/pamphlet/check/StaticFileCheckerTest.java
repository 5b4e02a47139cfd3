package dev.pamphlet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Static files a browser would run as a document of the site's own are reported, at the line of what does it. */
class StaticFileCheckerTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n";

    @TempDir
    Path content;

    private List<Diagnostic> check(String name, byte[] bytes) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new StaticFileChecker(content, rel -> "content/" + rel).check(List.of(name));
    }

    private List<Diagnostic> check(String name, String text) throws IOException {
        return check(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String shown(Diagnostic d) {
        return d.location() + ": " + d.message();
    }

    static Stream<Arguments> activeFiles() {
        return Stream.of(
                Arguments.of(
                        "logo.svg",
                        SVG + "  <script>alert(document.domain)</script>\n</svg>",
                        "content/logo.svg:2:3: SVG file has a <script> element"),
                Arguments.of(
                        "upper.svg",
                        SVG + "<SCRIPT>alert(1)</SCRIPT></svg>",
                        "content/upper.svg:2:1: SVG file has a <SCRIPT>"),
                Arguments.of(
                        "prefixed.svg",
                        "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\">\n\n<svg:script>alert(1)</svg:script>"
                                + "</svg:svg>",
                        "content/prefixed.svg:3:1: SVG file has a <svg:script> element"),
                Arguments.of(
                        "xhtml-script.svg",
                        SVG + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
                        "content/xhtml-script.svg:2:1: SVG file has a <h:script> element"),
                Arguments.of(
                        "onload.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"\n     onload=\"alert(1)\"/>",
                        "content/onload.svg:2:6: SVG file has an event handler (onload)"),
                Arguments.of(
                        "onclick.svg",
                        SVG + "<circle r=\"4\" ONCLICK=\"alert(1)\"/></svg>",
                        "content/onclick.svg:2:15: SVG file has an event handler (ONCLICK)"),
                Arguments.of(
                        "foreign.svg",
                        SVG + "<foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                                + "Hi</div></foreignObject></svg>",
                        "content/foreign.svg:2:1: SVG file has a <foreignObject>"),
                Arguments.of(
                        "xlink.svg",
                        SVG + "<a xlink:href=\"javascript:alert(1)\"><text>Tap</text></a></svg>",
                        "content/xlink.svg:2:4: SVG file has a javascript: address in xlink:href"),
                Arguments.of(
                        "disguised.svg",
                        SVG + "<a href=\" java&#x09;script&#x3A;alert(1)\"><text>Tap</text></a></svg>",
                        "content/disguised.svg:2:4: SVG file has a javascript: address in href"),
                Arguments.of(
                        "vb.svg",
                        SVG + "<a href=\"VBScript:msgbox(1)\"><text>Tap</text></a></svg>",
                        "content/vb.svg:2:4: SVG file has a vbscript: address in href"),
                Arguments.of(
                        "data-link.svg",
                        SVG + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\"><text>Tap</text></a></svg>",
                        "content/data-link.svg:2:4: SVG file has a data: address in href"),
                Arguments.of(
                        "data-svg-image.svg",
                        SVG + "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>",
                        "content/data-svg-image.svg:2:8: SVG file has a data: address in href"),
                Arguments.of(
                        "use.svg",
                        SVG + "<use href=\"https://elsewhere.example/icons.svg#a\"/></svg>",
                        "content/use.svg:2:6: SVG file has a <use> that shows another document"),
                Arguments.of(
                        "use-xlink.svg",
                        SVG + "<use xlink:href=\"icons.svg#a\"/></svg>",
                        "content/use-xlink.svg:2:6: SVG file has a <use> that shows another document ('icons.svg#a')"),
                Arguments.of(
                        "entity.svg",
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n  <!ENTITY x \"&#60;script&#62;alert(1)&#60;/script&#62;\">\n]>\n"
                                + SVG + "&x;</svg>",
                        "content/entity.svg:2:1: SVG file has a DOCTYPE with declarations of its own"),
                Arguments.of(
                        "xslt.svg",
                        "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"page.xsl\"?>\n" + SVG
                                + "</svg>",
                        "content/xslt.svg:2:1: SVG file has an xml-stylesheet of type 'text/xsl'"),
                Arguments.of(
                        "set-handler.svg",
                        SVG + "<circle r=\"4\"><set attributeName=\"onclick\" to=\"alert(1)\"/></circle></svg>",
                        "content/set-handler.svg:2:20: SVG file has an animation that sets an event handler"),
                Arguments.of(
                        "animate-href.svg",
                        SVG + "<a><animate attributeName=\"href\" values=\"https://a.example;javascript:alert(1)\"/>"
                                + "<text>Tap</text></a></svg>",
                        "content/animate-href.svg:2:34: SVG file has a javascript: address in values"),
                Arguments.of(
                        "iframe.svg",
                        SVG + "<h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"https://a.example\"/></svg>",
                        "content/iframe.svg:2:1: SVG file has an <h:iframe>"),
                Arguments.of(
                        "welcome.html",
                        "<!DOCTYPE html>\n<p>Hello</p>\n<p onmouseover=\"steal()\">Hover</p>",
                        "content/welcome.html:3:4: HTML file has an event handler (onmouseover)"),
                Arguments.of(
                        "script.htm",
                        "<html><body>\n<SCRIPT src=\"x.js\"></SCRIPT>",
                        "content/script.htm:2:1: HTML file has a <script> element"),
                Arguments.of(
                        "inline-svg.html",
                        "<p>A picture</p>\n<svg><script>alert(1)</script></svg>",
                        "content/inline-svg.html:2:6: HTML file has a <script> element"),
                Arguments.of(
                        "link.html",
                        "<p><a href=\"  JaVaScRiPt:alert(1)\">Book</a></p>",
                        "content/link.html:1:7: HTML file has a javascript: address in href"),
                Arguments.of(
                        "form.html",
                        "<form>\n<button formaction=\"javascript:alert(1)\">Go</button></form>",
                        "content/form.html:2:9: HTML file has a javascript: address in formaction"),
                Arguments.of(
                        "frame.html",
                        "<p>Map</p>\n<iframe src=\"https://maps.example/\"></iframe>",
                        "content/frame.html:2:1: HTML file has an <iframe>, which loads another document"),
                Arguments.of(
                        "object.html",
                        "<object data=\"movie.swf\"></object>",
                        "content/object.html:1:1: HTML file has an <object>"),
                Arguments.of(
                        "embed.html", "<embed src=\"movie.swf\">", "content/embed.html:1:1: HTML file has an <embed>"),
                Arguments.of(
                        "base.html",
                        "<head><base href=\"https://elsewhere.example/\"></head>",
                        "content/base.html:1:7: HTML file has a <base>"),
                Arguments.of(
                        "refresh.html",
                        "<head>\n<meta http-equiv=\"Refresh\" content=\"0; url=https://elsewhere.example/\"></head>",
                        "content/refresh.html:2:1: HTML file has a <meta http-equiv=\"refresh\">"),
                Arguments.of(
                        "page.xhtml",
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n<script>alert(1)</script></body></html>",
                        "content/page.xhtml:2:1: XHTML file has a <script> element"),
                Arguments.of(
                        "feed.xml",
                        "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"feed.xsl\"?>\n<rss/>",
                        "content/feed.xml:2:1: XML file has an xml-stylesheet of type 'text/xsl'"),
                Arguments.of(
                        "data.xml",
                        "<data xmlns:h=\"http://www.w3.org/1999/xhtml\">\n<h:script>alert(1)</h:script></data>",
                        "content/data.xml:2:1: XML file has a <h:script> element"),
                Arguments.of(
                        "images/LOGO.SVG",
                        SVG + "<script>alert(1)</script></svg>",
                        "content/images/LOGO.SVG:2:1: SVG file has a <script> element"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activeFiles")
    void anActiveFileIsAnErrorAtTheLineOfWhatMakesItActive(String name, String text, String expected)
            throws IOException {
        List<Diagnostic> found = check(name, text);

        assertThat(found)
                .extracting(StaticFileCheckerTest::shown)
                .anySatisfy(s -> assertThat(s).startsWith(expected));
        assertThat(found).allMatch(Diagnostic::isError);
        assertThat(found)
                .extracting(Diagnostic::hint)
                .allMatch(h -> h.startsWith("remove ")
                        && h.endsWith(", or set allow_html: true in site.yml if you trust this file"));
    }

    static Stream<Arguments> harmlessFiles() {
        return Stream.of(
                Arguments.of("google1234abcd.html", "google-site-verification: google1234abcd.html"),
                Arguments.of(
                        "BingSiteAuth.xml",
                        "<?xml version=\"1.0\"?>\n<users>\n\t<user>0123456789ABCDEF</user>\n</users>"),
                Arguments.of(
                        "verify.html",
                        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"verify\" content=\"x\">"
                                + "<title>Verify</title><link rel=\"stylesheet\" href=\"a.css\"></head><body>"
                                + "<p>Ok. <a href=\"index.html\">Home</a> <img src=\"data:image/png;base64,iVBORw0KGgo=\""
                                + " alt=\"\"></p></body></html>"),
                Arguments.of(
                        "drawing.svg",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                                + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                                + "<?xml-stylesheet type=\"text/css\" href=\"drawing.css\"?>\n" + SVG
                                + "<defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient>"
                                + "<style>circle { fill: url(#g); }</style></defs>\n"
                                + "<use href=\"#c\"/><use xlink:href=\"#c\"/><circle id=\"c\" r=\"4\"/>\n"
                                + "<a href=\"https://clinic.example.org/\"><text>Clinic</text></a>\n"
                                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/>\n"
                                + "<animate attributeName=\"opacity\" values=\"0;1\" dur=\"1s\"/>\n"
                                + "<!-- <script>alert(1)</script> --></svg>"),
                Arguments.of("notes.txt", "<script>alert(1)</script>"),
                Arguments.of("script-in-name.html.txt", "<script>alert(1)</script>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmlessFiles")
    void aFileWithNothingActiveInItPasses(String name, String text) throws IOException {
        assertThat(check(name, text)).isEmpty();
    }

    @Test
    void aCompressedSvgIsUnpackedAndChecked() throws IOException {
        assertThat(check("logo.svgz", gzip(SVG + "<circle r=\"4\"/>\n<script>alert(1)</script></svg>")))
                .extracting(StaticFileCheckerTest::shown)
                .containsExactly("content/logo.svgz:3:1: SVG file has a <script> element, which a browser opening"
                        + " the file runs on the site's own address");
        assertThat(check("plain.svgz", gzip(SVG + "<circle r=\"4\"/></svg>"))).isEmpty();
    }

    @Test
    void aCompressedSvgThatCannotBeUnpackedIsRefused() throws IOException {
        List<Diagnostic> found = check("broken.svgz", "not compressed at all");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(shown(d)).startsWith("content/broken.svgz: cannot read the SVG file to check it for scripts");
            assertThat(d.hint()).contains("allow_html: true");
        });
    }

    @Test
    void anSvgInAnotherEncodingIsReadAsABrowserReadsIt() throws IOException {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + SVG + "<script>alert(1)</script></svg>";

        assertThat(check("wide.svg", text.getBytes(StandardCharsets.UTF_16)))
                .extracting(StaticFileCheckerTest::shown)
                .singleElement()
                .asString()
                .startsWith("content/wide.svg:3:1: SVG file has a <script> element");
    }

    @Test
    void everyActiveThingInAFileIsReportedWithItsLine() throws IOException {
        List<Diagnostic> found = check(
                "many.svg",
                SVG + "<script>a()</script>\n<circle onclick=\"b()\"/>\n<a href=\"javascript:c()\"/></svg>");

        assertThat(found)
                .extracting(Diagnostic::line, Diagnostic::sourceLine)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "<script>a()</script>"),
                        org.assertj.core.groups.Tuple.tuple(3, "<circle onclick=\"b()\"/>"),
                        org.assertj.core.groups.Tuple.tuple(4, "<a href=\"javascript:c()\"/></svg>"));
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

package dev.pamphlet.check;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The content folder's files that a browser opens as a document of the site's own: HTML, SVG and XML. Published
 * as they are, a script in one runs on the site's address, where it can read and change every page a reader has
 * open; so on a site that does not allow raw HTML, such a file is an error, naming the file and the line of what
 * makes it active. A file with none of it (a search engine's verification page, a drawing) is published as it
 * is. A compressed SVG ({@code .svgz}) is unpacked and checked the same way.
 */
public final class StaticFileChecker {
    /** The most a compressed SVG may unpack to: beyond it, it is refused rather than read into memory. */
    static final int MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

    /** How a kind of file is read, and what it is called in a message. */
    private record Kind(String name, boolean xml) {}

    private static final Kind HTML = new Kind("HTML file", false);
    private static final Kind SVG = new Kind("SVG file", true);
    private static final Kind XHTML = new Kind("XHTML file", true);
    private static final Kind XML = new Kind("XML file", true);

    /**
     * By extension, as web servers choose the type they send. XML of every kind is opened as a document (an XSL
     * file or a feed holds XHTML scripts as well as a page can); other files are sent as what they are, which
     * browsers do not run.
     */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("shtml", HTML),
            Map.entry("svg", SVG),
            Map.entry("svgz", SVG),
            Map.entry("xhtml", XHTML),
            Map.entry("xht", XHTML),
            Map.entry("xml", XML),
            Map.entry("xsl", XML),
            Map.entry("xslt", XML),
            Map.entry("rss", XML),
            Map.entry("atom", XML));

    private static final String TRUST = ", or set allow_html: true in site.yml if you trust this file";

    private final Path contentDir;
    private final Function<String, String> display;
    /** What a hint adds: allow_html, for a file that may be trusted; nothing for one held to the check regardless. */
    private final String trust;

    /** @param display how to show a path inside the content folder */
    public StaticFileChecker(Path contentDir, Function<String, String> display) {
        this(contentDir, display, TRUST);
    }

    private StaticFileChecker(Path contentDir, Function<String, String> display, String trust) {
        this.contentDir = contentDir;
        this.display = display;
        this.trust = trust;
    }

    /** A checker for files checked even where site.yml allows raw HTML (the logo): its hints do not offer that. */
    public static StaticFileChecker withoutExceptions(Path contentDir, Function<String, String> display) {
        return new StaticFileChecker(contentDir, display, "");
    }

    /** Every active file among {@code staticFiles} (paths in the content folder), each thing in it reported. */
    public List<Diagnostic> check(Collection<String> staticFiles) {
        List<String> documents =
                staticFiles.stream().filter(p -> kind(p) != null).toList();
        return (documents.size() > 1 ? documents.parallelStream() : documents.stream())
                .flatMap(path -> check(path).stream())
                .toList();
    }

    /** Whether a file of this name is opened by a browser as a document, and so checked. */
    public static boolean isChecked(String path) {
        return kind(path) != null;
    }

    private static Kind kind(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/')
                ? null
                : KINDS.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private List<Diagnostic> check(String path) {
        Kind kind = kind(path);
        String file = display.apply(path);
        byte[] bytes;
        try {
            bytes = read(contentDir.resolve(path), path.toLowerCase(Locale.ROOT).endsWith(".svgz"));
        } catch (TooLarge e) {
            return List.of(Diagnostic.error(
                            file,
                            0,
                            0,
                            "compressed SVG unpacks to more than " + (MAX_UNPACKED_BYTES >> 20)
                                    + " MB, too large to check for scripts")
                    .withHint("save it as a smaller picture" + trust));
        } catch (IOException e) {
            return List.of(Diagnostic.error(
                            file,
                            0,
                            0,
                            "cannot read the " + kind.name() + " to check it for scripts: " + IoReasons.of(e))
                    .withHint("save it again, as a plain (uncompressed) file" + trust));
        }
        Parser parser = (kind.xml() ? Parser.xmlParser() : Parser.htmlParser()).setTrackPosition(true);
        Document document;
        try {
            // The encoding as a browser finds it: byte order mark, then the XML declaration or <meta charset>.
            document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
        } catch (IOException e) {
            return List.of(Diagnostic.error(file, 0, 0, "cannot read the " + kind.name() + ": " + IoReasons.of(e)));
        }
        String text = decoded(bytes, document.charset());
        return ActiveMarkup.in(document, text, kind.xml()).stream()
                .map(f -> Diagnostic.error(file, f.line(), f.column(), kind.name() + " has " + f.what())
                        .withSourceLine(line(text, f.line()))
                        .withHint("remove " + f.remove() + " from the file" + trust))
                .toList();
    }

    /** A compressed file unpacked would not fit the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static byte[] read(Path file, boolean compressed) throws IOException {
        if (!compressed) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readNBytes(MAX_UNPACKED_BYTES + 1);
            if (bytes.length > MAX_UNPACKED_BYTES) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    /** The text jsoup parsed: positions are counted in it, after any byte order mark. */
    private static String decoded(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The file's line, shown under the message; null for none, or for a line too long to show (minified). */
    private static String line(String text, int number) {
        if (number < 1) {
            return null;
        }
        List<String> lines = text.lines().limit(number).toList();
        String line = lines.size() == number ? lines.get(number - 1) : null;
        return line == null || line.length() > SHOWN_LINE ? null : line;
    }

    private static final int SHOWN_LINE = 200;
}

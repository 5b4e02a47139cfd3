package dev.pamphlet.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The checks every built site is held to in the tests: the Nu Html Checker, and links that work opened from disk. */
public final class SiteChecks {

    private SiteChecks() {}

    /** The Nu Html Checker set up for HTML5, reporting its errors to {@code errors}. */
    public static SimpleDocumentValidator validator(Collector errors) throws Exception {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, true, false);
        return validator;
    }

    /** The checker's errors, each as {@code page:line:column: message}. */
    public static final class Collector implements ErrorHandler {
        public final List<String> found = new ArrayList<>();
        public String page = "";

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as advice on optional attributes) are not errors in the checker's own report.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    /**
     * The links of a site's pages opened from disk.
     *
     * @param broken  each link or loaded file that is not there, or whose #id is not on its page
     * @param checked the links followed
     */
    public record Links(List<String> broken, int checked) {}

    /**
     * Follows every link and loaded file of {@code pages} (paths under {@code root}) as a browser opening them from
     * disk would. The 'page not found' page is left out: a server shows it at any depth, so its links start at the
     * site's path on the server.
     */
    public static Links links(Path root, List<String> pages) throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : pages) {
            if (page.equals("404.html")) {
                continue;
            }
            Path file = root.resolve(page);
            for (Element e : Jsoup.parse(file.toFile()).select("[href], [src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                URI uri = URI.create(target);
                if (uri.getScheme() != null || target.equals("#")) {
                    continue;
                }
                checked++;
                Path linked = uri.getPath().isEmpty()
                        ? file
                        : file.getParent().resolve(uri.getPath()).normalize();
                if (!Files.isRegularFile(linked)) {
                    broken.add(page + " -> " + target);
                } else if (uri.getFragment() != null && linked.toString().endsWith(".html")) {
                    Document other = Jsoup.parse(linked.toFile());
                    if (other.getElementById(uri.getFragment()) == null) {
                        broken.add(page + " -> " + target + " (no such id)");
                    }
                }
            }
        }
        return new Links(List.copyOf(broken), checked);
    }
}

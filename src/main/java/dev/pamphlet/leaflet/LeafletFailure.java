package dev.pamphlet.leaflet;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Why a leaflet could not be made, in words a publisher can act on: what the PDF library was doing, what went
 * wrong when that can be told, and what to try. The library's own messages name its Java classes, which mean
 * nothing to a publisher: they are left out.
 */
record LeafletFailure(String message, String hint) {
    /** A Java class's or package's name, {@code com.openhtmltopdf.layout.Breaker} or {@code java.lang.Foo$Bar}. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+[A-Z][\\w$]*:?");
    /** A word naming a Java exception or error, {@code NullPointerException}. */
    private static final Pattern THROWABLE = Pattern.compile("\\b\\w*(?:Exception|Error)\\b:?");

    private static final String HINT =
            "check the page's raw HTML, styles and images, and print.ftlh if the site has its own; or set"
                    + " 'pdf: false' in site.yml";

    /** A PDF library failure while making a leaflet: raised by {@link OpenHtmlPdfRenderer} with its step. */
    static final class PdfException extends IOException {
        private final String step;

        /** @param step what the library was doing, in words: "laying out its pages" */
        PdfException(String step, Throwable cause) {
            super(step, cause);
            this.step = step;
        }

        String step() {
            return step;
        }
    }

    /** A leaflet whose text holds characters no leaflet font has: raised by {@link OpenHtmlPdfRenderer}. */
    static final class MissingGlyphs extends IOException {
        private final String characters;

        MissingGlyphs(String characters) {
            super("no leaflet font has " + characters);
            this.characters = characters;
        }

        /** Each character once, in the order the text has them. */
        String characters() {
            return characters;
        }
    }

    /** The failure of making the leaflet {@code pdfPath}. */
    static LeafletFailure of(String pdfPath, Throwable failure) {
        String start = "cannot make the PDF leaflet " + pdfPath;
        if (failure instanceof StackOverflowError) {
            return new LeafletFailure(
                    start + ": its HTML is too deeply nested for the PDF renderer",
                    "nest the page's lists, quotes and raw HTML less deeply; or set 'pdf: false' in site.yml");
        }
        if (failure instanceof OutOfMemoryError) {
            return new LeafletFailure(
                    start + ": it needs more memory than Java was given (a very large table or picture?)",
                    "make the page's tables and pictures smaller, give Java more memory (-Xmx), or set"
                            + " 'pdf: false' in site.yml");
        }
        String step = failure instanceof PdfException e ? e.step() : "making it";
        Throwable cause = failure instanceof PdfException && failure.getCause() != null ? failure.getCause() : failure;
        String why = plain(cause.getMessage());
        if (why.startsWith("The content width cannot be zero")) {
            return new LeafletFailure(
                    start + ": its pages leave no room for text (the page size, less the margins, is zero or less)",
                    "check the sizes and margins of the '@page' rules in the page's raw HTML and in print.ftlh");
        }
        return new LeafletFailure(
                start + ": the PDF library failed while " + step + (why.isEmpty() ? "" : " (" + why + ")"), HINT);
    }

    /** A library message without Java's names in it; empty when nothing else is left. */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        String words =
                THROWABLE.matcher(CLASS_NAME.matcher(message).replaceAll("")).replaceAll("");
        words = words.replaceAll("\\s+", " ").strip();
        return words.replaceAll("^[:;,.\\s]+|[:;,\\s]+$", "");
    }
}

package dev.pamphlet.serve;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** The page shown instead of the site while its build fails: the errors, as the terminal shows them. */
final class ErrorPage {

    private ErrorPage() {}

    static String html(LiveSite.Status status, String scriptTag) {
        List<Diagnostic> errors = status.errors();
        StringWriter text = new StringWriter();
        DiagnosticPrinter.printText(errors, new PrintWriter(text));
        String title = "Build failed: " + DiagnosticPrinter.plural(errors.size(), "error");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#212b32}"
                + "h1{color:#b10e1e}pre{background:#f0f4f5;border-left:4px solid #b10e1e;padding:1rem;"
                + "overflow:auto;white-space:pre-wrap}</style>\n"
                + scriptTag + "\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n"
                + "<p>The preview shows this page until the errors are fixed; it reloads by itself when they are."
                + " The last good site is unchanged on disk.</p>\n"
                + "<pre>" + escape(text.toString()) + "</pre>\n</main>\n</body>\n</html>\n";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

package dev.pamphlet.report;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.render.TemplateRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes the report into a folder: {@code report.html} (from the templates' {@code report.ftlh}) and {@code report.csv}. */
public final class ReportWriter {
    public static final String TEMPLATE = "report.ftlh";
    public static final String HTML = "report.html";
    public static final String CSV = "report.csv";

    private ReportWriter() {}

    /** @return the files written */
    public static List<Path> write(GovernanceReport report, TemplateRenderer templates, Path folder)
            throws IOException, ContentException {
        String html = templates.render(TEMPLATE, Map.of("report", report), HTML);
        Files.createDirectories(folder);
        Path htmlFile = folder.resolve(HTML);
        Path csvFile = folder.resolve(CSV);
        Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        Files.writeString(csvFile, ReportCsv.write(report), StandardCharsets.UTF_8);
        return List.of(htmlFile, csvFile);
    }
}

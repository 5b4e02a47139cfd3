package dev.pamphlet.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break), one row per page, for a spreadsheet or a governance system. Dates are written YYYY-MM-DD.
 */
final class ReportCsv {
    static final List<String> COLUMNS = List.of(
            "title",
            "address",
            "file",
            "author",
            "reviewer",
            "reviewed",
            "adapted_from",
            "review_due",
            "review_status",
            "days_until_review_due",
            "updated",
            "reading_age",
            "sources",
            "warning_count",
            "warnings");

    private ReportCsv() {}

    static String write(GovernanceReport report) {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        for (ReportRow r : report.pages()) {
            line(
                    out,
                    List.of(
                            r.title(),
                            r.address(),
                            r.file(),
                            r.authors(),
                            r.reviewers(),
                            r.reviewed() == null ? "" : r.reviewed().iso(),
                            r.adaptedFrom(),
                            r.reviewDue().iso(),
                            r.status(),
                            Long.toString(r.daysToDue()),
                            r.updated() == null ? "" : r.updated().iso(),
                            r.readingAge(),
                            r.sources().stream()
                                    .map(s -> s.title() + " <" + s.url() + ">")
                                    .collect(Collectors.joining("; ")),
                            Integer.toString(r.warnings().size()),
                            String.join("; ", r.warnings())));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

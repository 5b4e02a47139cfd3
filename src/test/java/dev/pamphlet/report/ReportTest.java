package dev.pamphlet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pamphlet report}: the governance report of a whole site, as an HTML page and a CSV file. */
class ReportTest {
    @TempDir
    Path out;

    static final String TEMPLATES = SiteFixtures.TEMPLATES.toString();

    /** The CSV's rows as maps from column to value (RFC 4180 quoting undone). */
    static List<Map<String, String>> csv(Path file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String text = Files.readString(file);
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertThat(r).hasSameSizeAs(records.get(0));
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                row.put(records.get(0).get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theShippedGuidesReportShowsEveryPageOverdueAndAdaptedFromTheNhs() throws IOException {
        Path folder = out.resolve("report");
        CliRun run = CliRun.of(
                "report",
                "--content",
                SiteFixtures.REAL_CONTENT.toString(),
                "--templates",
                TEMPLATES,
                "--output",
                folder.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("Wrote the report of 4 pages to " + folder.resolve("report.html"))
                .contains("(4 overdue for review, 0 due within 90 days)");
        List<Map<String, String>> rows = csv(folder.resolve("report.csv"));
        assertThat(rows)
                .extracting(r -> r.get("file"))
                .containsExactly("index.md", "causes.md", "secondary-restless-legs-syndrome.md", "triggers.md");
        Map<String, String> causes = rows.get(1);
        assertThat(causes)
                .containsEntry("title", "Causes of restless legs syndrome")
                .containsEntry("address", "https://example.org/restless-legs/causes.html")
                .containsEntry("author", "")
                .containsEntry("reviewer", "")
                .containsEntry("reviewed", "")
                .containsEntry(
                        "adapted_from",
                        "Causes of restless legs syndrome - NHS website, reviewed 2016-11-29" + " by a doctor")
                .containsEntry("review_due", "2019-11-29")
                .containsEntry("review_status", "overdue")
                .containsEntry("updated", "")
                .containsEntry(
                        "sources",
                        "Causes of restless legs syndrome - NHS website"
                                + " <https://www.nhs.uk/conditions/restless-legs-syndrome/causes/>")
                .containsEntry("warning_count", "1");
        assertThat(Double.parseDouble(causes.get("reading_age"))).isBetween(5.0, 14.0);
        assertThat(Long.parseLong(causes.get("days_until_review_due"))).isNegative();
        assertThat(causes.get("warnings")).startsWith("line 4: warning: overdue for review");

        Document html = Jsoup.parse(folder.resolve("report.html").toFile(), "UTF-8");
        assertThat(html.title()).isEqualTo("Governance report: Restless legs syndrome");
        assertThat(html.select("tbody tr")).hasSize(4).allSatisfy(tr -> {
            assertThat(tr.className()).isEqualTo("overdue");
            assertThat(tr.select(".state").text()).matches("Overdue by \\d+ days");
        });
        assertThat(html.select("main > ul").get(1).text())
                .contains("Editorial policy: missing")
                .contains("Contact: mailto:feedback@example.org");
    }

    @Test
    void pagesDueSoonStandOutAndEachPageListsItsAuthorsReviewersAndWarnings() throws Exception {
        Path folder = out.resolve("report");
        ReportBuilder.Result result = ReportBuilder.build(
                SiteFixtures.options(SiteFixtures.fixture("warnings").resolve("content"), out.resolve("site")));
        ReportWriter.write(
                result.report().orElseThrow(),
                new dev.pamphlet.render.TemplateRenderer(
                        dev.pamphlet.render.Theme.of(SiteFixtures.TEMPLATES, "templates")),
                folder);
        Document html = Jsoup.parse(folder.resolve("report.html").toFile(), "UTF-8");
        Element soon = html.selectFirst("tbody tr.due-soon");
        assertThat(soon).isNotNull();
        assertThat(soon.select("th a").text()).isEqualTo("Warnings example");
        assertThat(soon.select(".state").text()).isEqualTo("Due in 49 days");
        assertThat(html.select("tbody tr.overdue th a").text()).isEqualTo("Overdue");
        Element problems = html.select("tbody tr").stream()
                .filter(tr -> tr.text().contains("problems.md"))
                .findFirst()
                .orElseThrow();
        assertThat(problems.select("td").last().select("li")).hasSize(6);
        assertThat(problems.className()).isEqualTo("current");

        ReportBuilder.Result reader = ReportBuilder.build(
                SiteFixtures.options(SiteFixtures.fixture("reader").resolve("content"), out.resolve("site")));
        ReportWriter.write(
                reader.report().orElseThrow(),
                new dev.pamphlet.render.TemplateRenderer(
                        dev.pamphlet.render.Theme.of(SiteFixtures.TEMPLATES, "templates")),
                folder);
        Map<String, String> help = csv(folder.resolve("report.csv")).stream()
                .filter(r -> r.get("file").equals("when-to-get-help.md"))
                .findFirst()
                .orElseThrow();
        assertThat(help)
                .containsEntry("author", "Sam Lee (Asthma nurse specialist)")
                .containsEntry("reviewer", "Dr Asha Patel (General practitioner)")
                .containsEntry("reviewed", "2026-03-01")
                .containsEntry("updated", "2026-05-10")
                .containsEntry("review_status", "current")
                .containsEntry("adapted_from", "");
        Document readerHtml = Jsoup.parse(folder.resolve("report.html").toFile(), "UTF-8");
        assertThat(readerHtml.text())
                .contains("Every page must name: author, reviewed_by")
                .contains("Overdue pages are errors after 30 days")
                .contains("Editorial policy: https://example.org/asthma/about-us.html");
    }

    @Test
    void aReportOfASiteWithErrorsIsWrittenAndTheCommandFails() throws IOException {
        Path content = SiteFixtures.copyFixture("reader", out);
        Path page = content.resolve("about-us.md");
        Files.writeString(
                page,
                Files.readString(page)
                        .replace("reviewed_by: {name: Dr Asha Patel, role: General" + " practitioner}\n", ""));
        Path folder = out.resolve("report");
        CliRun run = CliRun.of(
                "report", "--content", content.toString(), "--templates", TEMPLATES, "--output", folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("about-us.md:1: error: missing 'reviewed_by'");
        Map<String, String> about = csv(folder.resolve("report.csv")).stream()
                .filter(r -> r.get("file").equals("about-us.md"))
                .findFirst()
                .orElseThrow();
        assertThat(about).containsEntry("reviewer", "");
        assertThat(about.get("warnings")).contains("error: missing 'reviewed_by'");
    }

    @Test
    void theReportIsNotWrittenIntoTheContentFolder() {
        CliRun run = CliRun.of("report", "--content", "content", "--output", "content/report");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is inside the content or templates folder");
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyNeedIt() {
        assertThat(ReportCsv.field("plain")).isEqualTo("plain");
        assertThat(ReportCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(ReportCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReportCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void theReportShowsATranslationThatIsOlderThanItsSourcesReview(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("report");
        CliRun run = CliRun.of(
                "report",
                "--content",
                SiteFixtures.fixture("languages").resolve("content").toString(),
                "--templates",
                TEMPLATES,
                "--output",
                folder.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        String csv = Files.readString(folder.resolve("report.csv"));
        assertThat(csv.lines()
                        .filter(l -> l.contains("opening-hours.ar.md"))
                        .findFirst()
                        .orElseThrow())
                .contains("translation is out of date")
                .contains("reviewed again on 2026-06-01");
        assertThat(csv.lines()
                        .filter(l -> l.contains("opening-hours.cy.md"))
                        .findFirst()
                        .orElseThrow())
                .doesNotContain("out of date");
    }
}

package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.render.TemplateRenderer;
import dev.pamphlet.report.ReportBuilder;
import dev.pamphlet.report.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built page passes the W3C Nu Html Checker (the engine behind validator.w3.org/nu) with no errors. */
class HtmlValidationTest {
    @TempDir
    static Path out;

    static List<BuiltSite> sites;

    @BeforeAll
    static void build() {
        sites = BuiltSite.buildAll(out);
    }

    @Test
    void everyPageOfEverySiteIsValidHtml() throws Exception {
        SiteChecks.Collector errors = new SiteChecks.Collector();
        SimpleDocumentValidator validator = SiteChecks.validator(errors);
        int checked = 0;
        for (BuiltSite site : sites) {
            for (String page : site.pages()) {
                errors.page = site.name() + " " + page;
                validator.checkHtmlFile(site.root().resolve(page).toFile(), true);
                checked++;
            }
        }
        assertThat(errors.found).isEmpty();
        assertThat(checked).as("pages checked").isGreaterThanOrEqualTo(12);
    }

    @Test
    void theGovernanceReportIsValidHtml(@TempDir Path dir) throws Exception {
        SiteChecks.Collector errors = new SiteChecks.Collector();
        SimpleDocumentValidator validator = SiteChecks.validator(errors);
        for (Path content : List.of(
                SiteFixtures.REAL_CONTENT,
                SiteFixtures.fixture("warnings").resolve("content"),
                SiteFixtures.fixture("reader").resolve("content"))) {
            Path folder = dir.resolve(content.getParent().getFileName().toString());
            ReportBuilder.Result result = ReportBuilder.build(SiteFixtures.options(content, dir.resolve("site")));
            ReportWriter.write(
                    result.report().orElseThrow(),
                    new TemplateRenderer(dev.pamphlet.render.Theme.of(SiteFixtures.TEMPLATES, "templates")),
                    folder);
            errors.page = folder.resolve(ReportWriter.HTML).toString();
            validator.checkHtmlFile(folder.resolve(ReportWriter.HTML).toFile(), true);
        }
        assertThat(errors.found).isEmpty();
    }

    /** A validator that says nothing proves nothing: this page has a known error. */
    @Test
    void theCheckerReportsABrokenPage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        java.nio.file.Files.writeString(
                bad,
                "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>x</title>"
                        + "</head><body><p id=a>x</p><p id=a><a href=\"#\"><a href=\"#\">nested</a></a></p></body></html>");
        SiteChecks.Collector errors = new SiteChecks.Collector();
        SimpleDocumentValidator validator = SiteChecks.validator(errors);
        errors.page = "bad.html";
        validator.checkHtmlFile(bad.toFile(), true);
        assertThat(errors.found).anyMatch(e -> e.contains("Duplicate ID"));
    }
}

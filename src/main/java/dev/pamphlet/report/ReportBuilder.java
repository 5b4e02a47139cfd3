package dev.pamphlet.report;

import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.check.Readability;
import dev.pamphlet.check.ReadabilityChecker;
import dev.pamphlet.check.ReviewDateChecker;
import dev.pamphlet.config.Governance;
import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.content.Person;
import dev.pamphlet.content.Source;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.Glossary;
import dev.pamphlet.markdown.MarkdownRenderer;
import dev.pamphlet.render.PageViewBuilder;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import dev.pamphlet.site.TrustPages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the governance report of a site: runs every check a build runs (without writing anything), then lists
 * each page with who wrote and reviewed it, its review dates, reading age, sources and the warnings it got.
 */
public final class ReportBuilder {

    /** The report, with the check run behind it; the report is empty when the site could not be read at all. */
    public record Result(BuildResult check, Optional<GovernanceReport> report) {}

    private ReportBuilder() {}

    /** @param options what to check; it is run as a check, whatever its output settings */
    public static Result build(BuildOptions options) {
        BuildResult check = new Build(options.checkOnly()).run();
        Function<String, String> display = displayFor(options.contentDir());
        Optional<GovernanceReport> report = SiteSurvey.read(options.contentDir(), options.drafts(), display)
                .map(survey -> report(survey, check.diagnostics().sorted(), options.today(), display));
        return new Result(check, report);
    }

    /** Content paths as the build shows them in diagnostics, so the two can be matched. */
    private static Function<String, String> displayFor(Path contentDir) {
        String s = contentDir.toString().replace('\\', '/');
        String prefix = (s.isEmpty() ? "." : s) + "/";
        return rel -> prefix + rel;
    }

    private static GovernanceReport report(
            SiteSurvey survey, List<Diagnostic> diagnostics, LocalDate today, Function<String, String> display) {
        Site main = survey.editions().get(0);
        SiteConfig config = main.config();
        ReviewDateChecker reviews = new ReviewDateChecker(today);
        Map<String, List<Diagnostic>> byFile = diagnostics.stream()
                .collect(Collectors.groupingBy(Diagnostic::file, HashMap::new, Collectors.toList()));
        List<ReportRow> rows = new ArrayList<>();
        List<String> pageFiles = new ArrayList<>();
        for (Site site : survey.editions()) {
            Glossary glossary = site.language().glossary();
            ReadabilityChecker readability =
                    new ReadabilityChecker(config, site.language().tag());
            PageViewBuilder views = new PageViewBuilder(site, !glossary.isEmpty(), today);
            MarkdownRenderer markdown = new MarkdownRenderer(
                    config.allowHtml(), glossary, site.language().bodyText());
            for (Page page : site.guide()) {
                Article article = page.article();
                FrontMatter meta = article.meta();
                Readability.Score score = readability.check(
                        article,
                        markdown.render(article.body(), article.bodyStartLine(), page.root()),
                        display,
                        new ArrayList<>());
                String file = display.apply(article.path());
                pageFiles.add(file);
                List<String> warnings = byFile.getOrDefault(file, List.of()).stream()
                        .map(d -> (d.line() > 0 ? "line " + d.line() + ": " : "")
                                + d.severity().label() + ": " + d.message())
                        .toList();
                rows.add(new ReportRow(
                        meta.title(),
                        views.absoluteUrl(page.outputPath()),
                        article.path(),
                        people(meta.authors()),
                        people(meta.reviewers()),
                        meta.reviewed() == null ? null : views.date(meta.reviewed()),
                        adaptedFrom(meta),
                        views.date(meta.reviewDue()),
                        status(reviews.status(article)),
                        ChronoUnit.DAYS.between(today, meta.reviewDue()),
                        meta.updated() == null ? null : views.date(meta.updated()),
                        !readability.measures()
                                ? ReadabilityChecker.NOT_MEASURED
                                : score.words() < ReadabilityChecker.MIN_WORDS ? "" : oneDecimal(score.readingAge()),
                        meta.sources().stream()
                                .map(s -> new ReportRow.Source(s.title(), s.url(), s.adapted()))
                                .toList(),
                        warnings));
            }
        }
        PageViewBuilder views = new PageViewBuilder(main, false, today);
        List<String> siteProblems = diagnostics.stream()
                .filter(d -> !pageFiles.contains(d.file()))
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                .toList();
        Map<String, TrustPages.Link> links = TrustPages.links(main);
        List<GovernanceReport.TrustEntry> trust = Governance.TRUST_KEYS.stream()
                .map(k -> new GovernanceReport.TrustEntry(k, links.containsKey(k) ? where(links.get(k), views) : null))
                .toList();
        return new GovernanceReport(
                config.title(),
                config.publisher(),
                config.baseUrl(),
                views.date(today),
                List.copyOf(rows),
                rows.stream().filter(r -> r.status().equals("overdue")).count(),
                rows.stream().filter(r -> r.status().equals("due-soon")).count(),
                rows.stream()
                        .filter(r -> r.authors().isEmpty() || r.reviewers().isEmpty())
                        .count(),
                trust,
                policy(config.governance()),
                List.copyOf(config.governance().required()),
                siteProblems);
    }

    private static String where(TrustPages.Link link, PageViewBuilder views) {
        return link.local() ? views.absoluteUrl(link.href()) : link.href();
    }

    private static String status(ReviewDateChecker.Status status) {
        return switch (status) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            case CURRENT -> "current";
        };
    }

    private static String policy(Governance governance) {
        if (!governance.overdueIsError()) {
            return "warning";
        }
        return governance.overdueGraceDays() == 0 ? "error" : "error after " + governance.overdueGraceDays() + " days";
    }

    /** "Dr Asha Patel (General practitioner); Sam Lee"; someone known by role only is written as the role. */
    static String people(List<Person> people) {
        return people.stream()
                .map(p -> p.name() == null ? p.role() : p.role() == null ? p.name() : p.name() + " (" + p.role() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String adaptedFrom(FrontMatter meta) {
        Source s = meta.adaptedFrom();
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.title());
        if (s.reviewed() != null) {
            sb.append(", reviewed ").append(s.reviewed());
        }
        if (!s.reviewers().isEmpty()) {
            sb.append(s.reviewed() == null ? ", reviewed" : "")
                    .append(" by ")
                    .append(people(s.reviewers().stream()
                            .map(p -> p.name() == null ? new Person(null, article(p.role()) + " " + p.role()) : p)
                            .toList()));
        }
        return sb.toString();
    }

    /** "a doctor", "an obstetrician": someone known by role only. */
    private static String article(String role) {
        return "aeiouAEIOU".indexOf(role.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}

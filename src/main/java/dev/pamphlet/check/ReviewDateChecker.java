package dev.pamphlet.check;

import dev.pamphlet.config.Governance;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Patient information must be reviewed on time: warns about pages overdue, or due within {@link #SOON_DAYS}. A site
 * whose policy is {@code overdue: error} fails pages overdue by more than its grace period instead.
 */
public final class ReviewDateChecker {
    public static final int SOON_DAYS = 90;

    private final LocalDate today;
    private final Governance policy;

    public ReviewDateChecker(LocalDate today) {
        this(today, Governance.NONE);
    }

    public ReviewDateChecker(LocalDate today, Governance policy) {
        this.today = today;
        this.policy = policy;
    }

    public enum Status {
        CURRENT,
        DUE_SOON,
        OVERDUE
    }

    public Status status(Article article) {
        LocalDate due = article.meta().reviewDue();
        if (due.isBefore(today)) {
            return Status.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= SOON_DAYS ? Status.DUE_SOON : Status.CURRENT;
    }

    public void check(Article article, Function<String, String> display, List<Diagnostic> out) {
        LocalDate due = article.meta().reviewDue();
        int line = article.lineOf("review_due");
        String file = display.apply(article.path());
        checkReviewedNotAhead(article, file, out);
        switch (status(article)) {
            case OVERDUE ->
                out.add(overdue(file, line, due)
                        .withSourceLine(article.source().line(line))
                        .withHint("have the page reviewed, then update 'reviewed' and 'review_due'"));
            case DUE_SOON ->
                out.add(Diagnostic.warning(
                                file,
                                line,
                                1,
                                "due for review within " + ChronoUnit.DAYS.between(today, due) + " days (on " + due
                                        + ")")
                        .withSourceLine(article.source().line(line)));
            default -> {}
        }
    }

    /**
     * A page cannot have been reviewed after today: such a date is a typing mistake (2062 for 2026), and would
     * tell readers the page was checked when it was not. One day ahead is only a warning: it is already tomorrow
     * in some time zones.
     */
    private void checkReviewedNotAhead(Article article, String file, List<Diagnostic> out) {
        LocalDate reviewed = article.meta().reviewed();
        if (reviewed == null || !reviewed.isAfter(today)) {
            return;
        }
        int line = article.lineOf("reviewed");
        String sourceLine = article.source().line(line);
        String message = "'reviewed' (" + reviewed + ") is in the future";
        Diagnostic d = reviewed.equals(today.plusDays(1))
                ? Diagnostic.warning(file, line, valueColumn(sourceLine), message)
                : Diagnostic.error(file, line, valueColumn(sourceLine), message);
        out.add(d.withSourceLine(sourceLine)
                .withHint("write the date the page was last reviewed: today (" + today + ") or earlier;"
                        + " check the year"));
    }

    /** The column where a 'key: value' line's value starts, or 1. */
    private static int valueColumn(String line) {
        int colon = line == null ? -1 : line.indexOf(':');
        if (colon < 0) {
            return 1;
        }
        int i = colon + 1;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i + 1;
    }

    private Diagnostic overdue(String file, int line, LocalDate due) {
        long days = ChronoUnit.DAYS.between(due, today);
        String message = "overdue for review: the review was due on " + due + " (" + days + " days ago)";
        if (policy.overdueIsError() && days > policy.overdueGraceDays()) {
            return Diagnostic.error(
                    file,
                    line,
                    1,
                    message + "; the site's policy is 'overdue: error'"
                            + (policy.overdueGraceDays() > 0 ? " after " + policy.overdueGraceDays() + " days" : ""));
        }
        return Diagnostic.warning(file, line, 1, message);
    }

    /** "3 pages are overdue for review", or null when none are. */
    public static String summary(long overdue, long dueSoon) {
        StringBuilder sb = new StringBuilder();
        if (overdue > 0) {
            sb.append(overdue == 1 ? "1 page is" : overdue + " pages are").append(" overdue for review");
        }
        if (dueSoon > 0) {
            sb.append(sb.isEmpty() ? "" : "; ")
                    .append(dueSoon == 1 ? "1 page is" : dueSoon + " pages are")
                    .append(" due for review within ")
                    .append(SOON_DAYS)
                    .append(" days");
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /**
     * The sections every one of whose pages (its hub and its own pages) is overdue for review: a whole condition
     * out of date, which an editor should hear of as such, not only as so many pages.
     */
    public List<String> overdueSections(dev.pamphlet.site.Site site) {
        List<String> lines = new java.util.ArrayList<>();
        for (dev.pamphlet.site.Section section : site.sections().all()) {
            List<dev.pamphlet.site.Page> pages = section.guide();
            if (section.isTop() || pages.isEmpty()) {
                continue;
            }
            if (pages.stream().allMatch(p -> status(p.article()) == Status.OVERDUE)) {
                lines.add("section " + section.folder() + " (" + section.title() + "): "
                        + (pages.size() == 1 ? "its 1 page is" : "all " + pages.size() + " of its pages are")
                        + " overdue for review");
            }
        }
        return lines;
    }
}

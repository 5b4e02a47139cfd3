package dev.pamphlet.check;

import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/** Patient information must be reviewed on time: warns about pages overdue, or due within {@link #SOON_DAYS}. */
public final class ReviewDateChecker {
    public static final int SOON_DAYS = 90;

    private final LocalDate today;

    public ReviewDateChecker(LocalDate today) {
        this.today = today;
    }

    public enum Status { CURRENT, DUE_SOON, OVERDUE }

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
            case OVERDUE -> out.add(Diagnostic.warning(file, line, 1, "overdue for review: the review was due on "
                            + due + " (" + ChronoUnit.DAYS.between(due, today) + " days ago)")
                    .withSourceLine(article.source().line(line))
                    .withHint("have the page reviewed, then update 'reviewed' and 'review_due'"));
            case DUE_SOON -> out.add(Diagnostic.warning(file, line, 1, "due for review within "
                            + ChronoUnit.DAYS.between(today, due) + " days (on " + due + ")")
                    .withSourceLine(article.source().line(line)));
            default -> {
            }
        }
    }

    /**
     * A page cannot have been reviewed after today: such a date is a typing mistake (2062 for 2026), and would
     * tell readers the page was checked when it was not. One day ahead is only a warning: it is already tomorrow
     * in some time zones.
     */
    private void checkReviewedNotAhead(Article article, String file, List<Diagnostic> out) {
        LocalDate reviewed = article.meta().reviewed();
        if (!reviewed.isAfter(today)) {
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

    /** "3 pages are overdue for review", or null when none are. */
    public static String summary(long overdue, long dueSoon) {
        StringBuilder sb = new StringBuilder();
        if (overdue > 0) {
            sb.append(overdue == 1 ? "1 page is" : overdue + " pages are").append(" overdue for review");
        }
        if (dueSoon > 0) {
            sb.append(sb.isEmpty() ? "" : "; ").append(dueSoon == 1 ? "1 page is" : dueSoon + " pages are")
                    .append(" due for review within ").append(SOON_DAYS).append(" days");
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}

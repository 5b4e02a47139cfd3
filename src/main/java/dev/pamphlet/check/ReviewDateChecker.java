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

package dev.pamphlet.render;

import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.content.Person;
import dev.pamphlet.content.Source;
import dev.pamphlet.language.Messages;
import dev.pamphlet.render.Views.DateView;
import dev.pamphlet.render.Views.NoticeView;
import dev.pamphlet.render.Views.PersonView;
import dev.pamphlet.render.Views.SourceView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a page shows of who stands behind it: authors, reviewers, where it came from, and whether it is overdue. */
final class GovernanceViews {
    private final LocalDate today;
    private final Function<LocalDate, DateView> date;
    private final Messages messages;

    /** @param messages the page's interface text, for the overdue notice's words */
    GovernanceViews(LocalDate today, Function<LocalDate, DateView> date, Messages messages) {
        this.today = today;
        this.date = date;
        this.messages = messages;
    }

    static List<PersonView> people(List<Person> people) {
        return people.stream().map(p -> new PersonView(p.name(), p.role())).toList();
    }

    SourceView source(Source s) {
        return new SourceView(
                s.title(),
                s.url(),
                s.adapted(),
                s.reviewed() == null ? null : date.apply(s.reviewed()),
                people(s.reviewers()),
                s.credit());
    }

    boolean overdue(FrontMatter meta) {
        return meta.reviewDue().isBefore(today);
    }

    /** The notice for a page past its review date, or null. */
    NoticeView overdueNotice(FrontMatter meta) {
        if (!overdue(meta)) {
            return null;
        }
        DateView due = date.apply(meta.reviewDue());
        return new NoticeView(
                messages.text("overdue.heading"),
                messages.format("overdue.text", due.words()),
                due,
                ChronoUnit.DAYS.between(meta.reviewDue(), today));
    }

    /**
     * Adds to a page's schema.org data who wrote and reviewed it ({@code author}, {@code reviewedBy}), its last
     * change ({@code dateModified}), the page it is adapted from ({@code isBasedOn}, with that page's own review)
     * and the credit it must carry ({@code creditText}). {@code lastReviewed} is only ever the page's own review.
     */
    void addTo(Map<String, Object> data, FrontMatter meta) {
        if (meta.reviewed() != null) {
            data.put("lastReviewed", meta.reviewed().toString());
        }
        putPeople(data, "author", meta.authors());
        putPeople(data, "reviewedBy", meta.reviewers());
        if (meta.updated() != null) {
            data.put("dateModified", meta.updated().toString());
        }
        Source adapted = meta.adaptedFrom();
        if (adapted != null) {
            Map<String, Object> basedOn = new LinkedHashMap<>();
            basedOn.put("@type", "MedicalWebPage");
            basedOn.put("name", adapted.title());
            basedOn.put("url", adapted.url());
            if (adapted.reviewed() != null) {
                basedOn.put("lastReviewed", adapted.reviewed().toString());
            }
            putPeople(basedOn, "reviewedBy", adapted.reviewers());
            data.put("isBasedOn", basedOn);
        }
        List<String> credits = meta.sources().stream()
                .map(Source::credit)
                .filter(c -> c != null)
                .toList();
        if (!credits.isEmpty()) {
            data.put("creditText", String.join(" ", credits));
        }
    }

    /** One person as an object, several as a list: how schema.org data is usually written. */
    private static void putPeople(Map<String, Object> data, String key, List<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        List<Object> out = new ArrayList<>();
        for (Person p : people) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            if (p.name() != null) {
                person.put("name", p.name());
            }
            if (p.role() != null) {
                person.put("jobTitle", p.role());
            }
            out.add(person);
        }
        data.put(key, out.size() == 1 ? out.get(0) : out);
    }
}

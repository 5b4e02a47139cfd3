package dev.pamphlet.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Front matter that says who wrote and reviewed a page, and what it is adapted from. */
class GovernanceFrontMatterTest {

    static Optional<Article> parse(String frontMatter, List<Diagnostic> problems) {
        String text = "---\ntitle: Causes\nsummary: Why it happens.\n" + frontMatter + "---\n\n## Section\n";
        return FrontMatterParser.parse("causes.md", new SourceText("content/causes.md", text), problems);
    }

    static List<String> problems(String frontMatter) {
        List<Diagnostic> problems = new ArrayList<>();
        parse(frontMatter, problems);
        return problems.stream()
                .map(d -> d.line() + ": " + d.severity().label() + ": " + d.message())
                .toList();
    }

    static final String SOURCES = """
            sources:
              - title: NHS website
                url: https://www.nhs.uk/
            """;

    @Test
    void authorAndReviewerAreANameAMappingOrAList() {
        List<Diagnostic> problems = new ArrayList<>();
        Article a = parse("""
                reviewed: 2025-01-10
                review_due: 2028-01-10
                updated: 2025-06-02
                author: Sam Lee
                reviewed_by:
                  - {name: Dr Asha Patel, role: General practitioner}
                  - Dr Ola Okafor
                """ + SOURCES, problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(a.meta().authors()).containsExactly(new Person("Sam Lee", null));
        assertThat(a.meta().reviewers())
                .containsExactly(
                        new Person("Dr Asha Patel", "General practitioner"), new Person("Dr Ola Okafor", null));
        assertThat(a.meta().updated()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(a.meta().contentDate()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void aPageAdaptedFromAReviewedSourceNeedNotClaimAReviewOfItsOwn() {
        List<Diagnostic> problems = new ArrayList<>();
        Article a = parse("""
                review_due: 2019-11-29
                sources:
                  - title: Causes - NHS website
                    url: https://www.nhs.uk/causes/
                    adapted: true
                    reviewed: 2016-11-29
                    reviewed_by: {role: doctor}
                    credit: Content supplied by the NHS website
                  - title: Another page
                    url: https://example.org/
                """, problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(a.meta().reviewed()).isNull();
        Source adapted = a.meta().adaptedFrom();
        assertThat(adapted.title()).isEqualTo("Causes - NHS website");
        assertThat(adapted.reviewed()).isEqualTo(LocalDate.of(2016, 11, 29));
        assertThat(adapted.reviewers()).containsExactly(new Person(null, "doctor"));
        assertThat(adapted.credit()).isEqualTo("Content supplied by the NHS website");
        assertThat(a.meta().sources().get(1).adapted()).isFalse();
        assertThat(a.meta().contentDate()).isEqualTo(LocalDate.of(2016, 11, 29));
    }

    @Test
    void withoutAnAdaptedSourcesReviewThePageMustHaveItsOwn() {
        assertThat(problems("review_due: 2019-11-29\n" + SOURCES))
                .containsExactly("2: error: missing required key 'reviewed' in front matter");
        assertThat(problems("""
                review_due: 2019-11-29
                sources:
                  - title: NHS website
                    url: https://www.nhs.uk/
                    adapted: true
                """)).containsExactly("2: error: missing required key 'reviewed' in front matter");
    }

    @Test
    void mistakesPointAtTheirLine() {
        assertThat(problems("""
                reviewed: 2025-01-10
                review_due: 2028-01-10
                updated: 2024-12-01
                author: {role: Nurse}
                reviewed_by: [[Dr Patel]]
                """ + SOURCES))
                .containsExactlyInAnyOrder(
                        "6: error: 'updated' (2024-12-01) is before 'reviewed' (2025-01-10)",
                        "7: error: someone in 'author' has no 'name'",
                        "8: error: 'reviewed_by' must be a name, a mapping such as {name: Dr Asha Patel, role: General"
                                + " practitioner}, or a list of these, not a list");
        assertThat(problems("""
                reviewed: 2025-01-10
                review_due: 2028-01-10
                author: {name: Sam Lee, job: Nurse}
                sources:
                  - title: A
                    url: https://a.example.org/
                    adapted: true
                  - title: B
                    url: https://b.example.org/
                    adapted: true
                    reviewed: soon
                """))
                .containsExactlyInAnyOrder(
                        "6: error: unknown key 'job' in 'author'",
                        "8: error: 2 sources are marked 'adapted: true'",
                        "14: error: 'reviewed' must be a date written YYYY-MM-DD (for example 2016-11-29), not 'soon'");
    }
}

package dev.pamphlet.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.source.SourceReader;
import dev.pamphlet.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    static final String VALID = """
            ---
            title: Causes
            summary: Why it happens.
            reviewed: 2016-11-29
            review_due: 2019-11-29
            order: 2
            tags: [causes, genes]
            sources:
              - title: NHS website
                url: https://www.nhs.uk/
            ---

            ## First section
            """;

    static Optional<Article> parse(String text, List<Diagnostic> problems) {
        return FrontMatterParser.parse("causes.md", new SourceText("content/causes.md", text), problems);
    }

    @Test
    void readsEveryKeyAndKeepsTheBodyLine() {
        List<Diagnostic> problems = new ArrayList<>();
        Article a = parse(VALID, problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(a.meta().title()).isEqualTo("Causes");
        assertThat(a.meta().reviewed()).isEqualTo(LocalDate.of(2016, 11, 29));
        assertThat(a.meta().order()).isEqualTo(2);
        assertThat(a.meta().tags()).containsExactly("causes", "genes");
        assertThat(a.meta().sources()).containsExactly(new Source("NHS website", "https://www.nhs.uk/"));
        assertThat(a.meta().draft()).isFalse();
        assertThat(a.bodyStartLine()).isEqualTo(12);
        assertThat(a.body()).startsWith("\n## First section");
        assertThat(a.lineOf("review_due")).isEqualTo(5);
    }

    @Test
    void crlfAndByteOrderMarkReadTheSame() throws ContentException {
        byte[] bytes = ("\uFEFF" + VALID.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        SourceText text = SourceReader.decode(bytes, "content/causes.md");
        List<Diagnostic> problems = new ArrayList<>();
        Article a = FrontMatterParser.parse("causes.md", text, problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(a.meta().title()).isEqualTo("Causes");
        assertThat(a.bodyStartLine()).isEqualTo(12);
        assertThat(a.body()).doesNotContain("\r");
    }

    @Test
    void unknownKeySuggestsTheNearestAndDoesNotAlsoReportItMissing() {
        List<Diagnostic> problems = new ArrayList<>();
        assertThat(parse(VALID.replace("reviewed:", "reveiwed:"), problems)).isEmpty();
        assertThat(problems)
                .extracting(Diagnostic::location, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "content/causes.md:4:1", "unknown key 'reveiwed' in front matter (did you mean 'reviewed'?)"));
    }

    @Test
    void yamlErrorsPointAtTheLineInTheOriginalFile() {
        List<Diagnostic> problems = new ArrayList<>();
        parse(VALID.replace("title: Causes", "title: \"Causes"), problems);
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).startsWith("YAML syntax error in front matter");
        });
    }

    @Test
    void aLineIndentedUnderASettingWithAValueIsNamedAtItsOwnLine() {
        for (String indented :
                List.of("summary: Why it happens.\n  url: https://x.org/", "summary: \"Why.\"\n    url: x")) {
            List<Diagnostic> problems = new ArrayList<>();
            parse(VALID.replace("summary: Why it happens.", indented), problems);
            assertThat(problems).singleElement().satisfies(d -> {
                assertThat(d.line()).as(indented).isEqualTo(4);
                assertThat(d.message())
                        .isEqualTo("'url:' is indented more than 'summary:' on line 3, which already has a value,"
                                + " in front matter");
                assertThat(d.hint()).contains("same column");
            });
        }
    }

    @Test
    void aTabIsCalledATabWhereverItIs() {
        List<Diagnostic> problems = new ArrayList<>();
        parse(VALID.replace("order: 2", "order:\t2"), problems);
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo("content/causes.md:6:7");
            assertThat(d.message()).isEqualTo("a tab after 'order:' in front matter; YAML needs a space there");
            assertThat(d.hint()).contains("'order: 2'");
        });
        problems.clear();
        parse(VALID.replace("order: 2", "\torder: 2"), problems);
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("indented with a tab");
        });
    }

    @Test
    void singleTagIsAcceptedAsAList() {
        List<Diagnostic> problems = new ArrayList<>();
        Article a = parse(VALID.replace("tags: [causes, genes]", "tags: causes"), problems)
                .orElseThrow();
        assertThat(a.meta().tags()).containsExactly("causes");
    }

    @Test
    void wrongTypesAreNamed() {
        List<Diagnostic> problems = new ArrayList<>();
        parse(
                VALID.replace("title: Causes", "title: [a, b]")
                        .replace("order: 2", "order: 2.5")
                        .replace("tags: [causes, genes]", "draft: maybe"),
                problems);
        assertThat(problems)
                .extracting(Diagnostic::message)
                .containsExactly(
                        "'title' must be some text, not a list",
                        "'order' must be a whole number, not 2.5",
                        "'draft' must be true or false, not 'maybe'");
    }

    @Test
    void emptySourcesListIsAnError() {
        List<Diagnostic> problems = new ArrayList<>();
        parse(VALID.replace("sources:\n  - title: NHS website\n    url: https://www.nhs.uk/", "sources: []"), problems);
        assertThat(problems).extracting(Diagnostic::message).containsExactly("'sources' must list at least one source");
    }

    @Test
    void sourceUrlMustBeAWebAddress() {
        List<Diagnostic> problems = new ArrayList<>();
        parse(VALID.replace("url: https://www.nhs.uk/", "url: nhs website"), problems);
        assertThat(problems)
                .extracting(Diagnostic::location, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "content/causes.md:10:10", "source url 'nhs website' is not a web address"));
    }
}

package dev.pamphlet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistake in a template is told in the words of the template reference, never in those of Java. */
class ContractErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ${page.reviewed}                        | page.reviewed is a date: write page.reviewed.iso or page.reviewed.words
            ${page.sources}                         | page.sources is a list of sources: go through it with <#list page.sources as source>...</#list>
            <#list page.sources as s>${s}</#list>   | s is a source: write one of its parts, such as s.title (it has title, url, adapted, reviewed, reviewers, credit)
            ${page.reviewedOn}                      | page has no 'reviewedOn' (did you mean 'page.reviewed'?)
            ${page.reviewed.day}                    | page.reviewed has no 'day': a date has iso, words
            ${page.previous.title}                  | page.previous is missing here (it may be, on some pages): test it with <#if page.previous??>...</#if>
            ${pge.title}                            | 'pge' is not defined (did you mean 'page'?): this template is given
            ${page.extra.author}                    | page.extra.author is not set here (no 'author' under extra:)
            ${site.hasFeed}                         | a true/false value cannot be written as it is: write it with ?c
            <#if page.title></#if>                  | page.title is text, not true/false
            ${page.title.first}                     | page.title is text, with no parts: write page.title itself
            <@layout.trustPanl page=page/>          | layout has no macro 'trustPanl' (did you mean 'layout.trustPanel'?): it has authorship, guideContents
            """)
    void aMistakeIsExplainedInTheContractsWords(String expression, String explanation) throws IOException {
        Path site = SiteFixtures.copy(SiteFixtures.fixture("clinic"), dir.resolve("clinic"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(
                site.resolve("templates/home.ftlh"),
                "<#import \"layout.ftlh\" as layout>\n"
                        + "<@layout.page title=page.title description=page.summary root=page.root>\n"
                        + "<main id=\"main-content\">" + expression + "</main>\n</@layout.page>\n");
        List<Diagnostic> errors = new Build(new BuildOptions(
                        site.resolve("content"),
                        site.resolve("templates"),
                        dir.resolve("out"),
                        null,
                        false,
                        SiteFixtures.TODAY,
                        true))
                .run().diagnostics().sorted().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .toList();
        assertThat(errors).hasSize(1);
        Diagnostic error = errors.get(0);
        assertThat(error.file()).endsWith("templates/home.ftlh");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message())
                .contains("while rendering", "index.md: " + explanation)
                .doesNotContain("dev.pamphlet", "freemarker", "wrapper", "View", "Record", "java");
        assertThat(error.hint()).contains("src/docs/manual/templates/reference.md");
    }
}

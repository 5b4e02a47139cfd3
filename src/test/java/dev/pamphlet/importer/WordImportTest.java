package dev.pamphlet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.cli.CliRun;
import dev.pamphlet.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pamphlet import}, run as a user runs it, on Word documents made here, then the site built. */
class WordImportTest {
    @TempDir
    Path dir;

    private Path content;

    @BeforeEach
    void site() {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
    }

    private CliRun importInto(Path to, Path... documents) {
        String[] args = new String[documents.length + 3];
        args[0] = "import";
        for (int i = 0; i < documents.length; i++) {
            args[i + 1] = documents[i].toString();
        }
        args[documents.length + 1] = "--to";
        args[documents.length + 2] = to.toString();
        return CliRun.of(args);
    }

    private static List<Diagnostic> of(BuildResult result, String file) {
        return result.diagnostics().sorted().stream()
                .filter(d -> d.file().endsWith(file))
                .toList();
    }

    @Test
    void wordDocumentsBecomePagesThatBuildWithWarningsForWhatToComplete() throws Exception {
        Path asthma = WordDocuments.asthma(dir.resolve("word/Asthma and exercise.docx"));
        Path inhalers = WordDocuments.inhalers(dir.resolve("word/Inhalers.docx"));
        CliRun run = importInto(content, asthma, inhalers);
        assertThat(run.exitCode()).as(run.all()).isZero();
        Path page = content.resolve("asthma-and-exercise.md");
        Path other = content.resolve("using-your-inhaler.md");
        assertThat(run.out())
                .contains(page + ": imported from " + asthma + ", 6 warnings, 1 picture to describe")
                .contains(other + ": imported from " + inhalers + ", 8 warnings\n")
                .contains("  warning: the document has tracked changes: the text is taken as if every change were"
                        + " accepted")
                .contains("run pamphlet check");
        String text = Files.readString(page);
        assertThat(text)
                .startsWith("---\ntitle: \"Asthma and exercise\"\n")
                .contains("author: \"Dr Ann Lee\"", "reviewed: 2026-06-01", "review_due: 2027-06-01");
        assertThat(Files.readString(other))
                .contains("title: \"Using your inhaler\"", "reviewed: 2026-04-01", "author: \"TODO: who wrote")
                .doesNotContain("## Using your inhaler", "swallow")
                .contains("Rinse your mouth after each use")
                .contains("## Cleaning it");
        assertThat(content.resolve("images/asthma-and-exercise-1.png")).exists();
        assertThat(content.resolve("images/asthma-and-exercise-2.png")).exists();

        BuildResult first = SiteFixtures.build(content, dir.resolve("site"));
        List<Diagnostic> problems = of(first, "asthma-and-exercise.md");
        int pictureLine = lineOf(text, "![TODO: describe this picture]");
        assertThat(problems.stream().filter(Diagnostic::isError))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.line()).isEqualTo(pictureLine);
                    assertThat(d.message()).contains("images/asthma-and-exercise-2.png", "no description");
                    assertThat(d.hint()).contains("describe the picture");
                });
        assertThat(problems.stream().filter(d -> !d.isError()).map(Diagnostic::message))
                .contains(
                        "to complete: one or two plain sentences saying what this page tells the reader",
                        "to complete: the evidence this page is based on",
                        "to complete: who reviewed the page clinically")
                .anyMatch(m -> m.startsWith("to complete: the date of the last clinical review"));
        assertThat(problems.stream().filter(d -> d.message().startsWith("to complete: one or two")))
                .singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(lineOf(text, "summary:")));
        assertThat(of(first, "using-your-inhaler.md")).noneMatch(Diagnostic::isError);

        Files.writeString(
                page, text.replace("![TODO: describe this picture]", "![A child using a spacer with an inhaler]"));
        Path out = dir.resolve("site2");
        BuildResult second = SiteFixtures.build(content, out);
        assertThat(second.succeeded())
                .as(second.diagnostics().sorted().toString())
                .isTrue();
        String html = Files.readString(out.resolve("asthma-and-exercise.html"));
        assertThat(html)
                .contains("<h2 id=\"before-you-exercise\"", "<h3 id=\"if-you-start-to-wheeze\"")
                .contains("<strong>good for you</strong>", "<em>your reliever inhaler</em>")
                .containsPattern("<li>Warm up for 10 minutes\\s*<ul>\\s*<li>walk first</li>")
                .containsPattern("<ol>\\s*<li>Stop and sit down</li>")
                .containsPattern("<li>Take 2 puffs of your reliever\\s*<ul>\\s*<li>one puff at a time</li>")
                .containsPattern("<th[^>]*>Sport</th>")
                .containsPattern("<td[^>]*>Easy to pace \\| gentle</td>")
                .contains("href=\"https://www.nhs.uk/conditions/asthma/\"")
                .containsPattern("href=\"using-your-inhaler.html\"[^>]*>using your inhaler</a>")
                .contains("alt=\"" + WordDocuments.PICTURE_DESCRIPTION + "\"")
                .contains("alt=\"A child using a spacer with an inhaler\"")
                .doesNotContain("<h2 id=\"asthma-and-exercise\"");
        assertThat(out.resolve("images/asthma-and-exercise-1.png")).exists();
    }

    @Test
    void documentsThatCannotBeReadAreErrorsAndTheOthersAreStillImported() throws Exception {
        Files.createDirectories(dir.resolve("word"));
        Path notZip = Files.writeString(dir.resolve("word/notes.docx"), "just some text");
        Path empty = Files.write(dir.resolve("word/empty.docx"), new byte[0]);
        Path old = WordDocuments.oldWord(dir.resolve("word/old.doc"));
        Path locked = WordDocuments.locked(dir.resolve("word/locked.docx"));
        Path good = WordDocuments.inhalers(dir.resolve("word/Inhalers.docx"));
        CliRun run = importInto(content, notZip, empty, old, locked, good);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(notZip + ": error: cannot import: it is not a Word document (.docx)")
                .contains(empty + ": error: cannot import: the file is empty")
                .contains(old + ": error: cannot import: it is an older Word document (.doc)")
                .contains("save it as a Word Document (.docx)")
                .contains(locked + ": error: cannot import: it is protected by a password")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).contains(content.resolve("using-your-inhaler.md") + ": imported from " + good);
        assertThat(content.resolve("using-your-inhaler.md")).exists();
        try (var files = Files.list(content)) {
            assertThat(files.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(3);
        }
    }

    @Test
    void anExistingPageIsNeverOverwrittenAndTheOtherDocumentsAreImported() throws Exception {
        Path taken = Files.writeString(content.resolve("using-your-inhaler.md"), "my own page\n");
        Path inhalers = WordDocuments.inhalers(dir.resolve("word/Inhalers.docx"));
        Path asthma = WordDocuments.asthma(dir.resolve("word/Asthma and exercise.docx"));
        CliRun run = importInto(content, inhalers, asthma);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(inhalers + ": error: not imported: " + taken + " exists already")
                .contains("--to content/SECTION/");
        assertThat(Files.readString(taken)).isEqualTo("my own page\n");
        assertThat(content.resolve("asthma-and-exercise.md")).exists();
        // The link to the page not imported still leads to the page of that name, which the build checks.
        assertThat(Files.readString(content.resolve("asthma-and-exercise.md")))
                .contains("[using your inhaler](using-your-inhaler.md)");
    }

    @Test
    void toANewSectionFolderMakesItWithThePagesAndTheirPictures() throws Exception {
        Path section = content.resolve("asthma");
        assertThat(section).doesNotExist();
        CliRun run = importInto(section, WordDocuments.inhalers(dir.resolve("word/Inhalers.docx")));
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(section.resolve("using-your-inhaler.md")).exists();
        Path out = dir.resolve("site");
        BuildResult result = SiteFixtures.build(content, out);
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        assertThat(Files.readString(out.resolve("asthma/using-your-inhaler.html")))
                .contains("Using your inhaler", "Shake the inhaler before each puff.");
    }

    private static int lineOf(String text, String what) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(what)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + what);
    }
}

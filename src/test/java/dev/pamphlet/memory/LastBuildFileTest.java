package dev.pamphlet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.content.Article;
import dev.pamphlet.content.FrontMatterParser;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;
import dev.pamphlet.memory.LastBuild.FileStamp;
import dev.pamphlet.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build leaves in the cache comes back as it was: every source and page, in order. */
class LastBuildFileTest {
    @TempDir
    Path dir;

    @Test
    void everySourceAndPageAndEachLanguagesGuideComesBackAsItWasSaved() throws Exception {
        for (int pages : new int[] {1, 250}) {
            LastBuild.Details details = details(pages);
            LastBuild summary = new LastBuild(
                    new byte[] {1, 2, 3},
                    "build-" + pages,
                    pages,
                    List.of(Diagnostic.warning("content/a.md", 3, 1, "a warning")),
                    List.of("a note"),
                    List.of(new FileStamp("a.md", 10, 20, null)),
                    List.of(new FileStamp("a.html", 30, 40, 7L)));
            Path file = dir.resolve(pages + "/build.bin");

            LastBuildFile.write(
                    file,
                    summary,
                    details.sources().stream().map(LastBuildFile::encode).toList(),
                    details.pages().stream().map(LastBuildFile::encode).toList(),
                    LastBuildFile.encode(details.guides()));

            LastBuild back = LastBuildFile.read(file).orElseThrow();
            assertThat(back.buildId()).isEqualTo(summary.buildId());
            assertThat(back.outputs()).isEqualTo(summary.outputs());
            LastBuild.Details backDetails =
                    LastBuildFile.readDetails(file, summary.buildId()).orElseThrow();
            assertThat(backDetails.sources()).as("%d pages", pages).isEqualTo(details.sources());
            assertThat(backDetails.pages()).as("%d pages", pages).isEqualTo(details.pages());
            assertThat(backDetails.guides()).as("%d pages", pages).isEqualTo(details.guides());
        }
    }

    /** Pages that differ from each other, so that parts put back in the wrong order would show. */
    private static LastBuild.Details details(int count) throws Exception {
        List<LastBuild.Source> sources = new ArrayList<>();
        List<LastBuild.Page> pages = new ArrayList<>();
        List<InProcessMemory.NavEntry> english = new ArrayList<>();
        List<InProcessMemory.NavEntry> welsh = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = "articles/page-" + i + ".md";
            String text = "---\ntitle: Page " + i + "\nsummary: About " + i + ".\nreview_due: 2027-01-0" + (1 + i % 9)
                    + "\nreviewed: 2026-01-01\norder: " + i + "\ntags: [tag" + i % 7 + "]"
                    + "\nsources:\n  - title: Source " + i + "\n    url: https://example.org/" + i
                    + "\n---\n\nBody " + i + ".\n";
            List<Diagnostic> problems = new ArrayList<>();
            Article a = FrontMatterParser.parse(path, new SourceText("content/" + path, text), problems)
                    .orElseThrow(() -> new AssertionError(problems));
            sources.add(new LastBuild.Source(path, a.meta(), a.bodyOffset(), a.bodyStartLine(), a.keyLines()));
            String translated = i % 2 == 0 ? "cy/" : "";
            pages.add(new LastBuild.Page(
                    path,
                    translated + "articles/page-" + i + ".html",
                    i,
                    Set.of("heading-" + i),
                    List.of(new LinkRef(i % 2 == 0, "page-" + (i + 1) + ".md", "next " + i, i + 1, 2)),
                    i % 3 == 0 ? List.of(Diagnostic.warning("content/" + path, i, 1, "warning " + i)) : List.of(),
                    "{\"title\":\"Page " + i + "\"}",
                    i % 2 == 0 ? List.of("page-" + (i + 1) + ".md", "#top") : List.of(),
                    i % 2 == 0 ? -1L - i : 0));
            (i % 2 == 0 ? welsh : english)
                    .add(new InProcessMemory.NavEntry(
                            path,
                            translated + "articles/page-" + i + ".html",
                            "Page " + i,
                            i % 5 == 0 ? null : "About " + i + "."));
        }
        return new LastBuild.Details(sources, pages, java.util.Map.of("en-GB", english, "cy", welsh));
    }
}

package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.check.PictureFiles;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.LiveMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that reuses a cache must publish exactly what a fresh build of the same sources publishes, and report the
 * same diagnostics, whatever happened before: each step below edits the sources, rebuilds with the cache, and
 * compares the output byte for byte with a full build into another folder.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private Path content;
    private Path output;
    private final LiveMemory cache = BuildMemory.inProcess();
    private BuildResult last;

    @BeforeEach
    void firstBuild() {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        output = dir.resolve("site");
        assertThat(rebuild().succeeded()).isTrue();
        assertThat(last.rendered()).isEqualTo(3);
    }

    @Test
    void anUnchangedSiteRendersNothingAndWritesNothing() {
        BuildResult again = rebuild();
        assertThat(last.rendered()).isZero();
        assertThat(again.files().written()).isZero();
        assertSameAsFullBuild(again);
    }

    @Test
    void anOutputFolderDeletedBetweenBuildsIsWrittenWhole() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
        BuildResult again = rebuild();
        assertThat(last.rendered()).isEqualTo(3);
        assertSameAsFullBuild(again);
    }

    @Test
    void aBodyEditRendersOnlyThatPage() throws IOException {
        edit("opening-hours.md", "The practice is closed", "The practice shuts");
        BuildResult result = rebuild();
        assertThat(last.rendered()).isEqualTo(1);
        assertThat(result.files().written())
                .as("the page, its PDF, the guide's PDF and the search index")
                .isEqualTo(4);
        assertThat(Files.readString(output.resolve("opening-hours.html"))).contains("The practice shuts");
        assertSameAsFullBuild(result);
    }

    @Test
    void aTitleEditRendersEveryPageThatListsIt() throws IOException {
        edit("opening-hours.md", "title: Opening hours", "title: When we are open");
        BuildResult result = rebuild();
        // The page and the home page that lists it: visiting/parking.md is in a section of its own.
        assertThat(last.rendered()).isEqualTo(2);
        assertThat(Files.readString(output.resolve("index.html"))).contains("When we are open");
        assertThat(Files.readString(output.resolve("a-z.html"))).contains("When we are open");
        assertSameAsFullBuild(result);
    }

    @Test
    void aBrokenLinkToAnEditedHeadingIsFoundInTheUneditedPage() throws IOException {
        edit("visiting/parking.md", "## By bus", "## Buses");
        BuildResult result = rebuild();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted()).anySatisfy(d -> {
            assertThat(d.file()).endsWith("opening-hours.md");
            assertThat(d.message()).contains("#by-bus");
        });
        assertSameAsFullBuild(result);
    }

    @Test
    void addedDeletedAndRenamedFilesAreFollowed() throws IOException {
        Files.writeString(
                content.resolve("visiting/wheelchairs.md"),
                Files.readString(content.resolve("visiting/parking.md"))
                        .replace("title: Parking and buses", "title: Wheelchair access"));
        forget("visiting/wheelchairs.md");
        assertSameAsFullBuild(rebuild());
        assertThat(output.resolve("visiting/wheelchairs.html")).exists();

        Files.move(content.resolve("visiting/wheelchairs.md"), content.resolve("visiting/access.md"));
        forget("visiting/wheelchairs.md");
        forget("visiting/access.md");
        assertSameAsFullBuild(rebuild());
        assertThat(output.resolve("visiting/wheelchairs.html")).doesNotExist();

        byte[] wider = PictureFiles.drawn("png", 8, 3);
        Files.write(content.resolve("images/sign.png"), wider);
        forget("images/sign.png");
        assertSameAsFullBuild(rebuild());
        assertThat(output.resolve("images/sign.png")).hasBinaryContent(wider);

        Files.move(content.resolve("visiting"), content.resolve("travel"));
        forget("visiting");
        forget("travel");
        edit("index.md", "visiting/parking.md", "travel/parking.md");
        edit("opening-hours.md", "visiting/parking.md", "travel/parking.md");
        BuildResult moved = rebuild();
        assertThat(moved.succeeded()).isTrue();
        assertSameAsFullBuild(moved);
        assertThat(output.resolve("visiting")).doesNotExist();
    }

    @Test
    void editsMadeWhileTheBuildFailsArePublishedOnceItIsFixed() throws IOException {
        String home = Files.readString(content.resolve("index.md"));
        edit("index.md", "title: Visiting", "titel: Visiting");
        assertThat(rebuild().succeeded()).isFalse();
        edit("opening-hours.md", "The practice is closed", "Edited while broken");
        assertThat(rebuild().succeeded()).isFalse();
        assertThat(Files.readString(output.resolve("opening-hours.html"))).doesNotContain("Edited while broken");

        Files.writeString(content.resolve("index.md"), home);
        forget("index.md");
        BuildResult fixed = rebuild();
        assertThat(fixed.succeeded()).isTrue();
        assertThat(Files.readString(output.resolve("opening-hours.html"))).contains("Edited while broken");
        assertSameAsFullBuild(fixed);
    }

    @Test
    void settingsAndTemplateChangesRenderEveryPage() throws IOException {
        edit("site.yml", "publisher: Elm Street Practice", "publisher: Elm Street Surgery");
        cache.forgetPages();
        assertSameAsFullBuild(rebuild());
        assertThat(last.rendered()).isEqualTo(3);

        cache.forgetTemplates();
        rebuild();
        assertThat(last.rendered()).isEqualTo(3);
    }

    private BuildResult rebuild() {
        last = new Build(SiteFixtures.options(content, output), cache).run();
        return last;
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = content.resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        forget(path);
    }

    private void forget(String path) {
        cache.forget(path);
    }

    private void assertSameAsFullBuild(BuildResult incremental) {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        BuildResult full = SiteFixtures.build(content, fresh);
        assertThat(incremental.diagnostics().sorted())
                .isEqualTo(full.diagnostics().sorted());
        assertThat(incremental.pages()).isEqualTo(full.pages());
        if (full.succeeded()) {
            assertThat(files(output)).isEqualTo(files(fresh));
        }
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(
                        root.relativize(p).toString(),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

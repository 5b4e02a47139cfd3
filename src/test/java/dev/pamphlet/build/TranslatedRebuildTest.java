package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.LiveMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A site in three languages (the {@code languages} fixture: English, Welsh and Arabic, seven pages) rebuilt after
 * an edit renders only the pages the edit shows on, in whichever language they are, and publishes exactly what a
 * full build of the same sources publishes. Each case runs with the memory of a preview (one process, told of
 * every change) and with the build cache on disk (each build a new process that knows only the disk).
 */
class TranslatedRebuildTest {
    /** English 3, Welsh 2, Arabic 2. */
    private static final int PAGES = 7;

    enum Memory {
        IN_PROCESS,
        ON_DISK
    }

    @TempDir
    Path dir;

    private Path content;
    private Path output;
    private Memory kind;
    private LiveMemory live;
    /** Files are given times in the past, one second apart, as if saved a while before each build. */
    private Instant clock = Instant.now().minus(1, ChronoUnit.HOURS);

    private void firstBuild(Memory memory) throws IOException {
        kind = memory;
        live = BuildMemory.inProcess();
        content = SiteFixtures.copy(SiteFixtures.fixture("languages/content"), dir.resolve("content"));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                touch(p);
            }
        }
        output = dir.resolve("site");
        BuildResult first = rebuild();
        assertThat(first.succeeded())
                .as(first.diagnostics().sorted().toString())
                .isTrue();
        assertThat(first.rendered()).isEqualTo(first.pages()).isEqualTo(PAGES);
        assertThat(rebuild().rendered()).as("nothing changed").isZero();
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void aBodyEditInOneLanguageRendersOnlyThatPage(Memory memory) throws IOException {
        firstBuild(memory);
        edit("opening-hours.cy.md", "Dangoswch ef wrth y ddesg flaen.", "Dangoswch ef wrth y dderbynfa.");
        BuildResult result = rebuild();
        assertThat(result.rendered()).isEqualTo(1);
        assertThat(Files.readString(output.resolve("cy/opening-hours.html"))).contains("wrth y dderbynfa");
        assertSameAsFullBuild(result);
        assertThat(rebuild().rendered()).as("the build after it").isZero();
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void aTitleEditInOneLanguageRendersThePagesOfThatLanguageThatShowIt(Memory memory) throws IOException {
        firstBuild(memory);
        edit("opening-hours.cy.md", "title: Oriau agor", "title: Pryd rydyn ni ar agor");
        BuildResult result = rebuild();
        // The page and the Welsh home page that lists it; the language switchers name languages, not titles.
        assertThat(result.rendered()).isEqualTo(2);
        assertThat(Files.readString(output.resolve("cy/index.html"))).contains("Pryd rydyn ni ar agor");
        assertThat(Files.readString(output.resolve("index.html"))).doesNotContain("Pryd rydyn ni ar agor");
        assertSameAsFullBuild(result);
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void aNewTranslationIsLinkedFromThePagesThatLeadToIt(Memory memory) throws IOException {
        firstBuild(memory);
        write("parking.cy.md", """
                ---
                title: Parcio
                summary: Ble i barcio pan fyddwch yn ymweld.
                reviewed: 2026-01-10
                review_due: 2028-01-10
                translates_review: 2026-01-10
                order: 2
                sources:
                  - title: Llawlyfr y clinig
                    url: https://clinic.example.org/handbook
                ---

                ## Maes parcio

                Mae'r maes parcio y tu ôl i'r clinig. Darllenwch am ein [horiau agor](opening-hours.md).

                ## Blue badge

                Mae lleoedd bathodyn glas wrth y prif ddrws.
                """);
        BuildResult result = rebuild();
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        // The new page; the Welsh pages that list it or link to parking.md, which now lead to it and not to the
        // English page; and the English page, whose switcher now leads to it.
        assertThat(result.rendered()).isEqualTo(4);
        assertThat(Files.readString(output.resolve("cy/index.html"))).contains("href=\"../cy/parking.html\"");
        assertThat(Files.readString(output.resolve("parking.html"))).contains("cy/parking.html");
        assertSameAsFullBuild(result);
        assertThat(rebuild().rendered()).as("the build after it").isZero();
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void aDeletedTranslationIsNoLongerLinked(Memory memory) throws IOException {
        firstBuild(memory);
        String english = Files.readString(output.resolve("opening-hours.html"));
        assertThat(english).contains("ar/opening-hours.html");
        delete("opening-hours.ar.md");
        BuildResult result = rebuild();
        // The Arabic home page, which listed it and whose link now goes to the English page, and the pages in
        // English and Welsh whose switchers led to it.
        assertThat(result.rendered()).isEqualTo(3);
        assertThat(output.resolve("ar/opening-hours.html")).doesNotExist();
        assertThat(Files.readString(output.resolve("opening-hours.html"))).doesNotContain("ar/opening-hours.html");
        assertSameAsFullBuild(result);
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void aNewReviewOfTheSourceShowsOnItsTranslations(Memory memory) throws IOException {
        firstBuild(memory);
        edit("opening-hours.md", "reviewed: 2026-06-01", "reviewed: 2026-07-01");
        BuildResult result = rebuild();
        // The page, and its Welsh and Arabic translations, which now say that it was reviewed since.
        assertThat(result.rendered()).isEqualTo(3);
        assertSameAsFullBuild(result);
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void aLanguageLeftOutOfTheSiteRendersEveryPageThenOnlyWhatChanges(Memory memory) throws IOException {
        firstBuild(memory);
        delete("index.ar.md");
        delete("opening-hours.ar.md");
        delete("messages/ar.yml");
        edit("site.yml", "languages: [en-GB, cy, ar]", "languages: [en-GB, cy]");
        BuildResult result = rebuild();
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        assertThat(result.rendered())
                .as("the settings changed")
                .isEqualTo(result.pages())
                .isEqualTo(5);
        assertThat(output.resolve("ar")).doesNotExist();
        assertSameAsFullBuild(result);

        edit("opening-hours.md", "Monday to Friday", "Monday to Saturday");
        BuildResult next = rebuild();
        assertThat(next.rendered()).isEqualTo(1);
        assertSameAsFullBuild(next);
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void editsMadeWhileTheBuildFailsArePublishedOnceItIsFixed(Memory memory) throws IOException {
        firstBuild(memory);
        String welsh = Files.readString(content.resolve("opening-hours.cy.md"));
        edit("opening-hours.cy.md", "title: Oriau agor", "titel: Oriau agor");
        assertThat(rebuild().succeeded()).isFalse();
        edit("opening-hours.ar.md", "يقع المَقْهَى بجوار الباب الرئيسي.", "المقهى مغلق يوم الأحد.");
        assertThat(rebuild().succeeded()).isFalse();
        assertThat(Files.readString(output.resolve("ar/opening-hours.html"))).doesNotContain("مغلق");

        String arabicHome = Files.readString(output.resolve("ar/index.html"));
        write("opening-hours.cy.md", welsh);
        BuildResult fixed = rebuild();
        assertThat(fixed.succeeded()).isTrue();
        // The Arabic page edited in between, and the Arabic home page only if the guide PDF's size in words
        // ("12 KB") changed with it. The Welsh page is back as it was published; the cache on disk, which knows
        // files by their size and time, renders it too, as it was saved again.
        boolean guideSizeShown = !arabicHome.equals(Files.readString(output.resolve("ar/index.html")));
        assertThat(fixed.rendered()).isEqualTo(1 + (guideSizeShown ? 1 : 0) + (memory == Memory.IN_PROCESS ? 0 : 1));
        assertThat(Files.readString(output.resolve("ar/opening-hours.html"))).contains("مغلق");
        assertSameAsFullBuild(fixed);
    }

    private BuildResult rebuild() {
        BuildMemory memory = kind == Memory.IN_PROCESS ? live : BuildMemory.onDisk(dir.resolve("cache"));
        return new Build(SiteFixtures.options(content, output), memory).run();
    }

    private void edit(String path, String from, String to) throws IOException {
        String text = Files.readString(content.resolve(path));
        assertThat(text).contains(from);
        write(path, text.replace(from, to));
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.writeString(file, text);
        touch(file);
        changed(path);
    }

    private void delete(String path) throws IOException {
        Files.delete(content.resolve(path));
        changed(path);
    }

    /** What a preview's file watcher tells its memory of a changed file. */
    private void changed(String path) {
        if (ContentLoader.isSettings(path)) {
            live.forgetPages();
        }
        live.forget(path);
    }

    /** Gives a file a time a second later than the last one given, still in the past. */
    private void touch(Path file) throws IOException {
        clock = clock.plusSeconds(1);
        Files.setLastModifiedTime(file, FileTime.from(clock));
    }

    private void assertSameAsFullBuild(BuildResult incremental) {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        BuildResult full = SiteFixtures.build(content, fresh);
        assertThat(incremental.diagnostics().sorted().stream()
                        .filter(d -> !d.file().endsWith("build.bin")))
                .isEqualTo(full.diagnostics().sorted());
        assertThat(incremental.pages()).isEqualTo(full.pages());
        assertThat(incremental.succeeded()).isEqualTo(full.succeeded());
        if (full.succeeded()) {
            assertThat(SiteFixtures.filesOf(output)).isEqualTo(SiteFixtures.filesOf(fresh));
        }
    }
}

package dev.pamphlet.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: real build processes are stopped with SIGINT, SIGTERM and SIGKILL at random moments and at each
 * point of publishing, and the output folder must then be exactly the old site or exactly the new one: at once
 * after SIGINT and SIGTERM, with nothing left beside it; after SIGKILL, once the next command has put it right.
 */
class InterruptedPublishingTest {
    private static final int ARTICLES = 300;

    @TempDir
    static Path dir;

    private static Path content;
    private static Map<String, String> oldSite;
    private static Map<String, String> newSite;

    @BeforeAll
    static void makeBothSites() throws IOException {
        content = dir.resolve("content");
        writeSite(content, "first");
        oldSite = Checksums.of(buildInProcess(dir.resolve("ref/old")));
        writeSite(content, "second");
        newSite = Checksums.of(buildInProcess(dir.resolve("ref/new")));
        assertThat(oldSite).isNotEqualTo(newSite);
    }

    @Test
    void sigintAndSigtermAtRandomMomentsLeaveTheOldOrTheNewSiteAndNothingBeside() throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 6; trial++) {
            String signal = trial % 2 == 0 ? "INT" : "TERM";
            Path site = freshOldSite(trial);
            Process build = Processes.start(cliBuild(site));
            Thread.sleep(300 + random.nextInt(2500));
            Processes.signal(build, signal);
            int code = Processes.awaitExit(build);
            assertThat(code).as("exit code after SIG" + signal).isIn(0, signal.equals("INT") ? 130 : 143);
            assertWhole(site, "SIG" + signal + " in trial " + trial);
            assertThat(OutputLockTest.siblings(site)).as("beside the site").containsExactly("site");
        }
    }

    @Test
    void stopsInsidePublishingLeaveAWholeSite() throws Exception {
        int trial = 100;
        for (String point : List.of("between the renames", "before the old site is deleted")) {
            for (String signal : List.of("INT", "TERM")) {
                Path site = freshOldSite(trial++);
                Process build = Processes.startAndAwait(
                        cliBuild(site), "paused at " + point, Map.of(PublishPause.VARIABLE, point));
                Processes.signal(build, signal);
                assertThat(Processes.awaitExit(build)).isEqualTo(signal.equals("INT") ? 130 : 143);
                assertThat(Checksums.of(site)).as(signal + " " + point).isEqualTo(newSite);
                assertThat(OutputLockTest.siblings(site)).containsExactly("site");
            }
        }
    }

    @Test
    void afterSigkillTheNextCommandPutsBackAWholeSiteBeforeAnythingElse() throws Exception {
        Random random = new Random(11);
        List<String> outcomes = new ArrayList<>();
        int trial = 200;
        List<String> points = List.of("", "", "", "between the renames", "before the old site is deleted");
        for (String point : points) {
            Path site = freshOldSite(trial++);
            Process build = point.isEmpty()
                    ? Processes.start(cliBuild(site))
                    : Processes.startAndAwait(
                            cliBuild(site), "paused at " + point, Map.of(PublishPause.VARIABLE, point));
            if (point.isEmpty()) {
                Thread.sleep(300 + random.nextInt(2500));
            }
            build.destroyForcibly();
            Processes.awaitExit(build);

            // What the next command does first, before it reads anything.
            List<String> notes = new ArrayList<>();
            try (OutputLock lock = OutputLock.acquire(site, "site", false, notes)) {
                notes.addAll(StagedOutput.recover(site, "site"));
            }
            outcomes.add(assertWhole(site, "SIGKILL " + (point.isEmpty() ? "at random" : point)));
            assertThat(OutputLockTest.siblings(site)).containsExactly("site");
            if (point.equals("between the renames")) {
                assertThat(notes).anyMatch(n -> n.startsWith("restored the site"));
            }
        }
        assertThat(outcomes).as("outcomes").contains("old");
    }

    @Test
    void aFirstBuildIntoAnEmptyFolderKilledBetweenTheRenamesIsPutRightByTheNext() throws Exception {
        Path site = Files.createDirectories(dir.resolve("trial-400").resolve("site"));
        Process build = Processes.startAndAwait(
                cliBuild(site), "paused at between the renames", Map.of(PublishPause.VARIABLE, "between the renames"));
        build.destroyForcibly();
        Processes.awaitExit(build);

        List<String> notes = new ArrayList<>();
        try (OutputLock lock = OutputLock.acquire(site, "site", false, notes)) {
            notes.addAll(StagedOutput.recover(site, "site"));
        }
        assertThat(notes)
                .as("the empty folder moved aside is known for Pamphlet's")
                .anyMatch(n -> n.startsWith("restored the site"));
        assertThat(OutputLockTest.siblings(site)).containsExactly("site");
    }

    @Test
    void aSecondBuildWhileTheFirstPublishesIsRefusedAndNeverMixesTheSites() throws Exception {
        Path site = freshOldSite(300);
        Process first = Processes.startAndAwait(
                cliBuild(site), "paused at between the renames", Map.of(PublishPause.VARIABLE, "between the renames"));
        BuildResult second = new Build(SiteFixtures.options(content, site).withToday(LocalDate.now())).run();
        assertThat(second.succeeded()).isFalse();
        assertThat(second.diagnostics().sorted().get(0).message())
                .contains("another Pamphlet process is writing this folder")
                .contains("pid " + first.pid());
        assertThat(Processes.awaitExit(first)).isZero();
        assertThat(Checksums.of(site)).isEqualTo(newSite);
        assertThat(OutputLockTest.siblings(site)).containsExactly("site");
    }

    /** "old" or "new", failing unless the folder is exactly one of them. */
    private static String assertWhole(Path site, String what) {
        Map<String, String> now = Checksums.of(site);
        assertThat(now.equals(oldSite) || now.equals(newSite))
                .as(what + ": the folder is the old or the new site (" + now.size() + " files; old " + oldSite.size()
                        + ", new " + newSite.size() + ")")
                .isTrue();
        return now.equals(oldSite) ? "old" : "new";
    }

    /** A folder holding the old site, with the content folder at its second version. */
    private static Path freshOldSite(int trial) throws IOException {
        Path site = dir.resolve("trial-" + trial).resolve("site");
        writeSite(content, "first");
        buildInProcess(site);
        writeSite(content, "second");
        return site;
    }

    private static Path buildInProcess(Path site) {
        BuildResult result = new Build(SiteFixtures.options(content, site).withToday(LocalDate.now())).run();
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        return site;
    }

    private static ProcessBuilder cliBuild(Path site) {
        return Processes.java(
                Main.class,
                "build",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                site.toString(),
                "--no-cache");
    }

    /** A site of many articles, whose text says which version it is. */
    private static void writeSite(Path content, String version) throws IOException {
        Files.createDirectories(content.resolve("topics"));
        Files.writeString(content.resolve("site.yml"), """
                title: Test guide
                description: A guide for testing publishing.
                language: en-GB
                base_url: https://example.org/guide/
                publisher: Test publisher
                pdf: false
                """);
        Files.writeString(content.resolve("index.md"), page("Home", version, 0, ""));
        for (int i = 1; i <= ARTICLES; i++) {
            Files.writeString(
                    content.resolve("topics/topic-" + i + ".md"),
                    page("Topic " + i, version, i, "See [the next topic](topic-" + (i % ARTICLES + 1) + ".md).\n"));
        }
    }

    private static String page(String title, String version, int order, String extra) {
        return "---\ntitle: " + title + "\nsummary: About " + title.toLowerCase() + ", " + version + " version.\n"
                + "reviewed: 2026-01-10\nreview_due: 2029-01-10\norder: " + order + "\nsources:\n"
                + "  - title: A source\n    url: https://example.org/source\n---\n\n## About this\n\n"
                + "This is the " + version + " version of the page. It is short. It has plain words.\n\n" + extra;
    }
}

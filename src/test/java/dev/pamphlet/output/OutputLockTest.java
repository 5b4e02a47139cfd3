package dev.pamphlet.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output folder: a second build is refused (or waits), and a lock left by a dead process is taken. */
class OutputLockTest {
    @TempDir
    Path dir;

    private Path content() {
        return SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
    }

    @Test
    void aBuildIntoAFolderAnotherProcessIsWritingIsRefusedAndTouchesNothing() throws Exception {
        Path content = content();
        Path site = dir.resolve("out/site");
        assertThat(SiteFixtures.build(content, site).succeeded()).isTrue();
        Map<String, String> before = Checksums.of(site);
        Files.writeString(
                content.resolve("opening-hours.md"),
                Files.readString(content.resolve("opening-hours.md")).replace("8am", "9am"));

        Process holder = Processes.startAndAwait(Processes.java(LockHolder.class, site.toString()), "locked", Map.of());
        try {
            BuildResult second = SiteFixtures.build(content, site);
            assertThat(second.succeeded()).isFalse();
            Diagnostic error = second.diagnostics().sorted().get(0);
            assertThat(error.message())
                    .contains("another Pamphlet process is writing this folder")
                    .contains("pid " + holder.pid())
                    .contains("pamphlet build --output")
                    .contains("started ");
            assertThat(error.hint()).contains("--wait");
            assertThat(Checksums.of(site)).isEqualTo(before);
            assertThat(siblings(site)).containsExactly(".site.pamphlet-lock", "site");
        } finally {
            holder.getOutputStream().close();
            Processes.awaitExit(holder);
        }
        assertThat(siblings(site)).containsExactly("site");
    }

    @Test
    void waitingBuildRunsOnceTheOtherProcessIsDone() throws Exception {
        Path content = content();
        Path site = dir.resolve("out/site");
        Process holder = Processes.startAndAwait(Processes.java(LockHolder.class, site.toString()), "locked", Map.of());
        CompletableFuture<BuildResult> waiting = CompletableFuture.supplyAsync(
                () -> new Build(SiteFixtures.options(content, site).waitingForLock(true)).run());
        Thread.sleep(500);
        assertThat(waiting).isNotDone();
        holder.getOutputStream().close();
        Processes.awaitExit(holder);
        BuildResult result = waiting.get(60, TimeUnit.SECONDS);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.summaries()).anyMatch(s -> s.startsWith("waited for pid " + holder.pid()));
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(siblings(site)).containsExactly("site");
    }

    @Test
    void aLockLeftByAKilledProcessIsTakenOverWithANote() throws Exception {
        Path content = content();
        Path site = dir.resolve("out/site");
        Process holder = Processes.startAndAwait(Processes.java(LockHolder.class, site.toString()), "locked", Map.of());
        holder.destroyForcibly();
        Processes.awaitExit(holder);
        assertThat(dir.resolve("out/.site.pamphlet-lock")).isRegularFile();

        BuildResult result = SiteFixtures.build(content, site);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.summaries())
                .anyMatch(s -> s.contains("took over the lock")
                        && s.contains("pid " + holder.pid())
                        && s.contains("no longer running"));
        assertThat(siblings(site)).containsExactly("site");
    }

    @Test
    void buildsInOneProcessShareTheLock() {
        Path content = content();
        Path site = dir.resolve("out/site");
        try (OutputLock held = OutputLock.acquire(site, "site", false, new java.util.ArrayList<>())) {
            assertThat(SiteFixtures.build(content, site).succeeded()).isTrue();
            assertThat(dir.resolve("out/.site.pamphlet-lock")).isRegularFile();
        } catch (dev.pamphlet.diag.ContentException e) {
            throw new AssertionError(e);
        }
        assertThat(siblings(site)).containsExactly("site");
    }

    static java.util.List<String> siblings(Path site) {
        try (Stream<Path> entries = Files.list(site.getParent())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

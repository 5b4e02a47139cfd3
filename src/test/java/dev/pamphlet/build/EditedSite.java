package dev.pamphlet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.memory.BuildMemory;
import dev.pamphlet.memory.LiveMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * A copy of a fixture's content folder that a test edits as an editor would while a preview runs: each file saved
 * gets a time a second after the last one, and the preview's memory is told, as its file watcher tells it.
 */
final class EditedSite {
    final Path dir;
    final Path content;
    final Path output;
    final LiveMemory memory = BuildMemory.inProcess();
    /** Files are given times in the past, one second apart, as if saved a while before each build. */
    private Instant clock = Instant.now().minus(1, ChronoUnit.HOURS);

    /** The fixture's content copied to {@code dir/content}, every file given a time; built into {@code dir/site}. */
    EditedSite(Path dir, String fixture) throws IOException {
        this.dir = dir;
        this.content = SiteFixtures.copy(SiteFixtures.fixture(fixture), dir.resolve("content"));
        this.output = dir.resolve("site");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                touch(p);
            }
        }
    }

    BuildOptions options() {
        return SiteFixtures.options(content, output);
    }

    /** Replaces {@code from}, which the file must hold, with {@code to}. */
    void edit(String path, String from, String to) throws IOException {
        String text = Files.readString(content.resolve(path));
        assertThat(text).contains(from);
        save(path, text.replace(from, to));
    }

    void replaceAll(String path, String regex, String to) throws IOException {
        save(path, Files.readString(content.resolve(path)).replaceAll(regex, to));
    }

    void delete(String path) throws IOException {
        Files.delete(content.resolve(path));
        memory.forget(path);
    }

    /** The output folder holds exactly what a fresh build of the content makes. */
    void assertSameAsFullBuild() {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        assertThat(SiteFixtures.build(content, fresh).succeeded()).isTrue();
        assertThat(SiteFixtures.filesOf(output)).isEqualTo(SiteFixtures.filesOf(fresh));
    }

    private void save(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.writeString(file, text);
        touch(file);
        memory.forget(path);
    }

    private void touch(Path file) {
        clock = clock.plusSeconds(1);
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.pamphlet;

import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.build.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds fixture sites (or the real content) into a temp folder with the project's default templates. */
public final class SiteFixtures {
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path TEMPLATES = PROJECT.resolve("templates");
    public static final Path REAL_CONTENT = PROJECT.resolve("content");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private SiteFixtures() {}

    public static Path fixture(String name) {
        return PROJECT.resolve("src/test/resources/sites").resolve(name);
    }

    /** Every Markdown file of the real guide and of the fixture sites, in a fixed order. */
    public static List<Path> allMarkdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(REAL_CONTENT, PROJECT.resolve("src/test/resources/sites"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    public static BuildOptions options(Path content, Path output) {
        return new BuildOptions(content, TEMPLATES, output, null, false, TODAY, true);
    }

    public static BuildResult build(Path content, Path output) {
        return new Build(options(content, output)).run();
    }

    /** Copies a fixture's content folder to {@code dir/content}, for a test that edits it; returns the copy. */
    public static Path copyFixture(String name, Path dir) {
        return copy(fixture(name).resolve("content"), dir.resolve("content"));
    }

    /** Copies a folder, so a test can edit a fixture without touching the original. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's Markdown with every required key set, titled {@code title}, with {@code body} after the front matter. */
    public static String page(String title, String body) {
        return "---\ntitle: " + title + "\nsummary: A page.\nreviewed: 2026-01-01\nreview_due: 2028-01-01\n"
                + "sources:\n  - title: Example source\n    url: https://example.org/source\n---\n\n" + body + "\n";
    }

    /** Every file in a folder and its bytes, except the marker (whose build id differs from build to build). */
    public static Map<String, String> filesOf(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString();
                if (!rel.equals(dev.pamphlet.output.OutputGuard.MARKER)) {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

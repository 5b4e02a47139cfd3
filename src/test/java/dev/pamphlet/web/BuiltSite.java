package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.Build;
import dev.pamphlet.build.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A site built into a folder for checking in a validator or a browser. */
record BuiltSite(String name, Path root, String basePath) {

    /**
     * The real guide in content/, the reader fixture (callouts, glossary, a sub-folder), the languages fixture
     * (English, Welsh and Arabic, written right to left) and the awkward fixture (names with spaces, a callout
     * with a nested list, a draft built with --drafts) and the library fixture (sections with hubs, one nested,
     * one without index.md, tags and their topic pages, the A to Z, a Welsh translation inside a section).
     */
    static List<BuiltSite> buildAll(Path into) {
        return List.of(
                build("real", SiteFixtures.REAL_CONTENT, "/restless-legs/", into),
                build("reader fixture", SiteFixtures.fixture("reader").resolve("content"), "/asthma/", into),
                build("languages fixture", SiteFixtures.fixture("languages").resolve("content"), "/visit/", into),
                build("library fixture", SiteFixtures.fixture("library").resolve("content"), "/health/", into),
                withDrafts(
                        "awkward fixture", SiteFixtures.fixture("awkward").resolve("content"), "/my%20guide/", into));
    }

    /** A site built with --drafts, so its drafts are checked as a preview shows them. */
    static BuiltSite withDrafts(String name, Path content, String basePath, Path into) {
        Path out = into.resolve(name.replace(' ', '-'));
        BuildResult result = new Build(SiteFixtures.options(content, out).withDrafts(true)).run();
        assertThat(result.succeeded())
                .as("%s builds: %s", name, result.diagnostics().sorted())
                .isTrue();
        return new BuiltSite(name, out, basePath);
    }

    /** @param basePath the path of the site's base_url, where a server publishes it */
    static BuiltSite build(String name, Path content, String basePath, Path into) {
        Path out = into.resolve(name.replace(' ', '-'));
        BuildResult result = SiteFixtures.build(content, out);
        assertThat(result.succeeded())
                .as("%s builds: %s", name, result.diagnostics().sorted())
                .isTrue();
        return new BuiltSite(name, out, basePath);
    }

    /** Every HTML page, as paths relative to the site root with '/' separators. */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sites ({@link HostileSites}) built through the command line, each over a published site: whatever the
 * input, the build ends in time, prints no stack trace, and either succeeds or fails with an error at a file and
 * line, leaving the published site byte for byte as it was.
 *
 * <p>{@code -Dpamphlet.fuzz.cases=1500} runs more cases, {@code -Dpamphlet.fuzz.seed=N} others; a failing case is
 * reported with its seed, and {@code -Dpamphlet.fuzz.only=SEED} runs that one alone.
 */
class HostileSitesFuzzTest {
    private static final int CASES = Integer.getInteger("pamphlet.fuzz.cases", 100);
    private static final long SEED = Long.getLong("pamphlet.fuzz.seed", 20261127L);
    private static final Long ONLY = Long.getLong("pamphlet.fuzz.only");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** How a stack trace or an exception's name shows in text meant for people. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\n\\s*at [\\w.$]+\\(|\\b[A-Z]\\w*(Exception|Error)\\b|\\bjava\\.(lang|io|util|nio)\\.\\w+(Exception|Error)");

    /**
     * A diagnostic in the compiler format, {@code content/x.md:7:3: error: ...}; the line is left out only for a
     * problem of the file as a whole, such as its name.
     */
    private static final Pattern ERROR = Pattern.compile("(?m)^(.+?)(:\\d+(:\\d+)?)?: error: (.+)$");

    /** The error for a file whose processing ran out of stack: a limit on nesting is missing. */
    private static final String OUT_OF_STACK = "too deeply nested to process";

    @TempDir
    Path dir;

    /** One test for each case, so that each has its own time limit and a failing one is named by its seed. */
    @TestFactory
    Stream<DynamicTest> everyHostileSiteBuildsOrFailsCleanlyLeavingThePublishedSiteAsItWas() throws IOException {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path published = dir.resolve("published");
        Map<String, byte[]> base = read(SiteFixtures.fixture("languages/content"));
        base.put(
                "site.yml",
                (new String(base.get("site.yml"), StandardCharsets.UTF_8) + "pdf: false\n")
                        .getBytes(StandardCharsets.UTF_8));
        write(base, content);
        CliRun first = build(content, site);
        assertThat(first.exitCode()).as(first.all()).isZero();
        copy(site, published);
        String before = hash(site);

        HostileSites sites = new HostileSites(base);
        Stream<Long> seeds =
                ONLY != null ? Stream.of(ONLY) : LongStream.range(0, CASES).mapToObj(i -> SEED * 1_000_003L + i);
        return seeds.map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            HostileSites.Case c = sites.make(seed);
            write(c.files(), content);
            try {
                CliRun run = assertTimeoutPreemptively(
                        LIMIT,
                        () -> build(content, site),
                        () -> c.mutations() + ": did not end within " + LIMIT.toSeconds() + " s");
                assertThat(problemWith(run, content, site, before))
                        .as("%s", c.mutations())
                        .isNull();
            } finally {
                if (!hash(site).equals(before)) {
                    delete(site);
                    copy(published, site);
                }
            }
        }));
    }

    /** What is wrong with how a build ended, or null. */
    private static String problemWith(CliRun run, Path content, Path site, String before) throws IOException {
        String all = run.all();
        var trace = STACK_TRACE.matcher(all);
        if (trace.find()) {
            return "a stack trace or exception name: " + around(all, trace.start());
        }
        int control = firstControl(all);
        if (control >= 0) {
            return "a control character printed: " + around(all, control);
        }
        if (run.exitCode() == 0) {
            return null;
        }
        if (!hasErrorAtAFile(run.err(), content)) {
            return "exit " + run.exitCode() + " without an error at a file and line: " + around(run.err(), 0);
        }
        if (!hash(site).equals(before)) {
            return "the failed build changed the published site";
        }
        return null;
    }

    private static boolean hasErrorAtAFile(String err, Path content) {
        var error = ERROR.matcher(err);
        while (error.find()) {
            if (error.group(1).startsWith(content + "/")
                    && (error.group(2) != null || !error.group(4).startsWith(OUT_OF_STACK))) {
                return true;
            }
        }
        return false;
    }

    private static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\n' && c != '\t' || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static String around(String s, int at) {
        return HostileSites.visible(s.substring(Math.max(0, at - 80)), 600);
    }

    private static CliRun build(Path content, Path site) {
        return CliRun.of(
                "build",
                "--no-cache",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                site.toString());
    }

    // ---- files ------------------------------------------------------------------------------------------------

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void write(Map<String, byte[]> files, Path root) throws IOException {
        delete(root);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        write(read(from), to);
    }

    /** The tree's paths and bytes in one hash: equal hashes, byte-identical folders. */
    private static String hash(Path root) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (!Files.exists(root)) {
                return "none";
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                    sha.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    if (Files.isRegularFile(p)) {
                        sha.update(Files.readAllBytes(p));
                        sha.update((byte) 0);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

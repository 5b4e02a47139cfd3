package dev.pamphlet.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pamphlet} script that {@code mvn package} puts beside the jar: it must start the same tuned JVM the
 * jar would, and otherwise leave the choice to the jar. A stand-in {@code java} prints the arguments it gets.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("src/main/sh/pamphlet");

    @TempDir
    Path dir;

    private Path target;
    private Path javaHome;

    @BeforeEach
    void setUp() throws IOException {
        target = Files.createDirectories(dir.resolve("my project/target"));
        Files.copy(SCRIPT, target.resolve("pamphlet"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(target.resolve("pamphlet.jar"), "stands in for the jar");
        javaHome = dir.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        javaVersion("17.0.15+6-Debian-1");
    }

    private void javaVersion(String version) throws IOException {
        Files.writeString(
                javaHome.resolve("release"),
                "IMPLEMENTOR=\"Someone\"\nJAVA_RUNTIME_VERSION=\"" + version + "\"\nJAVA_VERSION=\""
                        + version.replaceAll("[+].*", "") + "\"\n");
    }

    /** The archive a build with the jar would train for this Java: the name the script must find. */
    private Path archive() throws IOException {
        String version =
                Files.readString(javaHome.resolve("release")).replaceAll("(?s).*RUNTIME_VERSION=\"([^\"]*).*", "$1");
        Path jar = target.resolve("pamphlet.jar");
        Path file = Files.writeString(
                ClassArchive.forJar(jar, Runtime.Version.parse(version)).file(), "archive");
        // Trained after the jar was made, as always: an archive older than the jar is stale.
        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        return file;
    }

    private List<String> run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(target.resolve("pamphlet"), env, args);
    }

    /** Runs {@code script} with the stand-in java and returns the arguments java got, a line each. */
    private List<String> run(Path script, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .keySet()
                .removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", TunedJvm.SWITCH));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    @Test
    void aBuildWithAnArchiveStartsTheTunedJvmDirectlyWithTheJarsOwnOptions() throws Exception {
        Path archive = archive();

        List<String> java = run(Map.of(), "build", "--output", "a folder with spaces", "--no-cache");

        List<String> expected = new ArrayList<>(TunedJvm.OPTIONS);
        expected.add("-XX:SharedArchiveFile=" + archive);
        expected.addAll(TunedJvm.ARCHIVE_OPTIONS);
        expected.addAll(List.of(
                "-D" + TunedJvm.LAUNCHED_PROPERTY + "=true",
                "-cp",
                target.resolve("pamphlet.jar").toString(),
                Main.class.getName(),
                "build",
                "--output",
                "a folder with spaces",
                "--no-cache"));
        assertThat(java).containsExactlyElementsOf(expected);
    }

    @Test
    void onJava25ItMapsTheAheadOfTimeCache() throws Exception {
        javaVersion("25.0.3+9-LTS");
        Path cache = archive();
        assertThat(cache.getFileName().toString()).endsWith(".aot");

        List<String> java = run(Map.of(), "build");

        assertThat(java)
                .contains("-XX:AOTCache=" + cache)
                .containsAll(TunedJvm.AOT_OPTIONS)
                .noneMatch(a -> a.startsWith("-Xshare"))
                .endsWith(Main.class.getName(), "build");
    }

    @Test
    void anArchiveOfAnotherJarOrAnotherJavaIsNotUsed() throws Exception {
        Path archive = archive();
        String jar = target.resolve("pamphlet.jar").toString();
        javaVersion("17.0.16+8-Debian-1");
        assertThat(run(Map.of(), "build")).as("another Java").containsExactly("-jar", jar, "build");

        javaVersion("17.0.15+6-Debian-1");
        Files.writeString(target.resolve("pamphlet.jar"), "a rebuilt jar, a different size");
        Files.setLastModifiedTime(
                target.resolve("pamphlet.jar"),
                FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 1000));
        assertThat(archive).exists();
        assertThat(run(Map.of(), "build")).as("another jar").containsExactly("-jar", jar, "build");
    }

    @Test
    void aLinkToTheScriptFindsTheJarBesideTheScript() throws Exception {
        archive();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("pamphlet"), Path.of("../my project/target/pamphlet"));

        assertThat(run(bin.resolve("pamphlet"), Map.of(), "build"))
                .contains(target.resolve("pamphlet.jar").toString(), "build");
    }

    /**
     * The release archive's bin/pamphlet (src/build/make-archive.sh makes it from the script by this one change):
     * reached through a link, it runs the jar in lib/ on the Java in runtime/ with the cache beside the jar,
     * whatever JAVA_HOME says.
     */
    @Test
    void theArchivesCopyRunsItsOwnJavaAndTheJarInLib() throws Exception {
        Path top = dir.resolve("pamphlet-0.1.0");
        Path script = Files.createDirectories(top.resolve("bin")).resolve("pamphlet");
        String text = Files.readString(SCRIPT);
        assertThat(text).containsOnlyOnce("\nbundled=no\n");
        Files.writeString(script, text.replace("\nbundled=no\n", "\nbundled=yes\n"));
        Path jar = Files.writeString(Files.createDirectories(top.resolve("lib")).resolve("pamphlet.jar"), "jar");
        Path own = Files.createDirectories(top.resolve("runtime/bin")).resolve("java");
        Files.writeString(own, "#!/bin/sh\necho own java\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(top.resolve("runtime/release"), "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");
        Path cache = Files.writeString(
                ClassArchive.forJar(jar, Runtime.Version.parse("25.0.3+9-LTS")).file(), "archive");
        Files.setLastModifiedTime(
                cache, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        Path bin = Files.createDirectories(dir.resolve("home/.local/bin"));
        Files.createSymbolicLink(bin.resolve("pamphlet"), script);

        assertThat(run(bin.resolve("pamphlet"), Map.of(), "build"))
                .startsWith("own java")
                .contains("-XX:AOTCache=" + cache, jar.toString())
                .endsWith(Main.class.getName(), "build");
        assertThat(run(bin.resolve("pamphlet"), Map.of(), "serve"))
                .containsExactly("own java", "-jar", jar.toString(), "serve");
    }

    @Test
    void checkIsTunedTooAndOptionsBeforeTheCommandDoNotHideIt() throws Exception {
        archive();

        assertThat(run(Map.of(), "--verbose", "check"))
                .contains("-XX:+UseSerialGC")
                .endsWith("--verbose", "check");
    }

    @Test
    void withoutAnArchiveTheJarDecidesAndWritesOne() throws Exception {
        assertThat(run(Map.of(), "build"))
                .containsExactly("-jar", target.resolve("pamphlet.jar").toString(), "build");
    }

    @Test
    void serveAndHelpRunInThePlainJvm() throws Exception {
        archive();
        String jar = target.resolve("pamphlet.jar").toString();

        assertThat(run(Map.of(), "serve", "--port", "0")).containsExactly("-jar", jar, "serve", "--port", "0");
        assertThat(run(Map.of(), "--help")).containsExactly("-jar", jar, "--help");
    }

    @Test
    void theUsersOwnJvmOptionsOrTheSwitchTurnTheTuningOff() throws Exception {
        archive();
        String jar = target.resolve("pamphlet.jar").toString();

        assertThat(run(Map.of(TunedJvm.SWITCH, "off"), "build")).containsExactly("-jar", jar, "build");
        assertThat(run(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), "build")).containsExactly("-jar", jar, "build");
        assertThat(run(Map.of("JDK_JAVA_OPTIONS", ""), "build")).containsExactly("-jar", jar, "build");
    }
}

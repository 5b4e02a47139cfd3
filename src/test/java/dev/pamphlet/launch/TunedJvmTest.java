package dev.pamphlet.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {
    /** The plan for {@code args} as the jar's entry point makes it. */
    private static Optional<TunedJvm> plan(
            String[] args, TunedJvm.CurrentJvm jvm, Map<String, String> env, String classPath) {
        return TunedJvm.plan(args, jvm, env, classPath, Main.class.getName());
    }

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    private static TunedJvm.CurrentJvm startedWith(String... arguments) {
        return new TunedJvm.CurrentJvm(JAVA, List.of(arguments), false);
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("pamphlet.jar");
        Files.writeString(jar, "stands in for the jar");
        return jar;
    }

    @Test
    void aPlainJavaDashJarBuildRunsInTheTunedJvmWithTheSameArguments() throws IOException {
        Path jar = jar();
        Optional<TunedJvm> plan = plan(
                new String[] {"build", "--output", "out"},
                startedWith("-jar", jar.toString(), "build", "--output", "out"),
                Map.of(),
                jar.toString());

        assertThat(plan).isPresent();
        List<String> command = plan.get().command();
        assertThat(command.get(0)).isEqualTo(JAVA.toString());
        assertThat(command)
                .containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .containsSubsequence("-cp", jar.toString(), Main.class.getName(), "build", "--output", "out")
                .contains("-Dpamphlet.launched=true");
        ClassArchive archive = ClassArchive.forJar(jar, Runtime.version());
        assertThat(command)
                .as("the first build after a new jar trains the class archive (this process's training file)")
                .contains(archive.trainOption(archive.trainingFile()));
    }

    private static Path archiveOf(Path jar) {
        return ClassArchive.forJar(jar, Runtime.version()).file();
    }

    @Test
    void laterBuildsUseTheArchiveAndCheckNeverWritesOne() throws IOException {
        Path jar = jar();
        Files.writeString(archiveOf(jar), "archive");
        List<String> build = plan(
                        new String[] {"build"}, startedWith("-jar", jar.toString(), "build"), Map.of(), jar.toString())
                .orElseThrow()
                .command();
        assertThat(build).contains(ClassArchive.forJar(jar, Runtime.version()).useOption());

        Files.delete(archiveOf(jar));
        List<String> check = plan(
                        new String[] {"check"}, startedWith("-jar", jar.toString(), "check"), Map.of(), jar.toString())
                .orElseThrow()
                .command();
        assertThat(check)
                .contains("-XX:TieredStopAtLevel=1")
                .noneMatch(a -> a.contains("Archive") || a.contains("AOT"));
    }

    @Test
    void java25TrainsAndThenUsesAnAheadOfTimeCacheAndJava17AClassDataArchive() throws IOException {
        Path jar = jar();
        Runtime.Version java25 = Runtime.Version.parse("25.0.3+9-LTS");
        String[] args = {"build"};
        TunedJvm.CurrentJvm jvm =
                new TunedJvm.CurrentJvm(JAVA, List.of("-jar", jar.toString(), "build"), false, java25);
        Path cache = dir.resolve("pamphlet." + Files.size(jar) + "-"
                + Files.getLastModifiedTime(jar).toInstant().getEpochSecond() + ".25.0.3+9-LTS.aot");

        assertThat(plan(args, jvm, Map.of(), jar.toString()).orElseThrow().command())
                .as("it records what it uses, and the cache is made from that once the build succeeded")
                .contains("-XX:AOTMode=record")
                .anyMatch(a -> a.startsWith("-XX:AOTConfiguration=" + cache + ".") && a.endsWith(".config"))
                .as("Java 25 refuses -Xshare while it trains")
                .noneMatch(a -> a.startsWith("-Xshare"));
        Files.writeString(cache, "cache");
        assertThat(plan(args, jvm, Map.of(), jar.toString()).orElseThrow().command())
                .contains("-XX:AOTCache=" + cache, "-Xlog:aot*=off");

        TunedJvm.CurrentJvm java17 = new TunedJvm.CurrentJvm(
                JAVA,
                List.of("-jar", jar.toString(), "build"),
                false,
                Runtime.Version.parse("17.0.15+6-Debian-1deb12u1"));
        String archive17 = cache.toString().replace(".25.0.3+9-LTS.aot", ".17.0.15+6-Debian-1deb12u1.jsa");
        assertThat(plan(args, java17, Map.of(), jar.toString()).orElseThrow().command())
                .as("another Java trains its own")
                .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + archive17 + "."))
                .noneMatch(a -> a.contains("aot"));
    }

    @Test
    void aTrainedArchiveReplacesThoseOfEarlierJarsAndKeepsThoseOfOtherJavas() throws IOException {
        Path jar = jar();
        Runtime.Version java25 = Runtime.Version.parse("25.0.3+9-LTS");
        Path old = Files.writeString(dir.resolve("pamphlet.1-2.25.0.3+9-LTS.aot"), "an earlier jar's");
        ClassArchive java17 = ClassArchive.forJar(jar, Runtime.Version.parse("17.0.15+6"));
        Files.writeString(java17.file(), "this jar's, for Java 17");
        ClassArchive archive = ClassArchive.forJar(jar, java25);

        Path trained = Files.writeString(archive.trainingFile(), "trained");
        archive.keep(trained, true);

        assertThat(archive.file()).hasContent("trained");
        assertThat(java17.file()).exists();
        assertThat(old).doesNotExist();
        assertThat(trained).doesNotExist();

        Path failed = Files.writeString(archive.trainingFile(), "from a failed build");
        archive.keep(failed, false);
        assertThat(archive.file()).hasContent("trained");
        assertThat(failed).doesNotExist();
    }

    @Test
    void aDamagedArchiveIsNeverKept() throws IOException {
        Path jar = jar();
        List<String> java = new ArrayList<>(List.of(JAVA.toString()));
        java.addAll(TunedJvm.OPTIONS);
        for (Runtime.Version version : List.of(Runtime.version(), Runtime.Version.parse("25.0.3+9-LTS"))) {
            ClassArchive archive = ClassArchive.forJar(jar, version);
            Path damaged = Files.write(archive.trainingFile(), new byte[100_000]);
            assertThat(archive.starts(damaged, java, jar.toString()))
                    .as(version.toString())
                    .isFalse();
        }
    }

    @Test
    void aNewJarGetsANewArchive() throws IOException, InterruptedException {
        Path jar = jar();
        Path before = archiveOf(jar);
        Files.writeString(jar, "a rebuilt jar, a different size");
        assertThat(archiveOf(jar)).isNotEqualTo(before);
        assertThat(before.getFileName().toString()).startsWith("pamphlet.").matches(".*\\.(jsa|aot)");
    }

    @Test
    void theUsersOwnJvmChoicesAreLeftAlone() throws IOException {
        Path jar = jar();
        String cp = jar.toString();
        String[] build = {"build"};
        assertThat(plan(build, startedWith("-Xmx1g", "-jar", cp, "build"), Map.of(), cp))
                .as("JVM options on the command line")
                .isEmpty();
        assertThat(plan(build, startedWith("-jar", cp, "build"), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), cp))
                .as("JVM options in the environment")
                .isEmpty();
        assertThat(plan(build, startedWith("-jar", cp, "build"), Map.of("PAMPHLET_TUNED_JVM", "off"), cp))
                .as("switched off")
                .isEmpty();
        assertThat(plan(build, new TunedJvm.CurrentJvm(JAVA, List.of("-jar", cp, "build"), true), Map.of(), cp))
                .as("already the tuned JVM")
                .isEmpty();
        assertThat(plan(build, new TunedJvm.CurrentJvm(JAVA, null, false), Map.of(), cp))
                .as("options unknown")
                .isEmpty();
    }

    @Test
    void serveAndHelpRunInTheJvmTheyStartedIn() throws IOException {
        Path jar = jar();
        String cp = jar.toString();
        for (String[] args : List.of(
                new String[] {"serve"},
                new String[] {"build", "--help"},
                new String[] {"--version"},
                new String[] {})) {
            assertThat(plan(args, startedWith(concat("-jar", cp, args)), Map.of(), cp))
                    .as(String.join(" ", args))
                    .isEmpty();
        }
    }

    @Test
    void theLauncherBuildsTheSiteInTheTunedJvmAndPassesItsExitCodeOn() throws Exception {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path output = dir.resolve("site");
        Launched good = launch(
                "build",
                "--verbose",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                output.toString());
        assertThat(good.code()).as(good.err()).isZero();
        assertThat(good.err()).contains("running in a JVM tuned for builds");
        assertThat(good.out()).contains("Built 3 pages");
        assertThat(output.resolve("index.html")).exists();

        Files.writeString(content.resolve("opening-hours.md"), "no front matter\n");
        Launched bad = launch(
                "build",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                output.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("opening-hours.md:1:").doesNotContain("Exception");
        assertThat(launch("build", "--no-such-option").code()).isEqualTo(2);
    }

    record Launched(int code, String out, String err) {}

    /** Starts Pamphlet as {@code java -cp ... Main}, the way {@code java -jar} starts it. */
    private Launched launch(String... args) throws Exception {
        // The class path goes in the environment: the operating system reports only short command lines, and
        // the launcher leaves a JVM whose options it cannot see alone.
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment()
                .keySet()
                .removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", TunedJvm.SWITCH));
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launched build did not finish");
        }
        return new Launched(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static String[] concat(String first, String second, String[] rest) {
        List<String> all = new ArrayList<>(List.of(first, second));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}

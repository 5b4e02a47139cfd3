package dev.pamphlet.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tuned JVM never outlives the one that started it, and the exit codes stay those the README lists. These
 * start the real launcher ({@code java Main build}, as {@code java -jar} does) and signal it. Each test
 * freezes the tuned JVM (SIGSTOP) as soon as it appears, so the build cannot finish on its own while the
 * launcher is being signalled: what ends it is the launcher's signal, or the launcher's death.
 */
@EnabledOnOs(OS.LINUX)
class ChildJvmTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final long BOUND_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void exitCodesStayThoseTheReadmeLists() {
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        for (int code : new int[] {0, 1, 2, 130, 143}) {
            assertThat(ChildJvm.exitCode(code, 0, err)).isEqualTo(code);
        }
        assertThat(ChildJvm.exitCode(128 + 9, 0, err)).as("killed by SIGKILL").isEqualTo(143);
        assertThat(ChildJvm.exitCode(128 + 6, 0, err)).as("aborted").isEqualTo(143);
        assertThat(ChildJvm.exitCode(3, 0, err)).isEqualTo(1);
        assertThat(ChildJvm.exitCode(0, ChildJvm.SIGINT, err))
                .as("this JVM's own signal")
                .isEqualTo(130);
        assertThat(ChildJvm.exitCode(130, ChildJvm.SIGTERM, err)).isEqualTo(143);
    }

    @Test
    void aChildThatCannotStartIsReportedUnderVerboseAndLeavesTheCommandToThisJvm() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        OptionalInt refused = ChildJvm.run(
                List.of(JAVA.toString(), "-XX:+NoSuchOptionInAnyJvm"),
                List.of(Main.class.getName(), "--version"),
                true,
                err);
        OptionalInt missing = ChildJvm.run(
                List.of(dir.resolve("no-such-java").toString()), List.of(Main.class.getName(), "--version"), true, err);
        OptionalInt quiet = ChildJvm.run(
                List.of(JAVA.toString(), "-XX:+NoSuchOptionInAnyJvm"),
                List.of(Main.class.getName(), "--version"),
                false,
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(refused).isEmpty();
        assertThat(missing).isEmpty();
        assertThat(quiet).isEmpty();
        String said = bytes.toString(StandardCharsets.UTF_8);
        assertThat(said)
                .contains("could not start the JVM tuned for builds (its JVM exited with 1")
                .contains("no-such-java")
                .contains("running in this one");
    }

    @Test
    void aChildThatStartedPassesItsExitCodeOn() throws Exception {
        List<String> jvm = List.of(JAVA.toString(), "-cp", System.getProperty("java.class.path"));
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(ChildJvm.run(jvm, List.of(Main.class.getName(), "--version"), false, err))
                .hasValue(0);
        assertThat(ChildJvm.run(jvm, List.of(Main.class.getName(), "build", "--no-such-option"), false, err))
                .hasValue(2);
    }

    @Test
    void aTrainingRunShowsWhatTheBuildPrintsButNotTheJvmsNoteOfWhatItRecorded() throws Exception {
        List<String> jvm = List.of(JAVA.toString(), "-cp", System.getProperty("java.class.path"));
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        OptionalInt code;
        try {
            code = ChildJvm.run(
                    jvm,
                    List.of(
                            EchoLines.class.getName(),
                            "Built 4 pages in 0.21 s to target/site",
                            " AOTConfiguration recorded: /tmp/pamphlet.jar.aot.1.tmp.config",
                            "Temporary AOTConfiguration recorded: /tmp/pamphlet.jar.aot.2.tmp.config",
                            "a line that merely mentions AOTConfiguration recorded"),
                    false,
                    err,
                    true);
        } finally {
            System.setOut(was);
        }

        assertThat(code).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        String.format(
                                "Built 4 pages in 0.21 s to target/site%na line that merely mentions AOTConfiguration recorded%n"));
    }

    @Test
    void killingTheLauncherEndsTheTunedJvmAsIfItGotSigterm() throws Exception {
        Launch launch = launch();
        ProcessHandle child = launch.frozenChild();

        launch.parent().destroyForcibly(); // SIGKILL: the launcher can pass nothing on
        assertThat(launch.parent().waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        resume(child);

        assertThat(child.onExit()
                        .completeOnTimeout(null, BOUND_SECONDS, TimeUnit.SECONDS)
                        .get())
                .as("the tuned JVM ended")
                .isNotNull();
        assertThat(child.isAlive()).isFalse();
        assertThat(launch.out())
                .as("the build did not go on without the launcher")
                .doesNotContain("Built");
        assertThat(launch.output().resolve("index.html")).doesNotExist();
    }

    @Test
    void sigtermOnTheLauncherIsPassedOnAndItExits143() throws Exception {
        Launch launch = launch();
        ProcessHandle child = launch.frozenChild();

        launch.parent().destroy(); // SIGTERM
        resume(child);

        assertThat(launch.parent().waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(launch.parent().exitValue()).isEqualTo(143);
        assertThat(child.isAlive()).as("the launcher waited for the tuned JVM").isFalse();
        assertThat(launch.out()).doesNotContain("Built");
    }

    @Test
    void sigintOnTheLauncherIsPassedOnAndItExits130() throws Exception {
        assumeThat(sigintIgnoredHere())
                .as("a JVM started with SIGINT ignored never sees it")
                .isFalse();
        Launch launch = launch();
        ProcessHandle child = launch.frozenChild();

        signal("INT", launch.parent().toHandle());
        resume(child);

        assertThat(launch.parent().waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(launch.parent().exitValue()).isEqualTo(130);
        assertThat(child.isAlive()).isFalse();
        assertThat(launch.out()).doesNotContain("Built");
    }

    record Launch(Process parent, Path outFile, Path output) {
        /** The tuned JVM, frozen with SIGSTOP as soon as it appears. */
        ProcessHandle frozenChild() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            while (System.nanoTime() < deadline) {
                var child = parent.toHandle().children().findFirst();
                if (child.isPresent()) {
                    signal("STOP", child.get());
                    return child.get();
                }
                assertThat(parent.isAlive()).as("the launcher is still running").isTrue();
                Thread.sleep(2);
            }
            throw new AssertionError("the launcher started no tuned JVM");
        }

        String out() throws IOException {
            return Files.readString(outFile, StandardCharsets.UTF_8);
        }
    }

    /** Starts {@code java Main build} on a fixture site; the build runs in a tuned JVM it starts. */
    private Launch launch() throws IOException {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Path output = dir.resolve("site");
        List<String> command = new ArrayList<>(List.of(
                JAVA.toString(),
                Main.class.getName(),
                "build",
                "--no-cache",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                output.toString()));
        Path out = dir.resolve("out.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment()
                .keySet()
                .removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", TunedJvm.SWITCH));
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return new Launch(builder.start(), out, output);
    }

    /** Lets a frozen process run again; one that a signal already ended (a stopped process can die) stays gone. */
    private static void resume(ProcessHandle process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-s", "CONT", Long.toString(process.pid()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(kill.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue() == 0 || !process.isAlive())
                .as("kill -s CONT")
                .isTrue();
    }

    private static void signal(String name, ProcessHandle process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -s " + name).isZero();
    }

    /** Whether this JVM (and so every process it starts) has SIGINT ignored, as jobs started in background do. */
    private static boolean sigintIgnoredHere() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring("SigIgn:".length()).trim(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }
}

package dev.pamphlet.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A second JVM for {@code build} and {@code check}, started with the settings that suit a short, busy run on a
 * small machine, as measured on two cores (see "Speed" in the README):
 * <ul>
 *   <li>only the quick-starting compiler: a build is over before the optimising one pays for itself;</li>
 *   <li>the single-threaded collector: a quarter of the memory of the default one, and no collector threads
 *       competing with the build for the cores;</li>
 *   <li>objects that outlive one collection moved straight to the old generation: what a build keeps (the
 *       articles) it reads first and keeps to the end, and everything else dies within a page, so copying
 *       survivors back and forth only costs pauses;</li>
 *   <li>a class-data archive of Pamphlet's own classes and its libraries', written by {@code mvn package} or else
 *       by the first build after each new jar, so later runs map the classes instead of loading and checking
 *       them one by one.</li>
 * </ul>
 * A user who gives the JVM options of their own (on the command line or in {@code JAVA_TOOL_OPTIONS} and the
 * like) gets exactly their JVM, and {@code PAMPHLET_TUNED_JVM=off} turns this off.
 */
final class TunedJvm {
    /** Set in the second JVM, so it does not start a third. */
    static final String LAUNCHED_PROPERTY = "pamphlet.launched";
    static final String SWITCH = "PAMPHLET_TUNED_JVM";
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:MaxTenuringThreshold=0");
    /**
     * The archive is an optimisation: when the JVM cannot use or write it, it says so on standard output, where
     * the build's own report goes. Keep that quiet; real errors still reach standard error.
     */
    static final List<String> ARCHIVE_OPTIONS = List.of("-Xshare:auto", "-Xlog:cds*=off", "-Xlog:all=error:stderr");
    private static final Set<String> COMMANDS = Set.of("build", "check");
    private static final Set<String> JVM_OPTION_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");

    /**
     * The JVM running now.
     *
     * @param arguments everything after the java executable, or null when the operating system does not say
     * @param launched  whether this already is the tuned JVM
     */
    record CurrentJvm(Path java, List<String> arguments, boolean launched) {
    }

    private final List<String> command;
    private final Path archive;
    private final Path training;
    private final boolean verbose;

    private TunedJvm(List<String> command, Path archive, Path training, boolean verbose) {
        this.command = List.copyOf(command);
        this.verbose = verbose;
        this.archive = archive;
        this.training = training;
    }

    /**
     * Whether to run {@code args} in a tuned JVM, and how.
     *
     * @param classPath this JVM's class path: {@code pamphlet.jar} when started with {@code java -jar}
     */
    static Optional<TunedJvm> plan(String[] args, CurrentJvm jvm, Map<String, String> env, String classPath) {
        String command = Main.command(args);
        if (jvm.launched() || "off".equalsIgnoreCase(env.get(SWITCH)) || classPath == null || classPath.isEmpty()
                || JVM_OPTION_VARIABLES.stream().anyMatch(env::containsKey)
                || !startedPlainly(jvm.arguments()) || !COMMANDS.contains(command)
                || Main.asksForHelp(args)) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(jvm.java().toString());
        line.addAll(OPTIONS);
        Path archive = null;
        Path training = null;
        Path jar = singleJar(classPath);
        if (jar != null) {
            archive = archiveFor(jar, jvm.java());
            if (Files.isReadable(archive)) {
                line.add("-XX:SharedArchiveFile=" + archive);
            } else if (command.equals("build") && Files.isWritable(archive.getParent())) {
                training = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid()
                        + ".tmp");
                line.add("-XX:ArchiveClassesAtExit=" + training);
            }
            line.addAll(ARCHIVE_OPTIONS);
        }
        line.add("-D" + LAUNCHED_PROPERTY + "=true");
        line.add("-cp");
        line.add(classPath);
        line.add(Main.class.getName());
        line.addAll(List.of(args));
        return Optional.of(new TunedJvm(line, archive, training, List.of(args).contains("--verbose")));
    }

    /** The jar the class path consists of, or null: only a single jar's classes can be archived. */
    private static Path singleJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** Runs the command in the tuned JVM, which shares this one's terminal, and returns its exit code. */
    int run(java.io.PrintStream err) throws IOException, InterruptedException {
        if (verbose) {
            err.println("pamphlet: running in a JVM tuned for builds (" + String.join(" ", OPTIONS)
                    + "; set " + SWITCH + "=off to run in this one)");
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        // Ctrl-C reaches both JVMs; a plain kill of this one must not leave the build running on its own.
        Thread stop = new Thread(process::destroy, "pamphlet-stop-build");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = process.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        if (training != null) {
            keepArchive(code == 0);
        }
        return code;
    }

    List<String> command() {
        return command;
    }

    /**
     * Keeps the archive the first build wrote, if it succeeded, and removes archives of earlier jars. Another
     * build may be doing the same at the same moment: whichever archive lands last is as good as the other.
     */
    private void keepArchive(boolean succeeded) {
        try {
            if (succeeded && Files.isRegularFile(training)) {
                Files.move(training, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeStaleArchives();
            } else {
                Files.deleteIfExists(training);
            }
        } catch (IOException e) {
            // The next build will try again; this one has already succeeded or failed on its own merits.
        }
    }

    private void removeStaleArchives() throws IOException {
        String prefix = archivePrefix(archive.getFileName().toString());
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(archive.getParent(), prefix + "*.jsa")) {
            for (Path old : siblings) {
                if (!old.equals(archive)) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    /**
     * {@code pamphlet.jar} → {@code pamphlet.<key>.jsa} beside it, where the key changes with the jar and with the
     * JVM: an archive only fits the exact classes and JVM it was made from.
     */
    static Path archiveFor(Path jar, Path java) {
        String key;
        try {
            key = Integer.toHexString(Objects.hash(Files.size(jar), Files.getLastModifiedTime(jar).toMillis(),
                    java.toString(), System.getProperty("java.vm.version")));
        } catch (IOException e) {
            key = "0";
        }
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "." + key + ".jsa");
    }

    private static String archivePrefix(String archiveName) {
        String withoutJsa = archiveName.substring(0, archiveName.length() - ".jsa".length());
        return withoutJsa.substring(0, withoutJsa.lastIndexOf('.') + 1);
    }

    /**
     * Whether the JVM was started with no options of the user's: {@code java -jar pamphlet.jar ...},
     * {@code java -cp ... dev.pamphlet.cli.Launcher ...} or {@code java dev.pamphlet.cli.Launcher ...}.
     */
    private static boolean startedPlainly(List<String> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return false;
        }
        if (arguments.get(0).equals("-jar") || !arguments.get(0).startsWith("-")) {
            return true;
        }
        return arguments.size() > 2 && CLASS_PATH_OPTIONS.contains(arguments.get(0))
                && !arguments.get(2).startsWith("-");
    }
}

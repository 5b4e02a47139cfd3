package dev.pamphlet.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A second JVM for {@code build} and {@code check}, started with the settings that suit a short, busy run on a
 * small machine, as measured on two cores (see "Speed" in the manual):
 * <ul>
 *   <li>only the quick-starting compiler: a build is over before the optimising one pays for itself;</li>
 *   <li>the single-threaded collector: a quarter of the memory of the default one, and no collector threads
 *       competing with the build for the cores;</li>
 *   <li>objects that outlive one collection moved straight to the old generation: what a build keeps (the
 *       articles) it reads first and keeps to the end, and everything else dies within a page, so copying
 *       survivors back and forth only costs pauses;</li>
 *   <li>an archive of Pamphlet's own classes and its libraries' ({@link ClassArchive}: an ahead-of-time cache on
 *       Java 25 and later, a class-data archive before), written by {@code mvn package} or else by the first
 *       build after each new jar, so later runs map the classes instead of loading and checking them one by
 *       one.</li>
 * </ul>
 * A user who gives the JVM options of their own (on the command line or in {@code JAVA_TOOL_OPTIONS} and the
 * like) gets exactly their JVM, and {@code PAMPHLET_TUNED_JVM=off} turns this off.
 */
final class TunedJvm {
    /** Set in the second JVM, so it does not start a third. */
    static final String LAUNCHED_PROPERTY = "pamphlet.launched";

    static final String SWITCH = "PAMPHLET_TUNED_JVM";
    static final List<String> OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0");
    /**
     * The archive is an optimisation: when the JVM cannot use or write it, it says so on standard output, where
     * the build's own report goes. Keep that quiet; real errors still reach standard error.
     */
    static final List<String> ARCHIVE_OPTIONS = List.of("-Xshare:auto", "-Xlog:cds*=off", "-Xlog:all=error:stderr");
    /**
     * The same for an ahead-of-time cache, which Java 25 reports under a tag of its own (one Java 17 rejects) and
     * which refuses {@code -Xshare} options while it is trained.
     */
    static final List<String> AOT_OPTIONS = List.of("-Xlog:cds*=off", "-Xlog:aot*=off", "-Xlog:all=error:stderr");

    private static final Set<String> COMMANDS = Set.of("build", "check");
    private static final Set<String> JVM_OPTION_VARIABLES =
            Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");

    /**
     * The JVM running now.
     *
     * @param arguments everything after the java executable, or null when the operating system does not say
     * @param launched  whether this already is the tuned JVM
     * @param version   its Java version, which decides the kind of archive
     */
    record CurrentJvm(Path java, List<String> arguments, boolean launched, Runtime.Version version) {
        CurrentJvm(Path java, List<String> arguments, boolean launched) {
            this(java, arguments, launched, Runtime.version());
        }
    }

    private final List<String> jvm;
    private final List<String> main;
    private final ClassArchive archive;
    private final Path training;
    private final boolean verbose;
    /** The java executable and the tuning options, without the archive: for checking a trained archive. */
    private final List<String> checkOptions;

    private final String classPath;

    private TunedJvm(List<String> jvm, List<String> main, ClassArchive archive, Path training, boolean verbose) {
        this.checkOptions = List.copyOf(jvm.subList(0, 1 + OPTIONS.size()));
        this.classPath = jvm.get(jvm.size() - 1);
        this.jvm = List.copyOf(jvm);
        this.main = List.copyOf(main);
        this.archive = archive;
        this.training = training;
        this.verbose = verbose;
    }

    /**
     * Whether to run {@code args} in a tuned JVM, and how.
     *
     * @param classPath this JVM's class path: {@code pamphlet.jar} when started with {@code java -jar}
     * @param mainClass the class the tuned JVM starts, with {@code args}
     */
    static Optional<TunedJvm> plan(
            String[] args, CurrentJvm jvm, Map<String, String> env, String classPath, String mainClass) {
        String command = CommandWords.command(args);
        if (jvm.launched()
                || "off".equalsIgnoreCase(env.get(SWITCH))
                || classPath == null
                || classPath.isEmpty()
                || JVM_OPTION_VARIABLES.stream().anyMatch(env::containsKey)
                || !startedPlainly(jvm.arguments())
                || !COMMANDS.contains(command)
                || CommandWords.asksForHelp(args)) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(jvm.java().toString());
        line.addAll(OPTIONS);
        ClassArchive archive = null;
        Path training = null;
        Path jar = singleJar(classPath);
        if (jar != null) {
            archive = ClassArchive.forJar(jar, jvm.version());
            if (Files.isReadable(archive.file())) {
                line.add(archive.useOption());
            } else if (command.equals("build")
                    && Files.isWritable(archive.file().getParent())) {
                training = archive.trainingFile();
                line.addAll(archive.trainingOptions());
                line.add(archive.trainOption(training));
            }
            line.addAll(archive.aot() ? AOT_OPTIONS : ARCHIVE_OPTIONS);
        }
        line.add("-D" + LAUNCHED_PROPERTY + "=true");
        line.add("-cp");
        line.add(classPath);
        List<String> main = new ArrayList<>();
        main.add(mainClass);
        main.addAll(List.of(args));
        return Optional.of(
                new TunedJvm(line, main, archive, training, List.of(args).contains("--verbose")));
    }

    /** The jar the class path consists of, or null: only a single jar's classes can be archived. */
    private static Path singleJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /**
     * Runs the command in the tuned JVM, which shares this one's terminal, and returns its exit code; nothing
     * when that JVM could not be started (said under {@code --verbose}), and the command should run here.
     */
    OptionalInt run(java.io.PrintStream err) throws InterruptedException {
        if (verbose) {
            err.println("pamphlet: running in a JVM tuned for builds (" + String.join(" ", OPTIONS)
                    + (archive == null
                            ? ""
                            : training == null ? ", classes from " + archive.file() : ", training " + archive.file())
                    + "; set " + SWITCH + "=off to run in this one)");
        }
        // A training run for an ahead-of-time cache ends with the JVM saying so on standard output: not shown.
        OptionalInt code = ChildJvm.run(jvm, main, verbose, err, training != null && archive.aot());
        if (training != null) {
            boolean built = code.isPresent() && code.getAsInt() == 0;
            archive.keep(
                    training,
                    built
                            && archive.assemble(training, checkOptions, classPath)
                            && archive.starts(training, checkOptions, classPath));
        }
        return code;
    }

    List<String> command() {
        List<String> all = new ArrayList<>(jvm);
        all.addAll(main);
        return all;
    }

    /**
     * Whether the JVM was started with no options of the user's: {@code java -jar pamphlet.jar ...},
     * {@code java -cp ... dev.pamphlet.cli.Main ...} or {@code java dev.pamphlet.cli.Main ...}.
     */
    private static boolean startedPlainly(List<String> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return false;
        }
        if (arguments.get(0).equals("-jar") || !arguments.get(0).startsWith("-")) {
            return true;
        }
        return arguments.size() > 2
                && CLASS_PATH_OPTIONS.contains(arguments.get(0))
                && !arguments.get(2).startsWith("-");
    }
}

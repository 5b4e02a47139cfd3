package dev.pamphlet.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The file beside the jar from which the tuned JVM maps Pamphlet's classes instead of loading them one by one:
 * on Java 25 and later an ahead-of-time cache ({@code pamphlet.<jar>.<java>.aot}: the classes one training build
 * loaded and linked), on earlier Javas a class-data archive ({@code .jsa}: the classes it loaded). The name holds the jar's size and time and the Java's exact version, which {@code target/pamphlet}
 * reads from the JDK's {@code release} file: a new jar or another Java finds no file of its name and trains its
 * own, so a stale file is never used, and the JVM itself still refuses one that does not fit.
 *
 * @param file where the archive is, or is written by a training build
 * @param aot  whether it is an ahead-of-time cache rather than a class-data archive
 */
record ClassArchive(Path file, boolean aot) {
    /** The first Java whose JVM writes an ahead-of-time cache in one training run. */
    static final int AOT_FEATURE = 25;

    static ClassArchive forJar(Path jar, Runtime.Version java) {
        String stamp;
        try {
            stamp = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS);
        } catch (IOException e) {
            stamp = "0-0";
        }
        boolean aot = java.feature() >= AOT_FEATURE;
        String name = jar.getFileName().toString();
        String base = name.substring(0, name.length() - ".jar".length());
        return new ClassArchive(
                jar.resolveSibling(base + "." + stamp + "." + safe(java.toString()) + (aot ? ".aot" : ".jsa")), aot);
    }

    /** The JVM option that maps it. */
    String useOption() {
        return (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + file;
    }

    /**
     * The JVM option that makes a training run write it, to {@code into}, when the JVM exits. An ahead-of-time
     * cache is made in two steps: the training run records which classes it used ({@link #configOf}), and
     * {@link #assemble} makes the cache from that. The JVM's own one-step way prints half a dozen lines of its
     * progress to the user's terminal, which no option turns off.
     */
    String trainOption(Path into) {
        return aot ? "-XX:AOTConfiguration=" + configOf(into) : "-XX:ArchiveClassesAtExit=" + into;
    }

    /** Where a training run for an ahead-of-time cache written to {@code into} records what it used. */
    static Path configOf(Path into) {
        return into.resolveSibling(into.getFileName() + ".config");
    }

    /**
     * Makes the ahead-of-time cache a training run recorded, with the options it will be used with, saying
     * nothing; whether it was made. A class-data archive is written by the training run itself.
     */
    boolean assemble(Path trained, List<String> javaAndOptions, String classPath) {
        if (!aot) {
            return true;
        }
        Path config = configOf(trained);
        try {
            if (!Files.isRegularFile(config)) {
                return false;
            }
            List<String> create = new java.util.ArrayList<>(javaAndOptions);
            create.addAll(List.of(
                    "-XX:AOTMode=create",
                    "-XX:AOTConfiguration=" + config,
                    "-XX:AOTCache=" + trained,
                    "-Xlog:disable",
                    "-cp",
                    classPath));
            Process java = new ProcessBuilder(create)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!java.waitFor(5, TimeUnit.MINUTES)) {
                java.destroyForcibly();
                return false;
            }
            return java.exitValue() == 0 && Files.isRegularFile(trained);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            deleteQuietly(config);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover the next training replaces
        }
    }

    /**
     * The options a training run takes besides {@link #trainOption}. An ahead-of-time cache records no method
     * profiles: they are for the optimising compiler, which the tuned JVM does not use (it stops at the quick
     * one), and a JVM that starts from a cache holding them compiles at once every method that was busy in the
     * training build, such as those that made its PDFs: a tenth of a second of compiling for a small build that
     * needs few of them. Diagnostic options, so a Java that no longer knows them ignores them.
     */
    List<String> trainingOptions() {
        return aot
                ? List.of(
                        "-XX:AOTMode=record",
                        "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:+IgnoreUnrecognizedVMOptions",
                        "-XX:-AOTRecordTraining")
                : List.of();
    }

    /** Where a training run writes it, before it is moved into place: unique to this process. */
    Path trainingFile() {
        return file.resolveSibling(
                file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /**
     * Whether a JVM starts with the archive a training run wrote: {@code java} with {@code options} (those it
     * will be used with) and the archive, required rather than tried, prints its version. A JVM that cannot write
     * the whole archive (a full disk, say) does not fail the training build, and a damaged class-data archive
     * can crash the JVM that maps it; one that fails this check is never kept.
     */
    boolean starts(Path trained, List<String> javaAndOptions, String classPath) {
        List<String> check = new java.util.ArrayList<>(javaAndOptions);
        check.addAll(
                aot
                        ? List.of("-XX:AOTCache=" + trained, "-XX:AOTMode=on")
                        : List.of("-XX:SharedArchiveFile=" + trained, "-Xshare:on"));
        check.addAll(List.of("-Xlog:disable", "-cp", classPath, "-version"));
        try {
            Process java = new ProcessBuilder(check)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!java.waitFor(2, TimeUnit.MINUTES)) {
                java.destroyForcibly();
                return false;
            }
            return java.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Moves what a training run wrote into place, if the run succeeded, and removes the archives of earlier
     * jars (those of other Javas for this jar stay). Another build may be doing the same at the same moment:
     * whichever archive lands last is as good as the other.
     */
    void keep(Path trained, boolean succeeded) {
        try {
            if (succeeded && Files.isRegularFile(trained)) {
                Files.move(trained, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeOthers();
            } else {
                Files.deleteIfExists(trained);
            }
            Files.deleteIfExists(configOf(trained));
        } catch (IOException e) {
            // The next build will try again; this one has already succeeded or failed on its own merits.
        }
    }

    private void removeOthers() throws IOException {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.indexOf('.') + 1);
        String mine = name.substring(0, name.indexOf('.', base.length()) + 1);
        for (String glob : List.of(base + "*.jsa", base + "*.aot")) {
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(), glob)) {
                for (Path old : siblings) {
                    if (!old.getFileName().toString().startsWith(mine)) {
                        Files.deleteIfExists(old);
                    }
                }
            }
        }
    }

    /** The version as {@code target/pamphlet} spells it in a file name (it makes the same replacement). */
    private static String safe(String version) {
        StringBuilder out = new StringBuilder(version.length());
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '+'
                    || c == '-';
            out.append(plain ? c : '_');
        }
        return out.toString();
    }
}

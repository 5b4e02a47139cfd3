package dev.pamphlet.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts Java classes of this project in processes of their own, as a second user or a second build would be. */
public final class Processes {
    private Processes() {}

    public static ProcessBuilder java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Starts a process and waits until it prints a line containing {@code expected} on stdout or stderr. */
    public static Process startAndAwait(ProcessBuilder builder, String expected, Map<String, String> env)
            throws IOException {
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            seen.append(line).append('\n');
            if (line.contains(expected)) {
                drain(lines);
                return process;
            }
        }
        throw new IllegalStateException("the process ended without printing '" + expected + "':\n" + seen);
    }

    /** Starts a process whose output is not needed. */
    public static Process start(ProcessBuilder builder) throws IOException {
        builder.redirectErrorStream(true);
        Process process = builder.start();
        drain(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
        return process;
    }

    /** Keeps reading a process's output so it never blocks on a full pipe. */
    public static void drain(BufferedReader lines) {
        Thread t = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // Discard.
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        t.setDaemon(true);
        t.start();
    }

    public static void signal(Process process, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
    }

    public static int awaitExit(Process process) throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the process did not end");
        }
        return process.exitValue();
    }
}

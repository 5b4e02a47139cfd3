/**
 * The command line: picocli commands that read options, run a build, a check or a preview, and print what
 * happened. {@code Main.run} returns the exit code (0 ok, 1 content errors, 2 usage errors) so tests can run it;
 * only {@code Main.main} exits. The tuned start ({@code Launcher}, {@code TunedJvm}) lives here too: it picks the
 * JVM flags and class archive that make a short command fast, and never changes what a command does.
 */
package dev.pamphlet.cli;

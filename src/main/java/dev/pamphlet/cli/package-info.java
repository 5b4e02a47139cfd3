/**
 * The command line: picocli commands that read options, run a build, a check or a preview, and print what
 * happened. {@code Main.run} returns the exit code (0 ok, 1 content errors, 2 usage errors) so tests can run it;
 * only {@code Main.main} exits, after offering the command to the tuned start in {@code launch}.
 */
package dev.pamphlet.cli;

/**
 * The tuned start: before a short command ({@code build}, {@code check}) runs, {@code Launcher} picks the JVM
 * flags and class archive that make it fast ({@code TunedJvm}, {@code ClassArchive}), starts that JVM and
 * passes signals and its exit code on ({@code ChildJvm}, {@code ParentWatch}). It never changes what a command
 * does, and uses nothing but the JDK, so {@code cli} calls it first and it knows no command.
 */
package dev.pamphlet.launch;

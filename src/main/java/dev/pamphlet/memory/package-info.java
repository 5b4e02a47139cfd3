/**
 * Build memory: what a build remembers between runs so that a rebuild redoes only what changed, behind one
 * interface, {@link dev.pamphlet.memory.BuildMemory}. Three kinds: none (for {@code check}), in this process (for
 * a preview's rebuilds, told of each change through {@link dev.pamphlet.memory.LiveMemory}), and on disk (for
 * {@code build}: the last build into each output folder, compared file by file with the content and the output
 * folder as they are now).
 *
 * <p>Everything else here is package-private: the last build's record ({@code LastBuild}) and file format
 * ({@code LastBuildFile}), what changed since it ({@code Changes}), and the stamps and key it is compared by.
 * Speed rules kept here, each guarded by a test or the benchmark: a build with nothing to do reads only the
 * summary of the last build and loads no page library (see {@code BuildMemoryTest}); classes instead of lambdas
 * and written-out {@code equals} on that path, since each first lambda or record equality costs milliseconds to
 * set up; no {@code String.format} there either.
 */
package dev.pamphlet.memory;

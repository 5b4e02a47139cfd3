package dev.pamphlet.build;

import dev.pamphlet.output.StagedOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.Optional;

/**
 * The build cache on disk: what the last build published into an output folder, kept so that a build in a new
 * process redoes only what changed since. Each output folder has its own file, in a sub-folder named by a hash
 * of the folder's absolute path, so builds into different folders do not mix. The cache is only ever a shortcut:
 * deleting it costs one full build, and a file that is stale, damaged, or describes a build other than the one the
 * output folder holds is ignored.
 */
public final class DiskCache {
    static final String FILE_NAME = "build.bin";

    private final Path folder;

    /** @param folder the cache folder, e.g. {@code target/pamphlet-cache} */
    public DiskCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Whether builds with these options can use this cache: not when it lies inside the output folder (a build
     * would delete it) or inside the content or templates folder (it would be published, or change the key).
     */
    boolean usableFor(BuildOptions options) {
        Path cache = absolute(folder);
        for (Path p : new Path[] {options.outputDir(), options.contentDir(), options.templatesDir()}) {
            if (cache.startsWith(absolute(p))) {
                return false;
            }
        }
        return true;
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** The file that describes the build published into {@code output}. */
    Path fileFor(Path output) {
        return folder.resolve(BuildKey.folderName(output)).resolve(FILE_NAME);
    }

    /**
     * The saved build for {@code output} if it is what the folder holds now (its id is the one in the folder's
     * marker), with the files it published that are still there as published. Whether it was made with this
     * build's key is for the caller to check.
     */
    Optional<Published> read(Path output) {
        String publishedBuildId = StagedOutput.buildId(output);
        if (publishedBuildId == null) {
            return Optional.empty();
        }
        return SavedBuildFile.read(fileFor(output)).filter(r -> r.summary().buildId().equals(publishedBuildId))
                .map(r -> new Published(r, OutputStamps.intact(output, r.summary().outputs())));
    }

    /**
     * A saved build that the output folder holds.
     *
     * @param intactOutputs the saved build's outputs (files and folders) still on disk as it published them
     */
    record Published(SavedBuildFile.Reading reading, Set<String> intactOutputs) {
        boolean madeWith(byte[] key) {
            return Arrays.equals(reading.summary().key(), key);
        }
    }

    /** Saves what a build just published; replaces the file in one rename, so readers never see half of it. */
    void save(Path output, SavedBuild build, SavedBuild.Details details) throws IOException {
        SavedBuildFile.write(fileFor(output), build, details);
    }
}

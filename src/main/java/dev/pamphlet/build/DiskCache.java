package dev.pamphlet.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
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
     * The saved build for {@code output}, if it was made with this {@code key} and is what the folder holds now
     * (its id is the one in the folder's marker).
     */
    Optional<SavedBuildFile.Reading> read(Path output, byte[] key, String publishedBuildId) {
        if (publishedBuildId == null) {
            return Optional.empty();
        }
        return SavedBuildFile.read(fileFor(output)).filter(r -> Arrays.equals(r.summary().key(), key)
                && r.summary().buildId().equals(publishedBuildId));
    }

    /** Saves what a build just published; replaces the file in one rename, so readers never see half of it. */
    void save(Path output, SavedBuild build, SavedBuild.Details details) throws IOException {
        SavedBuildFile.write(fileFor(output), build, details);
    }
}

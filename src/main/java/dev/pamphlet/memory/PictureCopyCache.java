package dev.pamphlet.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The smaller copies of pictures made by earlier builds, each by a name made of a hash of the picture's bytes and
 * the copy's width, so any build, into any output folder, uses any copy made before instead of scaling the picture
 * again. Only ever a shortcut: a copy it does not have is made again.
 */
public interface PictureCopyCache {

    Optional<byte[]> find(String name);

    /** Keeps a copy just made; a failure to keep it costs the next build that copy again, never this one. */
    void keep(String name, byte[] copy);

    /** Called once a build has found or kept every copy it needs: a chance to drop what no build uses any more. */
    default void tidy() {}

    /** Copies kept in this process only, as long as it runs. */
    static PictureCopyCache inMemory() {
        Map<String, byte[]> copies = new ConcurrentHashMap<>();
        return new PictureCopyCache() {
            @Override
            public Optional<byte[]> find(String name) {
                return Optional.ofNullable(copies.get(name));
            }

            @Override
            public void keep(String name, byte[] copy) {
                copies.put(name, copy);
            }
        };
    }
}

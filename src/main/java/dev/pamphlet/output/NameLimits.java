package dev.pamphlet.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a disk allows of the files a build writes: a name of at most 255 bytes (ext4, XFS, Btrfs and APFS count
 * UTF-8 bytes; NTFS allows 255 UTF-16 units, never fewer characters) and, on Linux, a whole path of at most
 * 4,095 bytes. A page's name is its Markdown file's with {@code .html} for {@code .md}, two bytes longer, so a
 * source may be as long as the disk allows and its page not. Checked before anything is written, so the
 * message can name the source to shorten rather than a file of the output folder.
 */
public final class NameLimits {
    public static final int NAME_BYTES = 255;
    public static final int PATH_BYTES = 4095;

    /** The folder a build writes into first: the longest path any of its files has. */
    private final Path staging;

    /** @param output the output folder, or null for a build that writes nothing (then only names are checked) */
    public NameLimits(Path output) {
        this.staging = output == null
                ? null
                : StagedOutput.stagingFolder(output.toAbsolutePath().normalize());
    }

    /** Why the file at {@code relative} in the output folder cannot be written, in words; empty when it can. */
    public Optional<String> problem(String relative) {
        for (String name : relative.split("/")) {
            int bytes = utf8Length(name);
            if (bytes > NAME_BYTES) {
                return Optional.of("would be published as '" + shortened(name) + "', a name of " + bytes
                        + " bytes, and a disk takes at most " + NAME_BYTES);
            }
        }
        if (staging != null) {
            int bytes = utf8Length(staging.resolve(relative).toString());
            if (bytes > PATH_BYTES) {
                return Optional.of("would be written to a path of " + bytes + " bytes in the output folder, and a"
                        + " disk takes at most " + PATH_BYTES);
            }
        }
        return Optional.empty();
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A name too long to read in a message: its start and its end. */
    private static String shortened(String name) {
        int count = name.codePointCount(0, name.length());
        return count <= 60
                ? name
                : name.substring(0, name.offsetByCodePoints(0, 30)) + "…"
                        + name.substring(name.offsetByCodePoints(0, count - 20));
    }
}

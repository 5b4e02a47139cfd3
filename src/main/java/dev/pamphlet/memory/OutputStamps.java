package dev.pamphlet.memory;

import dev.pamphlet.memory.LastBuild.FileStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The size and time of every file a build published, and of every folder holding them (a folder's time changes
 * when a file is added to it or removed from it), so the next build can tell whether the output folder still holds
 * what was published, file by file, without reading any of it. Folder entries end with '/'; the output folder
 * itself is "/".
 */
final class OutputStamps {
    static final String FOLDER_SUFFIX = "/";

    private OutputStamps() {}

    /** Stamps the files {@code produced} (paths relative to {@code output}) and their folders, as they are now. */
    static List<FileStamp> of(Path output, Set<String> produced) throws IOException {
        Set<String> folders = new TreeSet<>();
        folders.add(FOLDER_SUFFIX);
        for (String rel : produced) {
            for (int slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1)) {
                folders.add(rel.substring(0, slash) + FOLDER_SUFFIX);
            }
        }
        List<FileStamp> stamps = new ArrayList<>(produced.size() + folders.size());
        for (String rel : new TreeSet<>(produced)) {
            stamps.add(FileStamp.of(rel, attributes(output, rel)));
        }
        for (String folder : folders) {
            stamps.add(FileStamp.of(folder, attributes(output, folder)));
        }
        return stamps;
    }

    /** The stamps that still match what is on disk. */
    static Set<String> intact(Path output, List<FileStamp> stamps) {
        Set<String> intact = new HashSet<>();
        for (FileStamp saved : stamps) {
            try {
                BasicFileAttributes now = attributes(output, saved.path());
                if (now.isDirectory() == isFolder(saved.path())
                        && FileStamp.of(saved.path(), now).equals(saved)) {
                    intact.add(saved.path());
                }
            } catch (IOException | UncheckedIOException e) {
                // Gone or unreadable: not intact.
            }
        }
        return intact;
    }

    static boolean isFolder(String path) {
        return path.endsWith(FOLDER_SUFFIX);
    }

    private static BasicFileAttributes attributes(Path output, String rel) throws IOException {
        Path p = rel.equals(FOLDER_SUFFIX)
                ? output
                : output.resolve(isFolder(rel) ? rel.substring(0, rel.length() - 1) : rel);
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
}

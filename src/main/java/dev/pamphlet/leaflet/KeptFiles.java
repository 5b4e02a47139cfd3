package dev.pamphlet.leaflet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one folder of the build cache, each named in the folder's journal before it is written, so that
 * tidying removes files no build used for a while and never a file Pamphlet did not write: it deletes only files
 * the journal names, and their own temporary files ({@code NAME.PID-NANOS.tmp}, left by a build that was stopped
 * while writing one). The journal is only ever added to while builds write, and rewritten by a tidy; a name
 * added by another process during a tidy may be lost, and its file is then kept for good, never deleted.
 */
public final class KeptFiles {
    static final String JOURNAL = "journal";

    private static final String JOURNAL_HEADER =
            "The files Pamphlet wrote in this folder, one a line: the only files it ever deletes here.";
    /** A name Pamphlet gives a file: plain, in this folder, not hidden (and so never the header line). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Pattern TEMPORARY = Pattern.compile("(.+)\\.\\d+-\\d+\\.tmp");

    private final Path folder;
    /** Whether a file was written since the last tidy: only then is there anything new to make room for. */
    private final AtomicBoolean wrote = new AtomicBoolean();

    /** @param folder e.g. {@code target/pamphlet-cache/pdf} */
    public KeptFiles(Path folder) {
        this.folder = folder;
    }

    /** Where the file of this name is, written or not. */
    public Path file(String name) {
        return folder.resolve(name);
    }

    /**
     * Writes a file whole under {@code name}, naming it in the journal first: a reader sees the old file or the
     * new one, never half of one.
     */
    public void write(String name, byte[] bytes) throws IOException {
        if (!NAME.matcher(name).matches() || name.equals(JOURNAL)) {
            throw new IllegalArgumentException("not a name for a kept file: " + name);
        }
        Files.createDirectories(folder);
        record(name);
        Path temp = folder.resolve(name + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        wrote.set(true);
    }

    /**
     * Names in the journal the files already in the folder that {@code pamphlets} says an older Pamphlet wrote
     * there (before it kept a journal), so that they are tidied like the others.
     */
    public void adopt(Predicate<String> pamphlets) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        StringBuilder names = new StringBuilder();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (pamphlets.test(name)
                        && NAME.matcher(name).matches()
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    names.append(name).append('\n');
                }
            }
        }
        append(names.toString());
    }

    private void record(String name) throws IOException {
        append(name + "\n");
    }

    /** Appends in one write, so lines written at once by several threads or processes do not mix. */
    private synchronized void append(String lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        Files.writeString(
                folder.resolve(JOURNAL),
                lines,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    /**
     * Deletes the files the journal names that no build used for {@code unusedFor} (by their time, which a use
     * renews; see {@link PdfFolderCache#stamp}), and temporary files older than {@code temporaryFor}, then writes
     * the journal again with the names whose files are still there. Does nothing when nothing was written since
     * the last tidy. Only ever a chance to make room: a file it cannot delete is left for the next one.
     */
    public void tidy(Duration unusedFor, Duration temporaryFor) {
        if (!wrote.getAndSet(false)) {
            return;
        }
        Instant now = Instant.now();
        try {
            Set<String> named = named();
            Set<String> kept = new LinkedHashSet<>();
            for (String name : named) {
                Instant time = timeOf(file(name));
                if (time == null) {
                    continue; // gone, or no longer a plain file: not to be deleted, nor kept in the journal
                }
                Duration limit = name.endsWith(".tmp") ? temporaryFor : unusedFor;
                if (time.isBefore(now.minus(limit))) {
                    Files.deleteIfExists(file(name));
                } else {
                    kept.add(name);
                }
            }
            deleteTemporaryFiles(named, now.minus(temporaryFor));
            rewriteJournal(kept);
        } catch (IOException e) {
            // Tidying is never needed for a build to succeed.
        }
    }

    /** The names in the journal, each once; lines that are no plain name of this folder are passed over. */
    private Set<String> named() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        String text;
        try {
            text = Files.readString(folder.resolve(JOURNAL), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return names;
        }
        for (String line : text.split("\n")) {
            if (NAME.matcher(line).matches() && !line.equals(JOURNAL)) {
                names.add(line);
            }
        }
        return names;
    }

    /** A plain file's time, or null when it is not there or is something else (a folder, a link). */
    private static Instant timeOf(Path file) throws IOException {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes.lastModifiedTime().toInstant() : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The temporary files of the journal's names, and of the journal itself, older than {@code before}. */
    private void deleteTemporaryFiles(Set<String> named, Instant before) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.tmp")) {
            for (Path file : files) {
                Matcher temporary = TEMPORARY.matcher(file.getFileName().toString());
                if (temporary.matches()
                        && (named.contains(temporary.group(1))
                                || temporary.group(1).equals(JOURNAL))) {
                    Instant time = timeOf(file);
                    if (time != null && time.isBefore(before)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private void rewriteJournal(Set<String> names) throws IOException {
        StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n');
        names.forEach(name -> text.append(name).append('\n'));
        Path journal = folder.resolve(JOURNAL);
        Path temp = folder.resolve(JOURNAL + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            synchronized (this) {
                Files.move(temp, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

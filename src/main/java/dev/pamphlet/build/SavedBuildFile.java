package dev.pamphlet.build;

import dev.pamphlet.build.SavedBuild.FileStamp;
import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.content.Source;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.Severity;
import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Reads and writes a {@link SavedBuild} as compact binary: it is read on every build, so it must be quick to read
 * for 10,000 pages. The summary comes first, in a section of its own, so a build with nothing to redo reads only
 * that; the details follow in a second section. Each section has a checksum, which catches a damaged file: it is
 * then ignored like a missing one.
 */
final class SavedBuildFile {
    private static final int MAGIC = 0x504D5048; // "PMPH"
    /** Raise when the layout changes: an older file is then ignored. */
    private static final int FORMAT = 2;
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private SavedBuildFile() {
    }

    /**
     * Writes to a temporary file beside {@code file}, then renames it over {@code file}: a reader sees the old
     * file or the new one, never half of one, and of two builds writing at once the last rename wins.
     */
    static void write(Path file, SavedBuild build, SavedBuild.Details details) throws IOException {
        byte[] summary = section(out -> writeSummary(out, build));
        byte[] rest = section(out -> {
            writeString(out, build.buildId());
            writeDetails(out, details);
        });
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                    1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                writeSection(out, summary);
                writeSection(out, rest);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface SectionWriter {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] section(SectionWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        writer.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** A section: its length, its bytes, and their checksum. */
    private static void writeSection(DataOutputStream out, byte[] section) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(section);
        out.writeInt(section.length);
        out.write(section);
        out.writeLong(crc.getValue());
    }

    /** A saved build being read: the summary at once, the details only when asked for. */
    static final class Reading {
        private final Path file;
        private final long detailsAt;
        private final SavedBuild summary;
        private SavedBuild.Details details;

        private Reading(Path file, long detailsAt, SavedBuild summary) {
            this.file = file;
            this.detailsAt = detailsAt;
            this.summary = summary;
        }

        SavedBuild summary() {
            return summary;
        }

        /**
         * The sources and pages, read now; empty if the file is damaged, or was replaced since the summary was
         * read (by another build, whose details are not this summary's).
         */
        Optional<SavedBuild.Details> details() {
            if (details == null) {
                try (FileChannel channel = FileChannel.open(file)) {
                    channel.position(detailsAt);
                    ByteBuffer in = readSection(channel);
                    if (!summary.buildId().equals(readString(in))) {
                        return Optional.empty();
                    }
                    details = readDetails(in);
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(details);
        }
    }

    /**
     * The summary of the saved build in {@code file} (the details are read when asked for); empty when there is
     * none, or it is damaged or of another format.
     */
    static Optional<Reading> read(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer head = readFully(channel, 2 * Integer.BYTES);
            if (head.getInt() != MAGIC || head.getInt() != FORMAT) {
                return Optional.empty();
            }
            SavedBuild summary = readSummary(readSection(channel));
            return Optional.of(new Reading(file, channel.position(), summary));
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable or damaged: the build does without it.
            return Optional.empty();
        }
    }

    /** Reads a section written by {@link #writeSection}, checking its checksum. */
    private static ByteBuffer readSection(FileChannel channel) throws IOException {
        int length = readFully(channel, Integer.BYTES).getInt();
        if (length < 0 || length > channel.size() - channel.position() - CHECKSUM_BYTES) {
            throw new IOException("bad section length " + length);
        }
        ByteBuffer section = readFully(channel, length + CHECKSUM_BYTES);
        CRC32 crc = new CRC32();
        crc.update(section.array(), 0, length);
        if (section.getLong(length) != crc.getValue()) {
            throw new IOException("checksum mismatch");
        }
        section.limit(length);
        return section;
    }

    private static ByteBuffer readFully(FileChannel channel, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException();
            }
        }
        return buffer.flip();
    }

    private static void writeSummary(DataOutputStream out, SavedBuild b) throws IOException {
        out.writeInt(b.key().length);
        out.write(b.key());
        writeString(out, b.buildId());
        out.writeInt(b.pages());
        writeList(out, b.diagnostics(), SavedBuildFile::writeDiagnostic);
        writeList(out, b.summaries(), SavedBuildFile::writeString);
        writeList(out, b.content(), SavedBuildFile::writeStamp);
        writeList(out, b.outputs(), SavedBuildFile::writeStamp);
    }

    private static SavedBuild readSummary(ByteBuffer in) {
        return new SavedBuild(readBytes(in), readString(in), in.getInt(), readList(in, SavedBuildFile::readDiagnostic),
                readList(in, SavedBuildFile::readString), readList(in, SavedBuildFile::readStamp),
                readList(in, SavedBuildFile::readStamp));
    }

    private static void writeDetails(DataOutputStream out, SavedBuild.Details d) throws IOException {
        writeList(out, d.sources(), (o, s) -> {
            writeString(o, s.path());
            writeFrontMatter(o, s.meta());
        });
        writeList(out, d.pages(), (o, p) -> {
            writeString(o, p.source());
            o.writeInt(p.position());
            writeList(o, List.copyOf(p.headingIds()), SavedBuildFile::writeString);
            writeList(o, p.links(), (o2, l) -> {
                o2.writeBoolean(l.image());
                writeString(o2, l.url());
                writeString(o2, l.text());
                o2.writeInt(l.line());
                o2.writeInt(l.column());
            });
            writeList(o, p.problems(), SavedBuildFile::writeDiagnostic);
            writeString(o, p.searchEntry());
        });
    }

    private static SavedBuild.Details readDetails(ByteBuffer in) {
        List<SavedBuild.Source> sources = readList(in, i -> new SavedBuild.Source(readString(i), readFrontMatter(i)));
        List<SavedBuild.Page> pages = readList(in, i -> new SavedBuild.Page(readString(i), i.getInt(),
                Set.copyOf(readList(i, SavedBuildFile::readString)),
                readList(i, i2 -> new LinkRef(i2.get() != 0, readString(i2), readString(i2), i2.getInt(), i2.getInt())),
                readList(i, SavedBuildFile::readDiagnostic), readString(i)));
        if (in.hasRemaining()) {
            throw new IllegalStateException("unexpected bytes after the pages");
        }
        return new SavedBuild.Details(sources, pages);
    }

    private static void writeFrontMatter(DataOutputStream out, FrontMatter m) throws IOException {
        writeString(out, m.title());
        writeString(out, m.summary());
        writeDate(out, m.reviewed());
        writeDate(out, m.reviewDue());
        writeList(out, m.sources(), (o, s) -> {
            writeString(o, s.title());
            writeString(o, s.url());
        });
        out.writeBoolean(m.order() != null);
        out.writeInt(m.order() == null ? 0 : m.order());
        writeList(out, m.tags(), SavedBuildFile::writeString);
        out.writeBoolean(m.draft());
    }

    private static FrontMatter readFrontMatter(ByteBuffer in) {
        String title = readString(in);
        String summary = readString(in);
        LocalDate reviewed = readDate(in);
        LocalDate reviewDue = readDate(in);
        List<Source> sources = readList(in, i -> new Source(readString(i), readString(i)));
        boolean hasOrder = in.get() != 0;
        int order = in.getInt();
        List<String> tags = readList(in, SavedBuildFile::readString);
        boolean draft = in.get() != 0;
        return new FrontMatter(title, summary, reviewed, reviewDue, sources, hasOrder ? order : null, tags, draft);
    }

    private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        out.writeBoolean(date != null);
        out.writeLong(date == null ? 0 : date.toEpochDay());
    }

    private static LocalDate readDate(ByteBuffer in) {
        boolean present = in.get() != 0;
        long day = in.getLong();
        return present ? LocalDate.ofEpochDay(day) : null;
    }

    private static void writeDiagnostic(DataOutputStream out, Diagnostic d) throws IOException {
        writeString(out, d.file());
        out.writeInt(d.line());
        out.writeInt(d.column());
        out.writeByte(d.severity().ordinal());
        writeString(out, d.message());
        writeString(out, d.hint());
        writeString(out, d.sourceLine());
    }

    private static Diagnostic readDiagnostic(ByteBuffer in) {
        return new Diagnostic(readString(in), in.getInt(), in.getInt(), Severity.values()[in.get()], readString(in),
                readString(in), readString(in));
    }

    private static void writeStamp(DataOutputStream out, FileStamp s) throws IOException {
        writeString(out, s.path());
        out.writeLong(s.size());
        out.writeLong(s.modifiedNanos());
        out.writeBoolean(s.textHash() != null);
        if (s.textHash() != null) {
            out.writeLong(s.textHash());
        }
    }

    private static FileStamp readStamp(ByteBuffer in) {
        return new FileStamp(readString(in), in.getLong(), in.getLong(), in.get() != 0 ? in.getLong() : null);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] readBytes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(DataOutputStream out, T item) throws IOException;
    }

    private static <T> void writeList(DataOutputStream out, List<T> items, ItemWriter<T> writer) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            writer.write(out, item);
        }
    }

    private static <T> List<T> readList(ByteBuffer in, Function<ByteBuffer, T> reader) {
        int size = in.getInt();
        if (size < 0 || size > in.remaining()) {
            throw new IllegalStateException("bad list size " + size);
        }
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(reader.apply(in));
        }
        return List.copyOf(items);
    }
}

package dev.pamphlet.memory;

import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.Severity;
import dev.pamphlet.diag.SourceExcerpt;
import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;
import dev.pamphlet.memory.LastBuild.FileStamp;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Reads and writes a {@link LastBuild} as compact binary: it is read on every build, so it must be quick to read
 * for 10,000 pages. The summary comes first, in a section of its own, so a build with nothing to redo reads only
 * that; the details follow in a second section. Each section has a checksum, which catches a damaged file: it is
 * then ignored like a missing one.
 */
final class LastBuildFile {
    private static final int MAGIC = 0x504D5048; // "PMPH"
    /** Raise when the layout changes: an older file is then ignored. */
    private static final int FORMAT = 5;

    private static final int CHECKSUM_BYTES = Long.BYTES;

    private LastBuildFile() {}

    /**
     * Writes the build with each source and page already {@link #encode}d, as a build does while it parses and
     * renders them on every core, so what is left to do once it has published is to put the pieces one after the
     * other. Writes to a temporary file beside {@code file}, then renames it over {@code file}: a reader sees the
     * old file or the new one, never half of one, and of two builds writing at once the last rename wins.
     */
    static void write(Path file, LastBuild build, List<byte[]> sources, List<byte[]> pages, byte[] guides)
            throws IOException {
        byte[] summary = section(out -> writeSummary(out, build));
        byte[] head = section(out -> writeString(out, build.buildId()));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(
                file.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                writeSection(out, summary);
                writeSection(out, head, sources, pages, guides);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** One source as the details section holds it. */
    static byte[] encode(LastBuild.Source s) {
        return inMemory(o -> {
            writeString(o, s.path());
            ValueCodec.write(o, s.meta());
            o.writeInt(s.bodyOffset());
            o.writeInt(s.bodyStartLine());
            ValueCodec.write(o, s.keyLines());
        });
    }

    /** One page as the details section holds it. */
    static byte[] encode(LastBuild.Page p) {
        return inMemory(o -> {
            writeString(o, p.source());
            writeString(o, p.outputPath());
            o.writeInt(p.position());
            writeList(o, List.copyOf(p.headingIds()), LastBuildFile::writeString);
            writeList(o, p.links(), (o2, l) -> {
                o2.writeBoolean(l.image());
                writeString(o2, l.url());
                writeString(o2, l.text());
                o2.writeInt(l.line());
                o2.writeInt(l.column());
            });
            writeList(o, p.problems(), LastBuildFile::writeDiagnostic);
            writeString(o, p.searchEntry());
            writeList(o, p.addresses(), LastBuildFile::writeString);
            o.writeLong(p.otherLanguages());
        });
    }

    /** The guide of each language, by its tag, as the details section holds them (after the pages). */
    static byte[] encode(Map<String, List<InProcessMemory.NavEntry>> guides) {
        return inMemory(o -> writeList(o, List.copyOf(new java.util.TreeMap<>(guides).entrySet()), (o2, guide) -> {
            writeString(o2, guide.getKey());
            writeList(o2, guide.getValue(), (o3, e) -> {
                writeString(o3, e.path());
                writeString(o3, e.outputPath());
                writeString(o3, e.title());
                writeString(o3, e.summary());
            });
        }));
    }

    /** {@link #section}, for writers that only write into memory, which cannot fail. */
    private static byte[] inMemory(SectionWriter writer) {
        try {
            return section(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /**
     * The details section, written from its pieces without first joining them: {@code head}, then each list as its
     * size and its items, then {@code tail}.
     */
    private static void writeSection(
            DataOutputStream out, byte[] head, List<byte[]> sources, List<byte[]> pages, byte[] tail)
            throws IOException {
        long length = head.length + 2L * Integer.BYTES + tail.length;
        for (byte[] item : sources) {
            length += item.length;
        }
        for (byte[] item : pages) {
            length += item.length;
        }
        if (length > Integer.MAX_VALUE) {
            throw new IOException("the build is too big to remember (" + length + " bytes)");
        }
        CRC32 crc = new CRC32();
        out.writeInt((int) length);
        writePiece(out, crc, head);
        for (List<byte[]> items : List.of(sources, pages)) {
            writePiece(
                    out,
                    crc,
                    ByteBuffer.allocate(Integer.BYTES).putInt(items.size()).array());
            for (byte[] item : items) {
                writePiece(out, crc, item);
            }
        }
        writePiece(out, crc, tail);
        out.writeLong(crc.getValue());
    }

    private static void writePiece(DataOutputStream out, CRC32 crc, byte[] piece) throws IOException {
        crc.update(piece);
        out.write(piece);
    }

    /**
     * The summary of the last build in {@code file} (see {@link #readDetails} for the rest); empty when there is
     * none, or it is of another format (written by another version, which this one does not read).
     *
     * @throws IOException when the file is there but cannot be read, or is damaged
     */
    static Optional<LastBuild> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            if (!ourFormat(channel)) {
                return Optional.empty();
            }
            return Optional.of(readSummary(readSection(channel)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new IOException("the file is damaged (" + e + ")", e);
        }
    }

    /**
     * The sources and pages of the last build in {@code file}; empty if the file is damaged, or was replaced since
     * its summary was read (by another build, whose details are not that summary's).
     */
    static Optional<LastBuild.Details> readDetails(Path file, String buildId) {
        try (FileChannel channel = FileChannel.open(file)) {
            if (!ourFormat(channel)) {
                return Optional.empty();
            }
            int summaryLength = readFully(channel, Integer.BYTES).getInt();
            channel.position(channel.position() + summaryLength + CHECKSUM_BYTES);
            ByteBuffer in = readSection(channel);
            if (!buildId.equals(readString(in))) {
                return Optional.empty();
            }
            return Optional.of(readDetails(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean ourFormat(FileChannel channel) throws IOException {
        ByteBuffer head = readFully(channel, 2 * Integer.BYTES);
        return head.getInt() == MAGIC && head.getInt() == FORMAT;
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

    private static void writeSummary(DataOutputStream out, LastBuild b) throws IOException {
        out.writeInt(b.key().length);
        out.write(b.key());
        writeString(out, b.buildId());
        out.writeInt(b.pages());
        writeList(out, b.diagnostics(), LastBuildFile::writeDiagnostic);
        writeList(out, b.summaries(), LastBuildFile::writeString);
        writeList(out, b.content(), LastBuildFile::writeStamp);
        writeList(out, b.outputs(), LastBuildFile::writeStamp);
    }

    private static LastBuild readSummary(ByteBuffer in) {
        return new LastBuild(
                readBytes(in),
                readString(in),
                in.getInt(),
                readList(in, LastBuildFile::readDiagnostic),
                readList(in, LastBuildFile::readString),
                readList(in, LastBuildFile::readStamp),
                readList(in, LastBuildFile::readStamp));
    }

    private static LastBuild.Details readDetails(ByteBuffer in) {
        List<LastBuild.Source> sources = readList(in, LastBuildFile::readSource);
        List<LastBuild.Page> pages = readList(
                in,
                i -> new LastBuild.Page(
                        readString(i),
                        readString(i),
                        i.getInt(),
                        Set.copyOf(readList(i, LastBuildFile::readString)),
                        readList(
                                i,
                                i2 -> new LinkRef(
                                        i2.get() != 0, readString(i2), readString(i2), i2.getInt(), i2.getInt())),
                        readList(i, LastBuildFile::readDiagnostic),
                        readString(i),
                        readList(i, LastBuildFile::readString),
                        i.getLong()));
        Map<String, List<InProcessMemory.NavEntry>> guides = new java.util.HashMap<>();
        int languages = in.getInt();
        for (int l = 0; l < languages; l++) {
            guides.put(
                    readString(in),
                    readList(
                            in,
                            i -> new InProcessMemory.NavEntry(
                                    readString(i), readString(i), readString(i), readString(i))));
        }
        if (in.hasRemaining()) {
            throw new IllegalStateException("unexpected bytes after the guides");
        }
        return new LastBuild.Details(sources, pages, Map.copyOf(guides));
    }

    @SuppressWarnings("unchecked")
    private static LastBuild.Source readSource(ByteBuffer in) {
        String path = readString(in);
        FrontMatter meta = (FrontMatter) ValueCodec.read(in);
        int bodyOffset = in.getInt();
        int bodyStartLine = in.getInt();
        Map<String, Integer> keyLines = (Map<String, Integer>) ValueCodec.read(in);
        return new LastBuild.Source(path, meta, bodyOffset, bodyStartLine, keyLines);
    }

    private static void writeDiagnostic(DataOutputStream out, Diagnostic d) throws IOException {
        writeString(out, d.file());
        out.writeInt(d.line());
        out.writeInt(d.column());
        out.writeByte(d.severity().ordinal());
        writeString(out, d.message());
        writeString(out, d.hint());
        writeString(out, d.sourceLine());
        out.writeInt(d.excerpt() == null ? -1 : d.excerpt().caret());
    }

    private static Diagnostic readDiagnostic(ByteBuffer in) {
        return new Diagnostic(
                readString(in),
                in.getInt(),
                in.getInt(),
                Severity.values()[in.get()],
                readString(in),
                readString(in),
                excerpt(readString(in), in.getInt()));
    }

    private static SourceExcerpt excerpt(String text, int caret) {
        return text == null ? null : new SourceExcerpt(text, caret);
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

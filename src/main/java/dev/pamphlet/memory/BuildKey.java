package dev.pamphlet.memory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Everything a saved build depends on besides the content files: Pamphlet itself (the size and time of the jar
 * or classes it runs from, so a rebuilt Pamphlet, of the same version or another, does not trust pages an older
 * one rendered), the Java runtime (date words come from its locale data), the build options, today's date
 * (review warnings depend on it), every file in the templates folder, and site.yml and glossary.yml. Any
 * difference and the saved build is not used: these change every page.
 *
 * <p>The key is these values themselves, not a digest of them: a few tens of kilobytes, compared byte for byte,
 * so two different keys can never be taken for one, and no digest algorithm has to be loaded on every build.
 */
final class BuildKey {

    private static final String OUTPUT_FOLDER = "output folder";

    private BuildKey() {}

    /** The key of a build with these options, or null if a file it depends on cannot be read. */
    static byte[] of(BuildMemory.Inputs options) {
        try {
            return read(options);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    private static byte[] read(BuildMemory.Inputs options) {
        Field field = new Field(new ByteArrayOutputStream(1 << 16));
        field.add("format", "2");
        // Pamphlet itself by its code alone: a new version is a new jar, and reading the version from the jar
        // would cost a build with nothing to do the opening of the jar, which it needs for nothing else.
        field.add("Pamphlet build", codeStamp());
        field.add("Java", System.getProperty("java.runtime.version") + " " + System.getProperty("java.vm.version"));
        // Absolute paths only: the same folder spelled another way ("target/site/", "./target/site") is the same.
        field.add("content folder", absolute(options.content()));
        field.add("templates folder", absolute(options.templates()));
        field.add(OUTPUT_FOLDER, absolute(options.output()));
        field.add("base URL", String.valueOf(options.baseUrl()));
        field.add("drafts", String.valueOf(options.drafts()));
        field.add("date", options.today().toString());
        for (String settings : List.of("site.yml", "glossary.yml")) {
            field.addFile(settings, options.content().resolve(settings));
        }
        for (Path settings : languageSettings(options.content())) {
            field.addFile("settings " + options.content().relativize(settings), settings);
        }
        for (Path template : files(options.templates())) {
            field.addFile("template " + options.templates().relativize(template), template);
        }
        return field.bytes().toByteArray();
    }

    /** A key without its output folder: what a build into any folder is made from. */
    static byte[] withoutOutputFolder(byte[] key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(key.length);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(key);
        byte[] name = OUTPUT_FOLDER.getBytes(StandardCharsets.UTF_8);
        while (in.remaining() >= Integer.BYTES) { // byte for byte: a file's bytes need not be text
            int start = in.position();
            byte[] label = new byte[in.getInt()];
            in.get(label);
            int valueLength = in.getInt();
            in.position(in.position() + valueLength);
            if (!Arrays.equals(label, name)) {
                out.write(key, start, in.position() - start);
            }
        }
        return out.toByteArray();
    }

    /**
     * What differs between two keys, in words, e.g. "template article.ftlh" or "date": the first field whose value
     * differs, or "settings" when the keys cannot be told apart field by field.
     */
    static String difference(byte[] a, byte[] b) {
        List<String[]> was = fields(a);
        List<String[]> is = fields(b);
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            if (i >= was.size() || i >= is.size()) {
                return "files in the templates folder";
            }
            if (!was.get(i)[0].equals(is.get(i)[0])) {
                return was.get(i)[0].startsWith("template ") || is.get(i)[0].startsWith("template ")
                        ? "files in the templates folder"
                        : is.get(i)[0];
            }
            if (!was.get(i)[1].equals(is.get(i)[1])) {
                return is.get(i)[0].replace(" exists", "");
            }
        }
        return "settings";
    }

    /** A key's fields as name and value (the value as text, compared only). */
    private static List<String[]> fields(byte[] key) {
        List<String[]> fields = new ArrayList<>();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(key);
        while (in.remaining() >= Integer.BYTES) {
            String name = chunk(in);
            String value = in.remaining() >= Integer.BYTES ? chunk(in) : "";
            fields.add(new String[] {name, value});
        }
        return fields;
    }

    /** One length-framed value, as {@link Field} writes it. */
    private static String chunk(java.nio.ByteBuffer in) {
        byte[] bytes = new byte[Math.min(Math.max(in.getInt(), 0), in.remaining())];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * A short, stable name for an output folder, so builds into different folders keep apart. Two folders sharing
     * a name would only take turns overwriting each other's saved build (the key holds the folder's full path).
     */
    static String folderName(Path output) {
        byte[] path = absolute(output).getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(path);
        return hex8(crc.getValue()) + hex8(absolute(output).hashCode());
    }

    /** The low 32 bits as 8 hex digits, as {@code %08x} writes them, without a formatter to set up. */
    static String hex8(long value) {
        String hex = Long.toHexString(value & 0xFFFFFFFFL);
        return "0".repeat(8 - hex.length()) + hex;
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    /** Writes named values, each framed by its length so that no two different keys run together. */
    private record Field(ByteArrayOutputStream bytes) {
        void add(String name, String value) {
            add(name, value.getBytes(StandardCharsets.UTF_8));
        }

        void add(String name, byte[] value) {
            byte[] label = name.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(lengthOf(label.length));
            bytes.writeBytes(label);
            bytes.writeBytes(lengthOf(value.length));
            bytes.writeBytes(value);
        }

        void addFile(String name, Path file) {
            try {
                add(name, Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
                add(name + " exists", String.valueOf(Files.isRegularFile(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] lengthOf(int n) {
            return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
        }
    }

    /** Each language's glossary and interface text: glossary.cy.yml, messages/cy.yml. */
    private static List<Path> languageSettings(Path contentDir) {
        List<Path> out = new ArrayList<>(files(contentDir.resolve("messages")));
        try (var top = Files.list(contentDir)) {
            top.filter(f -> f.getFileName().toString().matches("glossary\\..+\\.yml"))
                    .sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Path> files(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /**
     * The size and time of the jar Pamphlet runs from, or of every class file when it runs from a classes folder
     * (as in its own tests); a new build of Pamphlet has another.
     */
    private static String codeStamp() {
        CodeSource source = BuildKey.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown " + System.nanoTime(); // unknown code: never trust a saved build
        }
        try {
            Path code = Path.of(source.getLocation().toURI());
            StringBuilder stamp = new StringBuilder(code.toString());
            List<Path> files = Files.isDirectory(code) ? files(code) : List.of(code);
            for (Path f : files) {
                BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class);
                stamp.append('\n')
                        .append(code.relativize(f))
                        .append(' ')
                        .append(attrs.size())
                        .append(' ')
                        .append(attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
            return stamp.toString();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "unknown " + System.nanoTime();
        }
    }
}

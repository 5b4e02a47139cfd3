package dev.pamphlet.importer;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Imports Word documents into one folder of the content: each becomes a page named after its title, with its
 * pictures in {@code images/} beside it. A document that cannot be read, or whose page exists already, is an error
 * of its own; the others are still imported.
 */
public final class WordImporter {
    private final Path folder;
    private final java.util.function.Function<Path, String> display;

    /**
     * One page written.
     *
     * @param document     the Word file it came from
     * @param page         the Markdown file written
     * @param placeholders how many {@code TODO:} the editor has to complete (each a warning of the build; a
     *                     picture without description is an error)
     * @param missingAlt   how many pictures have no description
     * @param notes        what the import could not carry over
     */
    public record Imported(Path document, Path page, int placeholders, int missingAlt, List<String> notes) {
        /** The warnings the build will give, and the notes. */
        public int warnings() {
            return placeholders - missingAlt + notes.size();
        }
    }

    /** What a run did: the pages written, and the documents that failed. */
    public record Result(List<Imported> pages, List<Diagnostic> problems) {}

    /** @param display how a path is shown to the user */
    public WordImporter(Path folder, java.util.function.Function<Path, String> display) {
        this.folder = folder;
        this.display = display;
    }

    public Result run(List<Path> documents) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<Path, XWPFDocument> opened = new LinkedHashMap<>();
        try {
            for (Path document : documents) {
                XWPFDocument doc = open(document, problems);
                if (doc != null) {
                    opened.put(document, doc);
                }
            }
            Map<Path, WordConverter> converters = new LinkedHashMap<>();
            Map<String, String> pageOfFile = new HashMap<>();
            Set<String> slugs = new HashSet<>();
            Map<Path, String> slugOf = new HashMap<>();
            for (Map.Entry<Path, XWPFDocument> e : opened.entrySet()) {
                String name = baseName(e.getKey());
                WordConverter converter = new WordConverter(e.getValue(), name);
                String slug = slug(converter.title(), slug(name, "page"));
                String unique = slug;
                for (int n = 2; !slugs.add(unique); n++) {
                    unique = slug + "-" + n;
                }
                converters.put(e.getKey(), converter);
                slugOf.put(e.getKey(), unique);
                pageOfFile.put(fileName(e.getKey()), unique + ".md");
            }
            List<Imported> pages = new ArrayList<>();
            for (Map.Entry<Path, WordConverter> e : converters.entrySet()) {
                Path document = e.getKey();
                String slug = slugOf.get(document);
                try {
                    ImportedPage page = e.getValue().convert(slug, url -> pageOfFile.get(linkedFile(url)));
                    Imported written = write(document, slug, page, problems);
                    if (written != null) {
                        pages.add(written);
                    }
                } catch (RuntimeException | LinkageError ex) {
                    // POI reports a document it cannot make sense of by any kind of runtime exception; a part of
                    // Office that the jar leaves out (a spreadsheet inside the document) by a linkage error.
                    problems.add(unreadable(document, "its content could not be read (" + ex.getMessage() + ")"));
                }
            }
            return new Result(pages, problems);
        } finally {
            for (XWPFDocument doc : opened.values()) {
                try {
                    doc.close();
                } catch (IOException ignored) {
                    // only read from: nothing is lost
                }
            }
        }
    }

    private Imported write(Path document, String slug, ImportedPage page, List<Diagnostic> problems) {
        Path target = folder.resolve(slug + ".md");
        List<Path> files = new ArrayList<>(List.of(target));
        page.pictures().forEach(p -> files.add(folder.resolve(p.path())));
        for (Path file : files) {
            if (Files.exists(file)) {
                problems.add(Diagnostic.error(
                                display.apply(document),
                                0,
                                0,
                                "not imported: " + display.apply(file) + " exists already, and import never"
                                        + " overwrites a file")
                        .withHint("import into another section with --to content/SECTION/, or rename or remove "
                                + display.apply(file) + " first"));
                return null;
            }
        }
        try {
            Files.createDirectories(folder);
            for (ImportedPage.Picture p : page.pictures()) {
                Path file = folder.resolve(p.path());
                Files.createDirectories(file.getParent());
                Files.write(file, p.data());
            }
            Files.writeString(target, page.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Diagnostic.error(
                            display.apply(document),
                            0,
                            0,
                            "not imported: could not write " + display.apply(target) + ": " + IoReasons.of(e))
                    .withHint("check that the folder can be written to"));
            return null;
        }
        int placeholders = count(page.text(), "TODO:");
        int missingAlt = count(page.text(), "![" + WordConverter.MISSING_ALT + "]");
        return new Imported(document, target, placeholders, missingAlt, page.notes());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** The document, or null with an error saying why it cannot be read. */
    private XWPFDocument open(Path document, List<Diagnostic> problems) {
        try {
            if (!Files.isRegularFile(document)) {
                problems.add(unreadable(document, "there is no such file"));
                return null;
            }
            if (Files.size(document) == 0) {
                problems.add(unreadable(document, "the file is empty"));
                return null;
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(document))) {
                magic = FileMagic.valueOf(in);
            }
            if (magic == FileMagic.OLE2) {
                problems.add(unreadable(document, ole2(document)));
                return null;
            }
            if (magic != FileMagic.OOXML) {
                problems.add(unreadable(document, "it is not a Word document (.docx)"));
                return null;
            }
            try (InputStream in = Files.newInputStream(document)) {
                return new XWPFDocument(in);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            problems.add(unreadable(document, "it is not a Word document (.docx) that can be read: " + e.getMessage()));
            return null;
        }
    }

    /** An OLE2 file is either an older Word document or a .docx protected by a password. */
    private static String ole2(Path document) {
        try (POIFSFileSystem fs = new POIFSFileSystem(document.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return "it is protected by a password";
            }
        } catch (IOException | RuntimeException e) {
            return "it is not a Word document (.docx)";
        }
        return "it is an older Word document (.doc)";
    }

    private Diagnostic unreadable(Path document, String why) {
        String hint = why.contains("password")
                ? "open it in Word, remove the password (File > Info > Protect Document), save it and import it again"
                : why.contains(".doc)")
                        ? "open it in Word and save it as a Word Document (.docx), then import that"
                        : "give a Word document saved as .docx";
        return Diagnostic.error(display.apply(document), 0, 0, "cannot import: " + why)
                .withHint(hint);
    }

    private static String fileName(Path document) {
        return document.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The file name a link leads to ("Other leaflet.docx"), lower-cased, or "" for a web address. */
    static String linkedFile(String url) {
        if (url.matches("(?i)(https?|mailto):.*")) {
            return "";
        }
        String path = url;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        path = path.replace('\\', '/');
        String last = path.substring(path.lastIndexOf('/') + 1);
        try {
            last = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not percent-encoded after all: take it as it is
        }
        return last.toLowerCase(Locale.ROOT);
    }

    /** "Asthma in adults" → {@code asthma-in-adults}; accents are dropped ("Gwên" → {@code gwen}). */
    static String slug(String text, String fallback) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}

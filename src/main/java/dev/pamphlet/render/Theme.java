package dev.pamphlet.render;

import dev.pamphlet.content.ContentLoader;
import dev.pamphlet.output.OutputSink;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The templates and assets a site is rendered with: the theme built into Pamphlet, overridden file by file by the
 * site's own templates folder. A site can replace just {@code article.ftlh} or {@code assets/style.css}, and add
 * templates and assets of its own; every file it does not have comes from the built-in theme.
 */
public final class Theme {
    /** Where the built-in theme's files are on the class path (the repository's {@code templates/} folder). */
    static final String BUILT_IN = "dev/pamphlet/theme/";
    /** The list of the built-in theme's files, written when Pamphlet is packaged. */
    private static final String INDEX = "/dev/pamphlet/theme.index";
    /** How a built-in file is named in messages: it has no path on the user's disk. */
    public static final String BUILT_IN_DISPLAY = "(built-in theme)";

    static final String ASSETS = "assets/";

    private final Path siteDir;
    private final String siteDisplay;
    /** The site's own files, relative to its templates folder with '/' separators, sorted. */
    private final List<String> siteFiles;

    private Theme(Path siteDir, String siteDisplay, List<String> siteFiles) {
        this.siteDir = siteDir;
        this.siteDisplay = siteDisplay;
        this.siteFiles = siteFiles;
    }

    /**
     * The built-in theme with the files of {@code siteDir} over it; a folder that does not exist overrides
     * nothing.
     */
    public static Theme of(Path siteDir, String siteDisplay) {
        return new Theme(siteDir, siteDisplay, list(siteDir));
    }

    /** The built-in theme alone. */
    public static Theme builtIn() {
        return new Theme(null, BUILT_IN_DISPLAY, List.of());
    }

    /** The built-in theme's files, e.g. {@code article.ftlh} and {@code assets/style.css}. */
    public static List<String> builtInFiles() {
        return BuiltIn.FILES;
    }

    /** The bytes of one of the built-in theme's files. */
    public static byte[] readBuiltIn(String name) {
        try (InputStream in = Theme.class.getResourceAsStream("/" + BUILT_IN + name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in theme has no " + name + ": Pamphlet is packaged wrongly");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasSiteFolder() {
        return siteDir != null && Files.isDirectory(siteDir);
    }

    public String siteDisplay() {
        return siteDisplay;
    }

    /** The site's files that take the place of built-in ones. */
    public List<String> overrides() {
        return siteFiles.stream().filter(BuiltIn.FILES::contains).toList();
    }

    /** The site's files the built-in theme does not have. */
    public List<String> additions() {
        return siteFiles.stream().filter(f -> !BuiltIn.FILES.contains(f)).toList();
    }

    public boolean exists(String name) {
        return siteFiles.contains(name) || BuiltIn.FILES.contains(name);
    }

    /** Where a file of the theme comes from, as messages name it. */
    public String display(String name) {
        return siteFiles.contains(name) || !BuiltIn.FILES.contains(name)
                ? siteDisplay + "/" + name
                : BUILT_IN_DISPLAY + "/" + name;
    }

    /** The theme's assets by the path they are published at, e.g. {@code assets/style.css}. */
    public List<String> assets() {
        TreeSet<String> all = new TreeSet<>();
        BuiltIn.FILES.stream().filter(f -> f.startsWith(ASSETS)).forEach(all::add);
        siteFiles.stream().filter(f -> f.startsWith(ASSETS)).forEach(all::add);
        return List.copyOf(all);
    }

    /** Puts every asset into the site, each from the site's folder where it has one, else from the built-in theme. */
    public void copyAssets(OutputSink sink) throws IOException {
        for (String asset : assets()) {
            if (siteFiles.contains(asset)) {
                sink.copy(asset, siteDir.resolve(asset));
            } else {
                sink.write(asset, readBuiltIn(asset));
            }
        }
    }

    /** Finds templates in the site's folder first, then in the built-in theme. */
    TemplateLoader templateLoader() throws IOException {
        TemplateLoader builtIn = new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN);
        if (!hasSiteFolder()) {
            return builtIn;
        }
        return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(siteDir.toFile()), builtIn});
    }

    /**
     * Copies the built-in theme into {@code dir}, keeping any file already there (a site's own override stays).
     *
     * @return the files kept, which were not copied
     */
    public static List<String> exportTo(Path dir) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String name : BuiltIn.FILES) {
            Path target = dir.resolve(name);
            if (Files.exists(target)) {
                kept.add(name);
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, readBuiltIn(name));
        }
        return kept;
    }

    private static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !hiddenBelow(dir, p) && !ContentLoader.isEditorLeftover(p))
                    .map(p -> ContentLoader.relative(dir, p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hiddenBelow(Path dir, Path file) {
        for (Path part : dir.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The built-in theme's file list, read once: it is part of Pamphlet and never changes while it runs. */
    private static final class BuiltIn {
        static final List<String> FILES = read();

        private static List<String> read() {
            try (InputStream in = Theme.class.getResourceAsStream(INDEX)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the built-in theme's index is missing: Pamphlet is packaged" + " wrongly");
                }
                List<String> files = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank()) {
                        files.add(line.strip());
                    }
                }
                Collections.sort(files);
                return List.copyOf(files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

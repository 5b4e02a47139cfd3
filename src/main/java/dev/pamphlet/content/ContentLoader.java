package dev.pamphlet.content;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.output.CacheGuard;
import dev.pamphlet.output.OlderCacheLayout;
import dev.pamphlet.output.OutputGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Lists the content folder: Markdown sources and static files, skipping settings and hidden files, and Pamphlet's
 * own folders (an output folder or a build cache) should one be found inside it: what Pamphlet wrote is never
 * published as content.
 */
public final class ContentLoader {
    /** Files at the top of the content folder that configure the site rather than being published. */
    public static final Set<String> SETTINGS_FILES = Set.of("site.yml", "glossary.yml");
    /** A language's glossary (glossary.cy.yml) or interface text (messages/cy.yml): settings too. */
    private static final Pattern LANGUAGE_SETTINGS =
            Pattern.compile("glossary\\.[A-Za-z0-9-]+\\.yml|messages/[^/]+\\.yml");

    /** The name of the build cache folder of Pamphlet's older default, {@code target/pamphlet-cache}. */
    private static final String OLDER_CACHE_NAME = "pamphlet-cache";

    private ContentLoader() {}

    public static ContentTree list(Path contentDir) {
        return list(contentDir, (rel, attrs) -> {});
    }

    /**
     * Lists the content folder like {@link #list(Path)}, and tells {@code seen} the attributes of every file listed
     * (Markdown and static): the walk reads them anyway, so a build can tell which files changed at no extra cost.
     */
    public static ContentTree list(Path contentDir, BiConsumer<String, BasicFileAttributes> seen) {
        List<String> markdown = new ArrayList<>();
        List<String> statics = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        SymbolicLinks links = new SymbolicLinks(contentDir);
        try {
            // Symbolic links are followed, as an editor or a web server would: a linked article is an article.
            Files.walkFileTree(
                    contentDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(contentDir) && (isHidden(dir) || isPamphletsOwn(dir, problems))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return links.problem(dir)
                                    .map(d -> {
                                        problems.add(d);
                                        return FileVisitResult.SKIP_SUBTREE;
                                    })
                                    .orElse(FileVisitResult.CONTINUE);
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isHidden(file) || isEditorLeftover(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            String rel = relative(contentDir, file);
                            Optional<Diagnostic> problem = links.problem(file);
                            if (problem.isPresent()) {
                                problems.add(problem.get());
                                return FileVisitResult.CONTINUE;
                            }
                            if (!attrs.isRegularFile()) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (rel.endsWith(".md")) {
                                markdown.add(rel);
                                seen.accept(rel, attrs);
                            } else if (!isSettings(rel)) {
                                statics.add(rel);
                                seen.accept(rel, attrs);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!file.equals(contentDir) && (isHidden(file) || isEditorLeftover(file))) {
                                return FileVisitResult.CONTINUE;
                            }
                            problems.add(SymbolicLinks.unreadable(file, e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(markdown);
        Collections.sort(statics);
        return new ContentTree(List.copyOf(markdown), List.copyOf(statics), List.copyOf(problems));
    }

    /**
     * Whether a folder is one Pamphlet writes, an output folder or a build cache, by its marker; or the build
     * cache an older Pamphlet, whose caches carried no marker, left there by default when run from inside the
     * content folder: that one is reported, so that it is deleted.
     */
    private static boolean isPamphletsOwn(Path dir, List<Diagnostic> problems) {
        if (Files.exists(dir.resolve(OutputGuard.MARKER)) || Files.exists(dir.resolve(CacheGuard.MARKER))) {
            return true;
        }
        try {
            if (dir.getFileName().toString().equals(OLDER_CACHE_NAME) && OlderCacheLayout.holds(dir)) {
                problems.add(Diagnostic.warning(
                                dir.toString().replace('\\', '/'),
                                0,
                                0,
                                "this is a build cache an older Pamphlet left in the content folder: it is not"
                                        + " published")
                        .withHint("delete it: Pamphlet keeps its cache outside the content folder now"));
                return true;
            }
        } catch (IOException e) {
            return false; // not readable as a cache: listed as any other folder, which reports why
        }
        return false;
    }

    /** Whether a file of the content folder configures the site rather than being published. */
    public static boolean isSettings(String rel) {
        return SETTINGS_FILES.contains(rel) || LANGUAGE_SETTINGS.matcher(rel).matches();
    }

    public static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    /** Backup and swap files editors write beside the real one; publishing them would be a leak. */
    public static boolean isEditorLeftover(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".tmp")
                || name.startsWith("#")
                || name.startsWith(".#");
    }
}

package dev.pamphlet.build;

import dev.pamphlet.config.SiteConfig;
import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.language.LanguagesLoader;
import dev.pamphlet.output.NameLimits;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.render.SiteOutputs;
import dev.pamphlet.site.Editions;
import dev.pamphlet.site.EditionsBuilder;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The build's placing step: each language's interface text and glossary, every article at its address and in
 * its order, the names no page may take, and every published name checked against the disk's limits, before
 * anything is written.
 */
final class PlaceStage {
    /** A home page of the site, in its first language or another ({@code index.md}, {@code index.cy.md}). */
    private static final Pattern HOME_PAGE = Pattern.compile("index(\\.[^./]+)?\\.md");

    private final BuildContext build;

    PlaceStage(BuildContext build) {
        this.build = build;
    }

    /** The site in each of its languages; empty (with the reasons reported) when it cannot be placed. */
    Optional<Editions> place(ReadStage.Sources sources, SiteConfig config, List<String> themeAssets) {
        Set<String> loaded = sources.articles().stream().map(Article::path).collect(Collectors.toSet());
        if (sources.tree().markdown().stream()
                .anyMatch(p -> HOME_PAGE.matcher(p).matches() && !loaded.contains(p))) {
            return Optional.empty(); // a home page's own errors say why: "no home page" would mislead
        }
        Map<String, String> reserved = new LinkedHashMap<>();
        themeAssets.forEach(out -> reserved.put(out, "the theme's " + out));
        SiteOutputs.standard().forEach(out -> reserved.put(out.path(), out.what()));
        reserved.put(OutputGuard.MARKER, "Pamphlet's output marker");
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Editions> site = LanguagesLoader.load(
                        build.options().contentDir(), config, sources.glossary(), build.display(), problems)
                .flatMap(languages -> EditionsBuilder.build(
                        config,
                        languages,
                        sources.articles(),
                        sources.tree().staticFiles(),
                        build.options().drafts(),
                        reserved,
                        build.display(),
                        problems));
        build.diagnostics().addAll(problems);
        return site.filter(e -> namesFit(e, reserved.keySet()));
    }

    /**
     * Whether every file the site publishes fits the disk; each that does not is reported at its source, which is
     * what to shorten.
     */
    private boolean namesFit(Editions site, Set<String> ownFiles) {
        BuildOptions options = build.options();
        NameLimits limits = new NameLimits(options.writeOutput() ? options.outputDir() : null);
        List<Diagnostic> problems = new ArrayList<>();
        for (Site edition : site.sites()) {
            for (Page page : edition.guide()) {
                limits.problem(page.outputPath())
                        .ifPresent(why -> problems.add(tooLong(page.article().path(), "its page " + why)));
            }
            // The build's own files have short names: only a long output folder makes them too long.
            ownFiles.stream()
                    .map(own -> edition.language().folder() + own)
                    .flatMap(own -> limits.problem(own).map(why -> why + " (" + own + ")").stream())
                    .findFirst()
                    .ifPresent(why -> problems.add(Diagnostic.error(
                                    BuildContext.displayPath(options.outputDir()), 0, 0, "the site's files " + why)
                            .withHint("build into a folder with a shorter path, with --output")));
        }
        for (String file : site.main().staticFiles()) {
            limits.problem(Page.outputPathOfFile(file)).ifPresent(why -> problems.add(tooLong(file, "it " + why)));
        }
        build.diagnostics().addAll(problems);
        return problems.isEmpty();
    }

    private Diagnostic tooLong(String source, String why) {
        return Diagnostic.error(build.display().apply(source), 0, 0, why)
                .withHint("shorten the name of the file, or of its folders (a page's name is two bytes longer than its"
                        + " .md file's; a letter with an accent takes two bytes, most other scripts three), or build"
                        + " into a folder with a shorter path");
    }
}

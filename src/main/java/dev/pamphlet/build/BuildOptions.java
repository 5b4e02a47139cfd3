package dev.pamphlet.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build and how.
 *
 * @param baseUrl     overrides base_url from site.yml when not null
 * @param drafts      include pages marked {@code draft: true}
 * @param today       the date review deadlines are checked against
 * @param writeOutput false for {@code check}: render everything, write nothing
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outputDir, String baseUrl, boolean drafts,
                           LocalDate today, boolean writeOutput) {

    public static BuildOptions defaults(Path project) {
        return new BuildOptions(project.resolve("content"), project.resolve("templates"),
                project.resolve("target/site"), null, false, LocalDate.now(), true);
    }

    public BuildOptions withOutput(Path output) {
        return new BuildOptions(contentDir, templatesDir, output, baseUrl, drafts, today, writeOutput);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, drafts, today, false);
    }

    public BuildOptions withToday(LocalDate date) {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, drafts, date, writeOutput);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, include, today, writeOutput);
    }
}

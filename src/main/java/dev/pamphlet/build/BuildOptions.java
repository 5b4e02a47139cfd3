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
 * @param waitForLock when another process is writing the output folder, wait for it instead of failing
 */
public record BuildOptions(
        Path contentDir,
        Path templatesDir,
        Path outputDir,
        String baseUrl,
        boolean drafts,
        LocalDate today,
        boolean writeOutput,
        boolean waitForLock) {

    public BuildOptions(
            Path contentDir,
            Path templatesDir,
            Path outputDir,
            String baseUrl,
            boolean drafts,
            LocalDate today,
            boolean writeOutput) {
        this(contentDir, templatesDir, outputDir, baseUrl, drafts, today, writeOutput, false);
    }

    public static BuildOptions defaults(Path project) {
        return new BuildOptions(
                project.resolve("content"),
                project.resolve("templates"),
                project.resolve("target/site"),
                null,
                false,
                LocalDate.now(),
                true);
    }

    public BuildOptions withOutput(Path output) {
        return new BuildOptions(contentDir, templatesDir, output, baseUrl, drafts, today, writeOutput, waitForLock);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, drafts, today, false, waitForLock);
    }

    public BuildOptions withToday(LocalDate date) {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, drafts, date, writeOutput, waitForLock);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, include, today, writeOutput, waitForLock);
    }

    public BuildOptions waitingForLock(boolean wait) {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, drafts, today, writeOutput, wait);
    }
}

package dev.pamphlet.build;

import dev.pamphlet.diag.Diagnostics;
import dev.pamphlet.output.StagedOutput;
import java.util.List;

/**
 * What a build did.
 *
 * @param pages     pages built
 * @param rendered  pages rendered by this build; the others were kept as an earlier build published them
 * @param files     what was written; null when nothing was (a check, or a failed build)
 * @param summaries one-line summaries to show after the diagnostics, e.g. "3 pages are overdue for review"
 * @param details   what only {@code --verbose} shows, e.g. why the last build could not be reused
 */
public record BuildResult(
        int pages,
        int rendered,
        Diagnostics diagnostics,
        List<String> summaries,
        StagedOutput.Result files,
        long elapsedMillis,
        List<String> details) {

    public BuildResult(
            int pages,
            int rendered,
            Diagnostics diagnostics,
            List<String> summaries,
            StagedOutput.Result files,
            long elapsedMillis) {
        this(pages, rendered, diagnostics, summaries, files, elapsedMillis, List.of());
    }

    public boolean succeeded() {
        return !diagnostics.hasErrors();
    }
}

package dev.pamphlet.build;

import dev.pamphlet.diag.Diagnostics;
import dev.pamphlet.memory.BuildMemory;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What every stage of one build shares: its options, its memory of the last build, the problems found so far,
 * how a content file is named in a message, and where progress is told.
 *
 * @param display a content file's path as messages show it ({@code content/a.md})
 */
record BuildContext(
        BuildOptions options,
        BuildMemory memory,
        Diagnostics diagnostics,
        Function<String, String> display,
        BuildProgress progress) {

    static BuildContext of(BuildOptions options, BuildMemory memory, BuildProgress progress) {
        String content = displayPath(options.contentDir());
        return new BuildContext(options, memory, new Diagnostics(), rel -> content + "/" + rel, progress);
    }

    /** What the memory compares with the last build to know whether anything changed. */
    BuildMemory.Inputs inputs() {
        return new BuildMemory.Inputs(
                options.contentDir(),
                options.templatesDir(),
                options.outputDir(),
                options.baseUrl(),
                options.drafts(),
                options.today(),
                displayPath(options.contentDir()));
    }

    /** Shows paths as the user gave them (relative stays relative), so messages match what they typed. */
    static String displayPath(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}

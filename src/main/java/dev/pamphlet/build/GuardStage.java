package dev.pamphlet.build;

import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.IoReasons;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.output.OutputLock;
import dev.pamphlet.output.StagedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's first step: refuses a dangerous output folder or cache folder and a missing content folder, then
 * takes the output folder's lock and puts back a whole site there if a build was stopped part-way, before
 * anything else reads the folder.
 */
final class GuardStage {
    private final BuildContext build;

    GuardStage(BuildContext build) {
        this.build = build;
    }

    /**
     * The output folder's lock; null for a build that writes nothing, or (with the error reported) when it cannot
     * go on.
     *
     * @param notes          where what was put back is told
     * @param memoryWarnings where the memory's warnings about its own folder go: reported, not remembered
     */
    OutputLock lock(List<String> notes, List<Diagnostic> memoryWarnings) {
        BuildOptions options = build.options();
        if ((options.writeOutput() && !outputFolderAllowed())
                || !contentFolderExists()
                || !cacheFolderAllowed(memoryWarnings)) {
            return null;
        }
        if (!build.memory().mayReplay(options.outputDir()) && !build.memory().hasTemplates()) {
            LibraryPreloader.start(); // nothing to replay: this build renders, so give the libraries a head start
        }
        return options.writeOutput() ? lockOutput(notes) : null;
    }

    private OutputLock lockOutput(List<String> notes) {
        String shown = BuildContext.displayPath(build.options().outputDir());
        OutputLock lock = null;
        try {
            lock = OutputLock.acquire(
                    build.options().outputDir(), shown, build.options().waitForLock(), notes);
            notes.addAll(StagedOutput.recover(build.options().outputDir(), shown));
            return lock;
        } catch (ContentException e) {
            build.diagnostics().add(e.diagnostic());
            if (lock != null) {
                lock.close(); // recovery found a folder of someone's own in the way
            }
        } catch (IOException e) {
            build.diagnostics()
                    .add(Diagnostic.error(
                                    shown, 0, 0, "cannot put back the site a stopped build left: " + IoReasons.of(e))
                            .withHint("move the folders beside it that end in .pamphlet-old or"
                                    + " .pamphlet-staging out of the way, then build again"));
            lock.close();
        }
        return null;
    }

    private boolean outputFolderAllowed() {
        BuildOptions options = build.options();
        try {
            OutputGuard.check(
                    options.outputDir(),
                    BuildContext.displayPath(options.outputDir()),
                    options.contentDir(),
                    options.templatesDir());
            return true;
        } catch (ContentException e) {
            build.diagnostics().add(e.diagnostic());
            return false;
        }
    }

    /** Lets the memory refuse its folder, before anything is written. */
    private boolean cacheFolderAllowed(List<Diagnostic> memoryWarnings) {
        List<Diagnostic> problems = new ArrayList<>();
        build.memory().claimFolder(build.inputs(), problems);
        for (Diagnostic problem : problems) {
            if (problem.isError()) {
                build.diagnostics().add(problem);
            } else {
                memoryWarnings.add(problem);
            }
        }
        return !build.diagnostics().hasErrors();
    }

    private boolean contentFolderExists() {
        if (Files.isDirectory(build.options().contentDir())) {
            return true;
        }
        build.diagnostics()
                .add(Diagnostic.error(
                                BuildContext.displayPath(build.options().contentDir()),
                                0,
                                0,
                                "content folder does not exist")
                        .withHint("run Pamphlet in the guide's folder (the one holding content/), give --content, or"
                                + " start a new guide with 'pamphlet new DIR'"));
        return false;
    }
}

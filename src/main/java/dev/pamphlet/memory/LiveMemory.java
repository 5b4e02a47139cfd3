package dev.pamphlet.memory;

/**
 * Memory kept in one process across builds, for a preview: whoever holds it reports every change it sees, and the
 * next build reads again only what was reported.
 */
public interface LiveMemory extends BuildMemory {

    /**
     * Drops what is known about a content path (relative to the content folder, with '/'), or about everything
     * under it when it is a folder: a changed, added, deleted or renamed file or folder.
     */
    void forget(String contentPath);

    /** A template changed: load the templates again and render every page. */
    void forgetTemplates();

    /** Something every page may show changed (a settings file): render every page again. */
    void forgetPages();

    /** Forgets everything, e.g. when file-change events were lost. */
    void forgetAll();
}

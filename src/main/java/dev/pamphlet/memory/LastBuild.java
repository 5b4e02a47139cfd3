package dev.pamphlet.memory;

import dev.pamphlet.content.FrontMatter;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What a published build leaves in the build cache for the next build process: enough to tell that nothing
 * changed and repeat the report without reading any Markdown, and, for a build that has something to redo, what
 * each source and page was. Article bodies and HTML are not kept: a page rendered again reads its source again.
 *
 * @param key         what the build was made from besides the content (see {@link BuildKey}); a build with another
 *                    key cannot use this one (compare with {@code Arrays.equals})
 * @param buildId     the id written into the output folder's marker when this build published it
 * @param pages       pages built
 * @param diagnostics every diagnostic the build reported, sorted (a published build has warnings only)
 * @param summaries   the notes printed after the diagnostics
 * @param content     every content file listed (Markdown and static), sorted by path
 * @param outputs     every file the build made in the output folder, as it was on disk after publishing
 */
record LastBuild(
        byte[] key,
        String buildId,
        int pages,
        List<Diagnostic> diagnostics,
        List<String> summaries,
        List<FileStamp> content,
        List<FileStamp> outputs) {

    /**
     * A file's path (relative, with '/'), size and modification time: when both are unchanged the file is taken
     * to be unchanged, the way make and most build tools decide.
     *
     * @param textHash for a source whose time cannot be trusted (see {@link ContentListing#UNSURE}), a hash of the
     *                 text the build used (of the bytes, for a file that is not Markdown), so the next build can confirm by reading it that it is unchanged; null
     *                 otherwise
     */
    record FileStamp(String path, long size, long modifiedNanos, Long textHash) {
        static FileStamp of(String path, BasicFileAttributes attrs) {
            return new FileStamp(path, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), null);
        }

        // Written out: a record's generated equals is set up on its first use, which costs a rebuild with nothing
        // to do a good part of its time.
        @Override
        public boolean equals(Object o) {
            return o instanceof FileStamp s
                    && size == s.size
                    && modifiedNanos == s.modifiedNanos
                    && path.equals(s.path)
                    && Objects.equals(textHash, s.textHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, size, modifiedNanos, textHash);
        }
    }

    /**
     * What a build with something to redo needs besides the summary: each source's front matter, each page, and
     * the guide of each language, by its tag.
     */
    record Details(List<Source> sources, List<Page> pages, Map<String, List<InProcessMemory.NavEntry>> guides) {}

    /**
     * A Markdown file as it was parsed (every source, drafts too: the site's order and drafts come from these),
     * with where its body starts, so its text can be read again without parsing it.
     */
    record Source(String path, FrontMatter meta, int bodyOffset, int bodyStartLine, Map<String, Integer> keyLines) {}

    /**
     * A published page: its place, what the link check needs of it, its own warnings, its search entry, and what it
     * showed of the site's other languages.
     *
     * @param source         the Markdown path
     * @param outputPath     where it was published
     * @param addresses      the addresses its body asked to place (see {@code OtherLanguages})
     * @param otherLanguages the fingerprint of what it showed of the other languages; 0 on a site in one language
     */
    record Page(
            String source,
            String outputPath,
            int position,
            Set<String> headingIds,
            List<LinkRef> links,
            List<Diagnostic> problems,
            String searchEntry,
            List<String> addresses,
            long otherLanguages) {}
}

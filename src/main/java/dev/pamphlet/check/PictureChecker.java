package dev.pamphlet.check;

import dev.pamphlet.address.UnicodeForm;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.LinkRewriter;
import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;
import dev.pamphlet.site.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every picture a page shows must be one a build can afford ({@link Pictures}): one that is too large is an error
 * at the line that shows it, naming the picture, so the author knows which file to resize.
 */
public final class PictureChecker {
    private final Pictures pictures;
    private final Function<String, String> display;
    /** The site's files by their published names, as its links name them (see {@link UnicodeForm}). */
    private final Map<String, String> staticByForm = new HashMap<>();

    public PictureChecker(Site site, Pictures pictures, Function<String, String> display) {
        this.pictures = pictures;
        this.display = display;
        site.staticFiles().forEach(f -> staticByForm.put(UnicodeForm.composed(f), f));
    }

    /** Page by page in parallel, as the link check; unsorted. */
    public List<Diagnostic> check(List<PageFacts> facts) {
        return facts.parallelStream().flatMap(f -> check(f).stream()).toList();
    }

    private List<Diagnostic> check(PageFacts facts) {
        List<Diagnostic> out = new ArrayList<>();
        String source = facts.page().article().path();
        for (LinkRef link : facts.links()) {
            if (!link.image() || !LinkRewriter.isRelative(link.url())) {
                continue;
            }
            String written = link.url().substring(0, LinkChecker.firstOf(link.url()));
            String resolved = LinkChecker.resolve(source, LinkChecker.decode(written));
            String path = resolved == null ? null : staticByForm.get(UnicodeForm.composed(resolved));
            if (path == null) {
                continue; // not a file of the site: the link check reports it
            }
            Optional<String> tooLarge = pictures.measure(path).tooLarge();
            if (tooLarge.isPresent()) {
                out.add(Diagnostic.error(
                                display.apply(source),
                                link.line(),
                                link.column(),
                                "picture '" + written + "' " + tooLarge.get())
                        .withSourceLine(facts.page().article().source().line(link.line()))
                        .withHint(Pictures.resizeHint()));
            }
        }
        return out;
    }
}

package dev.pamphlet.check;

import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown.LinkRef;
import dev.pamphlet.source.PictureHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every picture a page shows must be one a build can afford ({@link Pictures}) and one a browser can show: one that
 * is too large, or whose file cannot be read as a picture, is an error at the line that shows it, naming the
 * picture, so the author knows which file to mend. One larger than the site's {@code max_picture_kb} is a warning:
 * a reader on a phone pays for every byte of it.
 */
public final class PictureChecker {
    private final SitePictures pictures;
    private final long warnBytes;
    private final int warnKb;
    private final Function<String, String> display;

    /** @param warnKb pictures larger than this many kilobytes get a warning ({@code max_picture_kb}) */
    public PictureChecker(SitePictures pictures, int warnKb, Function<String, String> display) {
        this.pictures = pictures;
        this.warnKb = warnKb;
        this.warnBytes = warnKb * 1024L;
        this.display = display;
    }

    /** Page by page in parallel, as the link check; unsorted. */
    public List<Diagnostic> check(List<PageFacts> facts) {
        return facts.parallelStream().flatMap(f -> check(f).stream()).toList();
    }

    private List<Diagnostic> check(PageFacts facts) {
        List<Diagnostic> out = new ArrayList<>();
        String source = facts.page().article().path();
        for (LinkRef link : facts.links()) {
            if (!link.image()) {
                continue;
            }
            Optional<String> path = pictures.file(source, link.url());
            if (path.isEmpty()) {
                continue; // not a file of the site: the link check reports it
            }
            String written = link.url().substring(0, LinkChecker.firstOf(link.url()));
            Pictures.Measure measure = pictures.measure(path.get());
            Optional<String> tooLarge = measure.tooLarge();
            Diagnostic found = null;
            if (tooLarge.isPresent()) {
                found = Diagnostic.error(
                                display.apply(source),
                                link.line(),
                                link.column(),
                                "picture '" + written + "' " + tooLarge.get())
                        .withHint(Pictures.resizeHint());
            } else if (SitePictures.measurable(path.get()) && !readable(measure.header())) {
                found = Diagnostic.error(
                                display.apply(source),
                                link.line(),
                                link.column(),
                                "picture '" + written + "' cannot be read: its file is not a whole PNG, JPEG, GIF or"
                                        + " WebP picture")
                        .withHint("open it in a picture editor and save it again as a JPEG (for a photograph) or a"
                                + " PNG (for a drawing); if it is cut short, copy it again from where it came from");
            } else if (measure.bytes() > warnBytes) {
                found = Diagnostic.warning(
                                display.apply(source),
                                link.line(),
                                link.column(),
                                "picture '" + written + "' is " + kilobytes(measure.bytes()) + " KB"
                                        + measure.header()
                                                .map(h -> " (" + h.width() + " × " + h.height() + " pixels)")
                                                .orElse("")
                                        + ", more than the " + warnKb + " KB of max_picture_kb in site.yml")
                        .withHint("a reader on a phone waits for every byte: make it at most 2000 pixels across and"
                                + " save it again (as a JPEG of quality 80 for a photograph, a PNG for a drawing),"
                                + " or raise max_picture_kb");
            }
            if (found != null) {
                out.add(found.withSourceLine(facts.page().article().source().line(link.line())));
            }
        }
        return out;
    }

    private static boolean readable(Optional<PictureHeader> header) {
        return header.isPresent() && header.get().width() > 0 && header.get().height() > 0;
    }

    /** Rounded up, so a picture just over the limit never reads as the limit itself. */
    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,d", (bytes + 1023) / 1024);
    }
}

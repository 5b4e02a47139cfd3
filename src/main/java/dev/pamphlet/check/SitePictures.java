package dev.pamphlet.check;

import dev.pamphlet.address.UnicodeForm;
import dev.pamphlet.markdown.LinkRewriter;
import dev.pamphlet.markdown.PagePictures;
import dev.pamphlet.site.Site;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pictures of a site as its pages name them: which file of the content folder a page's picture address
 * leads to, and what that file measures ({@link Pictures}). Each file is measured once per build, however many
 * pages show it.
 */
public final class SitePictures {
    /** The names a picture in a format whose header Pamphlet reads ends in: one without a header is broken. */
    private static final Set<String> MEASURED_ENDINGS = Set.of("png", "jpg", "jpeg", "gif", "webp");

    private final Pictures pictures;
    /** The site's files by their published names, as its links name them (see {@link UnicodeForm}). */
    private final Map<String, String> staticByForm = new HashMap<>();

    public SitePictures(Site site, Pictures pictures) {
        this.pictures = pictures;
        site.staticFiles().forEach(f -> staticByForm.put(UnicodeForm.composed(f), f));
    }

    /**
     * The file of the content folder the picture at {@code url}, shown by the page at {@code source}, is;
     * empty for a picture elsewhere, or one that is no file of the site (the link check reports it).
     */
    public Optional<String> file(String source, String url) {
        if (!LinkRewriter.isRelative(url)) {
            return Optional.empty();
        }
        String written = url.substring(0, LinkChecker.firstOf(url));
        String resolved = LinkChecker.resolve(source, LinkChecker.decode(written));
        return Optional.ofNullable(resolved == null ? null : staticByForm.get(UnicodeForm.composed(resolved)));
    }

    /** What the file at {@code path} (relative to the content folder) measures. */
    public Pictures.Measure measure(String path) {
        return pictures.measure(path);
    }

    /** Whether a file of this name should have a header Pamphlet reads: a PNG, JPEG, GIF or WebP. */
    public static boolean measurable(String path) {
        return MEASURED_ENDINGS.contains(
                path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }

    /** The sizes of the pictures the page at {@code source} shows. */
    public PagePictures of(String source) {
        return url -> file(source, url)
                .flatMap(path -> pictures.measure(path).header())
                .filter(h -> h.width() > 0 && h.height() > 0)
                .map(h -> new PagePictures.Size(h.width(), h.height()));
    }
}

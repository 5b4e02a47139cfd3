package dev.pamphlet.check;

import dev.pamphlet.address.UnicodeForm;
import dev.pamphlet.markdown.LinkRewriter;
import dev.pamphlet.markdown.PagePictures;
import dev.pamphlet.site.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The pictures of a site as its pages name them: which file of the content folder a page's picture address
 * leads to, and what that file measures ({@link Pictures}). Each file is measured once per build, however many
 * pages show it.
 */
public final class SitePictures {
    /** The names a picture in a format whose header Pamphlet reads ends in: one without a header is broken. */
    private static final Set<String> MEASURED_ENDINGS = Set.of("png", "jpg", "jpeg", "gif", "webp");

    private final Pictures pictures;
    /** The widths of the smaller copies written of the file at a content path, narrowest first. */
    private final Function<String, List<Long>> copies;
    /** The site's files by their published names, as its links name them (see {@link UnicodeForm}). */
    private final Map<String, String> staticByForm = new HashMap<>();

    public SitePictures(Site site, Pictures pictures) {
        this(site, pictures, file -> List.of());
    }

    /** @param copies the widths of the smaller copies the build writes of the picture at a content path */
    public SitePictures(Site site, Pictures pictures, Function<String, List<Long>> copies) {
        this.pictures = pictures;
        this.copies = copies;
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
        return new PagePictures() {
            @Override
            public Optional<Size> size(String url) {
                return file(source, url)
                        .flatMap(path -> pictures.measure(path).header())
                        .filter(h -> h.width() > 0 && h.height() > 0)
                        .map(h -> new Size(h.width(), h.height()));
            }

            @Override
            public List<Long> copyWidths(String url) {
                return file(source, url).map(copies).orElse(List.of());
            }
        };
    }
}

package dev.pamphlet.markdown;

import java.util.Optional;

/**
 * The sizes of the pictures one page shows, as their files state them, so each {@code <img>} is written with its
 * width and height: the browser keeps the picture's place while it loads, and the text below does not jump.
 */
@FunctionalInterface
public interface PagePictures {
    /**
     * Sizes not known, and nothing to load lazily: pictures are written as Markdown has them, as a leaflet's print
     * HTML needs them (paper has no screen to scroll).
     */
    PagePictures NONE = new PagePictures() {
        @Override
        public Optional<Size> size(String url) {
            return Optional.empty();
        }

        @Override
        public boolean lazyAfterFirst() {
            return false;
        }
    };

    /** The size of the picture at {@code url}, as the author wrote it; empty when it is not known. */
    Optional<Size> size(String url);

    /** Whether the pictures after a page's first load as the reader scrolls to them, as a web page's do. */
    default boolean lazyAfterFirst() {
        return true;
    }

    /** A picture's width and height in pixels. */
    record Size(long width, long height) {}
}

package dev.pamphlet.markdown;

import java.util.List;
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

    /**
     * The widths of the smaller copies of the picture at {@code url} written beside it, narrowest first, for the
     * browser to pick from ({@code srcset}); empty for most pictures.
     */
    default List<Long> copyWidths(String url) {
        return List.of();
    }

    /**
     * How wide a picture of the page's body shows, for the browser to pick a copy by before it knows the layout:
     * the default theme's column, {@code main}, at most 42rem, with 1rem on each side on a narrower screen.
     */
    String SIZES = "(max-width: 44rem) calc(100vw - 2rem), 42rem";

    /**
     * The name of the copy {@code width} pixels wide of the picture at {@code path}: {@code photos/room.jpg} has
     * {@code photos/room-960w.jpg}.
     */
    static String copyName(String path, long width) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String suffix = "-" + width + "w";
        return dot > slash + 1 ? path.substring(0, dot) + suffix + path.substring(dot) : path + suffix;
    }

    /** A picture's width and height in pixels. */
    record Size(long width, long height) {}
}

package dev.pamphlet.markdown;

import java.util.Optional;

/**
 * The sizes of the pictures one page shows, as their files state them, so each {@code <img>} is written with its
 * width and height: the browser keeps the picture's place while it loads, and the text below does not jump.
 */
@FunctionalInterface
public interface PagePictures {
    /** Sizes not known: pictures are written without them. */
    PagePictures NONE = url -> Optional.empty();

    /** The size of the picture at {@code url}, as the author wrote it; empty when it is not known. */
    Optional<Size> size(String url);

    /** A picture's width and height in pixels. */
    record Size(long width, long height) {}
}

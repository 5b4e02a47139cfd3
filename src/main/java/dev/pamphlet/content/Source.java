package dev.pamphlet.content;

/** A reference an article is based on, shown on the page and in its trust panel. */
public record Source(String title, String url) {
}

package dev.pamphlet.check;

import dev.pamphlet.content.Article;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a page would load from another site, which its Content-Security-Policy (the theme's {@code layout.ftlh}:
 * {@code default-src 'self'; img-src 'self' data:}) tells the browser to block: a picture by its web address, and
 * a frame, video, sound or object in raw HTML. The reader sees an empty space where the author saw the picture in
 * their editor, so each is a warning at the line that shows it, saying what the browser will do and how to fix it.
 * An address on the site's own host (its {@code base_url}) is the site's: not blocked.
 */
public final class ForeignContentChecker {
    /** What the browser does with each element that loads from another site. */
    private static final Map<String, String> BLOCKED = Map.of(
            "img", "the picture will not show",
            "iframe", "the frame will stay empty",
            "frame", "the frame will stay empty",
            "video", "the video will not play",
            "audio", "the sound will not play",
            "source", "the video or sound will not play",
            "track", "the captions will not show",
            "embed", "the object will not show",
            "object", "the object will not show");

    private static final String PICTURE_HINT = "save the picture into the content folder (e.g. beside this page)"
            + " and show it by its path, e.g. ![what it shows](photos/name.jpg)";

    private final String ownHost;

    /** @param baseUrl the address the site is published at; null when not known */
    public ForeignContentChecker(String baseUrl) {
        this.ownHost = baseUrl == null ? null : host(baseUrl);
    }

    public void check(Article article, RenderedMarkdown body, Function<String, String> display, List<Diagnostic> out) {
        String file = display.apply(article.path());
        for (RenderedMarkdown.LinkRef link : body.links()) {
            String host = link.image() ? foreignHost(link.url()) : null;
            if (host != null) {
                out.add(Diagnostic.warning(
                                file,
                                link.line(),
                                link.column(),
                                "picture '" + link.url() + "' is on another site (" + host + "): blocked by the"
                                        + " page's Content-Security-Policy, the picture will not show")
                        .withSourceLine(article.source().line(link.line()))
                        .withHint(PICTURE_HINT));
            }
        }
        for (RenderedMarkdown.Embed embed : body.embeds()) {
            String host = foreignHost(embed.url());
            if (host == null) {
                continue;
            }
            boolean picture = embed.tag().equals("img");
            out.add(Diagnostic.warning(
                            file,
                            embed.line(),
                            embed.column(),
                            "<" + embed.tag() + " " + embed.attribute() + "=\"" + embed.url() + "\"> is on another"
                                    + " site (" + host + "): blocked by the page's Content-Security-Policy, "
                                    + BLOCKED.getOrDefault(embed.tag(), "it will not show"))
                    .withSourceLine(article.source().line(embed.line()))
                    .withHint(
                            picture
                                    ? PICTURE_HINT
                                    : "save the file into the content folder and give its path, or link to it instead,"
                                            + " e.g. [Watch the video on the NHS website](" + embed.url() + ")"));
        }
    }

    /** The host of an address on another site than this one; null for the site's own address or a path. */
    private String foreignHost(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://") && !lower.startsWith("//")) {
            return null;
        }
        String host = host(lower);
        return host.isEmpty() || host.equals(ownHost) ? null : host;
    }

    /** The host of an absolute address, in lower case, without user, port or path. */
    private static String host(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        int start = lower.indexOf("//") + 2;
        int end = start;
        while (end < lower.length() && "/?#\\".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        String authority = lower.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? authority : authority.substring(0, close + 1);
        }
        int colon = authority.indexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }
}

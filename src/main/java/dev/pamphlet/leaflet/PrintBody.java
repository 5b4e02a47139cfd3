package dev.pamphlet.leaflet;

import dev.pamphlet.address.UnicodeForm;
import dev.pamphlet.check.Pictures;
import dev.pamphlet.config.Branding;
import dev.pamphlet.site.Page;
import dev.pamphlet.site.Site;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's body HTML made fit for paper. A PDF is read away from the site, so a link to another page becomes its
 * full address, or, in the guide, a link to that page inside the PDF. Images are embedded as {@code data:}
 * addresses, so the print HTML holds everything the PDF shows (and a changed image changes its key). In the guide
 * every id gets the page's prefix, since two pages can have a section of the same name. Headings lose the links
 * to themselves, which mean nothing on paper.
 */
final class PrintBody {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(href|src|id)=\"([^\"]*)\"");
    private static final Pattern HEADING_LINK = Pattern.compile("<a class=\"heading-link\" href=\"[^\"]*\">(.*?)</a>");
    private static final Map<String, String> IMAGE_TYPES =
            Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif");

    private final Site site;
    private final Path contentDir;
    private final Pictures pictures;
    /** The site's files by their published names (see {@link UnicodeForm}), as its links name them. */
    private final Map<String, String> staticByForm = new HashMap<>();

    private final URI base;
    private final Optional<LeafletViews.Logo> logo;
    /** Guide pages by output path. */
    private final Map<String, Page> pages = new HashMap<>();

    /** @param inside the pages of the leaflet: links to them stay inside it, links to others lead to the site */
    PrintBody(Site site, Path contentDir, java.util.List<Page> inside) {
        this.site = site;
        this.contentDir = contentDir;
        this.pictures = new Pictures(contentDir);
        site.staticFiles().forEach(f -> staticByForm.put(UnicodeForm.composed(f), f));
        this.base = URI.create(site.config().baseUrl());
        inside.forEach(p -> pages.put(p.outputPath(), p));
        this.logo = printedLogo();
    }

    /**
     * The logo of site.yml as the leaflet embeds it; empty when the site has none, or one the PDF renderer does not
     * draw (SVG, WebP): the leaflet then starts with the site's name alone.
     */
    Optional<LeafletViews.Logo> logo() {
        return logo;
    }

    private Optional<LeafletViews.Logo> printedLogo() {
        Branding.Logo logo = site.config().branding().logo();
        if (logo == null) {
            return Optional.empty();
        }
        String type = IMAGE_TYPES.get(
                logo.file().substring(logo.file().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null || !pictures.measure(logo.file()).decodable()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = PrintPictures.forPrint(contentDir.resolve(logo.file()), type);
            return Optional.of(new LeafletViews.Logo(
                    "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes),
                    logo.alt(),
                    logo.width(),
                    logo.height()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The anchor every id of a page starts with in the guide. */
    static String anchor(Page page) {
        return "page-" + page.position();
    }

    /**
     * @param inGuide whether the page is part of the guide's PDF (ids prefixed, links to guide pages stay inside)
     */
    String rewrite(Page page, String html, boolean inGuide) {
        String body = HEADING_LINK.matcher(html).replaceAll("$1");
        Matcher m = ATTRIBUTE.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 256);
        while (m.find()) {
            String name = m.group(1);
            String value = unescape(m.group(2));
            String rewritten = switch (name) {
                case "id" -> inGuide ? anchor(page) + "-" + value : value;
                case "src" -> image(page, value);
                default -> link(page, value, inGuide);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(" " + name + "=\"" + escape(rewritten) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String link(Page page, String href, boolean inGuide) {
        if (href.startsWith("#")) {
            return inGuide ? "#" + anchor(page) + "-" + href.substring(1) : href;
        }
        URI target = resolve(page, href);
        if (target == null) {
            return href;
        }
        String path = sitePath(target);
        Page linked = path == null ? null : pages.get(path);
        if (inGuide && linked != null) {
            String fragment = target.getRawFragment();
            return "#" + anchor(linked) + (fragment == null ? "" : "-" + decode(fragment));
        }
        return target.toString();
    }

    /**
     * An image of the site as a {@code data:} address; any other image is left as it is (and not fetched). So is
     * one whose header says it is too large to decode, or says nothing Pamphlet can read: the renderer would
     * decode it whole, whatever its size. The page's own check reports one that is too large.
     */
    private String image(Page page, String src) {
        URI target = resolve(page, src);
        String path = target == null ? null : sitePath(target);
        path = path == null ? null : staticByForm.get(UnicodeForm.composed(path));
        if (path == null) {
            return src;
        }
        String type = IMAGE_TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null || !pictures.measure(path).decodable()) {
            return src;
        }
        try {
            byte[] bytes = PrintPictures.forPrint(contentDir.resolve(path), type);
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            return src;
        }
    }

    /** The address a link on the page leads to, or null for one that is not an address. */
    private URI resolve(Page page, String href) {
        try {
            return base.resolve(page.outputPath()).resolve(href.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The path inside the site of an address on it (decoded, without query or fragment), or null. */
    private String sitePath(URI target) {
        String address = target.getScheme() + "://" + target.getRawAuthority() + target.getRawPath();
        String root = base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath();
        if (!address.startsWith(root)) {
            return null;
        }
        String path = decode(address.substring(root.length()));
        return path.isEmpty() ? site.home().outputPath() : path.endsWith("/") ? path + "index.html" : path;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String unescape(String attribute) {
        return attribute.indexOf('&') < 0
                ? attribute
                : attribute
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&#39;", "'")
                        .replace("&amp;", "&");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}

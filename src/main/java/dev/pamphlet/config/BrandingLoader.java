package dev.pamphlet.config;

import dev.pamphlet.source.PictureHeader;
import dev.pamphlet.source.Suggestions;
import dev.pamphlet.source.YamlMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the branding keys of {@code site.yml} (see {@link Branding}) and checks the logo's file. */
final class BrandingLoader {
    /** The keys read here; {@link SiteConfigLoader#ALLOWED} lists them with the others. */
    static final List<String> KEYS = List.of("logo", "logo_alt", "colour", "color", "header_links");

    static final Set<String> LOGO_KEYS =
            java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of("file", "alt")));
    static final Set<String> HEADER_LINK_KEYS =
            java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of("title", "url")));

    /** A logo is small in the header: beyond this it only costs every reader the download, on every page. */
    static final long MAX_LOGO_BYTES = 200 * 1024;
    /** Pixels across: shown about 48 pixels high, a logo needs a few hundred at most, for sharp high-density screens. */
    static final long MAX_LOGO_WIDTH = 1000;
    /** More links than a phone's header holds on one or two lines. */
    static final int MAX_HEADER_LINKS = 5;
    /** WCAG 2.2 (1.4.3) for text of ordinary size: the header's title and links, and links on the page. */
    static final double MIN_CONTRAST = 4.5;
    /** The built-in theme's boxes (the trust panel, callouts), which links also sit on. */
    static final Colour PANEL = new Colour(0xf0, 0xf4, 0xf5);

    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");
    private static final Pattern SCHEME = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*):.*");
    private static final Pattern TEL = Pattern.compile("(?i)tel:\\+?[0-9][0-9 ().-]*");
    private static final Pattern SVG_TAG = Pattern.compile("<(?:\\w+:)?svg\\b([^>]*)>", Pattern.DOTALL);
    private static final String LOGO_EXAMPLE = "logo:\n  file: images/logo.png\n  alt: \"Leeds Restless Legs Group\"";

    private BrandingLoader() {}

    /**
     * The branding settings; their mistakes are reported as errors through {@code yaml}.
     *
     * @param contentDir the content folder the logo is in; null to read the settings without looking at files
     */
    static Branding read(YamlMapping yaml, Path contentDir) {
        return new Branding(logo(yaml, contentDir), colour(yaml), headerLinks(yaml));
    }

    /** What is allowed but unwise: a heavy logo, a crowded header. Reported once the settings have no errors. */
    static void warn(YamlMapping yaml, Branding branding, Path contentDir) {
        Branding.Logo logo = branding.logo();
        if (logo != null && contentDir != null) {
            long bytes;
            try {
                bytes = Files.size(contentDir.resolve(logo.file()));
            } catch (IOException e) {
                bytes = 0;
            }
            List<String> why = new ArrayList<>();
            if (bytes > MAX_LOGO_BYTES) {
                why.add(String.format(
                        Locale.ROOT, "%d KB, more than %d KB", (bytes + 1023) / 1024, MAX_LOGO_BYTES / 1024));
            }
            if (logo.width() > MAX_LOGO_WIDTH) {
                why.add(logo.width() + " × " + logo.height() + " pixels, wider than " + MAX_LOGO_WIDTH);
            }
            if (!why.isEmpty()) {
                yaml.warnValue(
                        "logo",
                        "the logo '" + logo.file() + "' is " + String.join(" and ", why)
                                + ": every page loads it, on a phone too",
                        "it shows about 48 pixels high: save it at most 400 pixels across (a PNG for a drawing),"
                                + " or as an SVG");
            }
        }
        if (branding.headerLinks().size() > MAX_HEADER_LINKS) {
            yaml.warnValue(
                    "header_links",
                    "'header_links' has " + branding.headerLinks().size() + " links, more than the " + MAX_HEADER_LINKS
                            + " a phone's header has room for",
                    "keep the few a reader needs on every page (a helpline); the others belong on a page");
        }
    }

    private static Branding.Logo logo(YamlMapping yaml, Path contentDir) {
        if (!yaml.has("logo")) {
            if (yaml.has("logo_alt")) {
                yaml.reportValue(
                        "logo_alt",
                        "'logo_alt' is set but there is no 'logo'",
                        "add the picture: 'logo: images/logo.png', or delete 'logo_alt'");
            }
            return null;
        }
        List<Object> values = yaml.textsOrMappings("logo", "a picture's path, or 'file:' and 'alt:' under it");
        if (values.size() != 1) {
            if (!values.isEmpty()) {
                yaml.reportValue("logo", "'logo' must be one picture, not a list", "write it as\n" + LOGO_EXAMPLE);
            }
            return null;
        }
        // Two forms: "logo: images/logo.png" with "logo_alt:", or file and alt under "logo:".
        YamlMapping where;
        String fileKey;
        String file;
        String alt;
        if (values.get(0) instanceof YamlMapping nested) {
            nested.rejectUnknownKeys(LOGO_KEYS, "'logo'");
            if (yaml.has("logo_alt")) {
                yaml.reportValue(
                        "logo_alt",
                        "'logo_alt' is set as well as 'alt' under 'logo'",
                        "keep the 'alt:' under 'logo:' and delete 'logo_alt'");
            }
            if (!nested.has("file")) {
                yaml.reportValue("logo", "'logo' has no 'file'", "write it as\n" + LOGO_EXAMPLE);
                return null;
            }
            where = nested;
            fileKey = "file";
            file = nested.text("file");
            alt = nested.hasText("alt") ? nested.text("alt") : null;
            if (alt == null) {
                noAlt(nested, nested.has("alt") ? "alt" : "file");
            }
        } else {
            where = yaml;
            fileKey = "logo";
            file = (String) values.get(0);
            alt = yaml.hasText("logo_alt") ? yaml.text("logo_alt") : null;
            if (alt == null) {
                noAlt(yaml, yaml.has("logo_alt") ? "logo_alt" : "logo");
            }
        }
        if (file == null) {
            return null;
        }
        file = file.replace('\\', '/');
        while (file.startsWith("./")) {
            file = file.substring(2);
        }
        if (SCHEME.matcher(file).matches()
                || file.startsWith("/")
                || List.of(file.split("/")).contains("..")) {
            where.reportValue(
                    fileKey,
                    "the logo must be a picture in the content folder, not '" + file + "'",
                    "copy the picture into the content folder and give its path from there, e.g. images/logo.png");
            return null;
        }
        if (List.of(file.split("/")).stream().anyMatch(part -> part.startsWith("."))) {
            where.reportValue(
                    fileKey,
                    "the logo '" + file + "' is a hidden file or in a hidden folder, which is not published",
                    "move it to a folder whose name does not start with '.', e.g. images/logo.png");
            return null;
        }
        String extension =
                file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!PICTURES.contains(extension)) {
            where.reportValue(
                    fileKey,
                    "the logo '" + file + "' is not a picture Pamphlet shows",
                    "save it as a PNG, JPEG, GIF, WebP or SVG file");
            return null;
        }
        if (contentDir == null) {
            return alt == null ? null : new Branding.Logo(file, alt, 0, 0);
        }
        Path path = contentDir.resolve(file);
        if (!Files.isRegularFile(path)) {
            String suggestion = Suggestions.closest(file, pictures(contentDir));
            where.reportValue(
                    fileKey,
                    "the logo '" + file + "' is not in the content folder"
                            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                    "give the picture's path from the content folder, e.g. images/logo.png");
            return null;
        }
        long[] size;
        try {
            size = extension.equals("svg") ? svgSize(path) : rasterSize(path);
        } catch (IOException e) {
            where.reportValue(fileKey, "cannot read the logo '" + file + "'", "save the picture again");
            return null;
        }
        if (size == null) {
            where.reportValue(
                    fileKey,
                    "the logo '" + file + "' is not a PNG, JPEG, GIF or WebP picture, whatever its name says",
                    "open it in a picture editor and save it again as a PNG");
            return null;
        }
        return alt == null ? null : new Branding.Logo(file, alt, size[0], size[1]);
    }

    private static void noAlt(YamlMapping where, String key) {
        where.reportValue(
                key,
                "the logo has no alt text",
                "alt text is what a screen reader says instead of the picture; the logo links to the home page, so"
                        + " name the organisation or the site, e.g. alt: \"Leeds Restless Legs Group\""
                        + (key.startsWith("logo") ? " (as 'logo_alt:', or under 'logo:' as 'alt:')" : ""));
    }

    private static long[] rasterSize(Path file) throws IOException {
        Optional<PictureHeader> header = PictureHeader.read(file);
        return header.map(h -> new long[] {h.width(), h.height()}).orElse(null);
    }

    /**
     * An SVG's size from its root element: {@code width} and {@code height} in pixels, or else its
     * {@code viewBox}; 0 × 0 when it states neither (it is then drawn at the header's height).
     */
    static long[] svgSize(Path file) throws IOException {
        String start;
        try (InputStream in = Files.newInputStream(file)) {
            start = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
        Matcher tag = SVG_TAG.matcher(start);
        if (!tag.find()) {
            return new long[] {0, 0};
        }
        String attributes = tag.group(1);
        Optional<Double> width = number(attributes, "width");
        Optional<Double> height = number(attributes, "height");
        if (width.isPresent() && height.isPresent()) {
            return new long[] {Math.round(width.get()), Math.round(height.get())};
        }
        Matcher box = Pattern.compile(
                        "\\bviewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)")
                .matcher(attributes);
        if (box.find()) {
            return new long[] {
                Math.round(Double.parseDouble(box.group(1))), Math.round(Double.parseDouble(box.group(2)))
            };
        }
        return new long[] {0, 0};
    }

    private static Optional<Double> number(String attributes, String name) {
        Matcher m = Pattern.compile("(?<![\\w-])" + name + "\\s*=\\s*[\"']\\s*([\\d.]+)\\s*(px)?\\s*[\"']")
                .matcher(attributes);
        try {
            return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pictures of the content folder, by path from it: what a misspelt logo path is compared with. */
    private static List<String> pictures(Path contentDir) {
        try (Stream<Path> walk = Files.walk(contentDir, 6)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> contentDir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.contains("/."))
                    .filter(p -> p.contains(".")
                            && PICTURES.contains(
                                    p.substring(p.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)))
                    .limit(10_000)
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static Colour colour(YamlMapping yaml) {
        String key = yaml.has("colour") ? "colour" : "color";
        if (yaml.has("colour") && yaml.has("color")) {
            yaml.reportValue("color", "both 'colour' and 'color' are set", "keep one of them");
            return null;
        }
        if (!yaml.has(key)) {
            return null;
        }
        String text = yaml.text(key);
        if (text == null) {
            return null;
        }
        Optional<Colour> parsed = Colour.parse(text);
        if (parsed.isEmpty()) {
            yaml.reportValue(
                    key,
                    "'" + key + "' must be a colour such as \"#1d6b8f\", not '" + text + "'",
                    "write '#' and six hexadecimal digits in quotes (YAML takes the rest of a line after '#' as a"
                            + " comment): " + key + ": \"#1d6b8f\"");
            return null;
        }
        Colour colour = parsed.get();
        double withWhite = colour.contrastWith(Colour.WHITE);
        double withPanel = colour.contrastWith(PANEL);
        if (Math.min(withWhite, withPanel) < MIN_CONTRAST) {
            Colour better = colour.darkenedUntil(MIN_CONTRAST, PANEL).darkenedUntil(MIN_CONTRAST, Colour.WHITE);
            double betterRatio = Math.min(better.contrastWith(Colour.WHITE), better.contrastWith(PANEL));
            boolean panelWorse = withPanel < withWhite && withWhite >= MIN_CONTRAST;
            yaml.reportValue(
                    key,
                    "'" + key + "' " + colour.hex() + " has a contrast of "
                            + Colour.ratio(panelWorse ? withPanel : withWhite)
                            + (panelWorse
                                    ? " with the theme's pale boxes (" + PANEL.hex() + "), which links sit on"
                                    : " with white (the header's text is white, and links sit on a white page)")
                            + ": too faint to read; WCAG 2.2 asks for at least 4.5:1",
                    "try " + key + ": \"" + better.hex() + "\" (" + Colour.ratio(betterRatio)
                            + "), the same hue made darker");
            return null;
        }
        return colour;
    }

    private static List<Branding.HeaderLink> headerLinks(YamlMapping yaml) {
        List<Branding.HeaderLink> links = new ArrayList<>();
        for (YamlMapping item : yaml.mappingList("header_links", "links, each with 'title:' and 'url:'")) {
            item.rejectUnknownKeys(HEADER_LINK_KEYS, "a header link");
            item.requireKeys(List.of("title", "url"), "a header link");
            String title = item.has("title") ? item.text("title") : null;
            String url = item.has("url") ? item.text("url") : null;
            if (url == null) {
                continue;
            }
            String problem = urlProblem(url);
            if (problem != null) {
                item.reportValue(
                        "url",
                        "a header link's 'url' " + problem + ": '" + url + "'",
                        "write https://..., mailto:someone@example.org, tel:01130000000, or a page of the site (its"
                                + " Markdown file, e.g. contact.md)");
            } else if (title != null) {
                links.add(new Branding.HeaderLink(title, url, item.lineOf("url")));
            }
        }
        return List.copyOf(links);
    }

    /** What is wrong with a header link's address, or null when it is one a reader can follow safely. */
    private static String urlProblem(String url) {
        if (Governance.isPage(url)) {
            return null;
        }
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.matches()) {
            return "must be an address or a Markdown page of the site";
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "https", "http" -> url.matches("(?i)https?://[^\\s/]+\\S*") ? null : "is not a whole web address";
            case "mailto" -> url.matches("(?i)mailto:[^@\\s]+@[^@\\s]+\\S*") ? null : "is not an email address";
            case "tel" -> TEL.matcher(url).matches() ? null : "is not a telephone number (digits, spaces and '+')";
            default -> "uses '" + name + ":', which a header link may not (only https, http, mailto and tel)";
        };
    }
}

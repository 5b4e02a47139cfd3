package dev.pamphlet.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Maps request addresses to files of the built site, and never to anything outside it. Anything that could
 * climb out ({@code ..}, its encoded forms, encoded or back slashes, double slashes, NUL and control characters)
 * is refused before the file system is asked; what is left is checked again by its real path, so a symbolic link
 * inside the site cannot lead out of it either.
 */
final class SiteFiles {
    private static final String DEFAULT_TYPE = "application/octet-stream";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("mp3", "audio/mpeg"));

    /** What a request address leads to. */
    sealed interface Lookup {}

    /** A regular file inside the site, by its real path. */
    record Found(Path file) implements Lookup {}

    /** A folder asked for without its trailing slash: relative links only work from {@code folder/}. */
    record Redirect(String location) implements Lookup {}

    /** Not in the site: answered with the site's 404 page. */
    record Missing() implements Lookup {}

    /** An address that is never valid here, answered with this status and nothing from the disk. */
    record Refused(int status, String reason) implements Lookup {}

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Lookup resolve(URI uri) {
        String raw = uri.getRawPath();
        String scheme = uri.getScheme();
        // "http://host/path" is a valid request target; "//etc/passwd" parses as host "etc" and must not be.
        boolean absoluteForm = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        if (scheme != null && !absoluteForm
                || scheme == null && uri.getRawAuthority() != null
                || uri.isOpaque()
                || raw == null
                || !raw.startsWith("/")
                || raw.startsWith("//")) {
            return new Refused(400, "the address must be a path starting with a single '/'");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (raw.indexOf('\\') >= 0 || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return new Refused(400, "encoded slashes, backslashes and NUL are not allowed in addresses");
        }
        String path = decode(raw);
        if (path == null || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return new Refused(400, "the address is not valid percent-encoded UTF-8");
        }
        String[] segments = path.substring(1).split("/", -1);
        Path file = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                if (i == segments.length - 1) {
                    break;
                }
                return new Refused(400, "empty path segments ('//') are not allowed");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return new Refused(400, "'.' and '..' are not allowed in addresses");
            }
            if (segment.indexOf(':') >= 0) {
                return new Refused(400, "':' is not allowed in addresses");
            }
            if (segment.startsWith(".")) {
                return new Missing();
            }
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(root)) {
            return new Refused(400, "the address leads outside the site");
        }
        return lookup(file, path.endsWith("/"), raw, uri.getRawQuery());
    }

    private Lookup lookup(Path file, boolean folderAddress, String rawPath, String rawQuery) {
        try {
            if (!Files.exists(file)) {
                return new Missing();
            }
            Path realRoot = root.toRealPath();
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new Refused(403, "the file is a link to outside the site");
            }
            if (Files.isDirectory(real)) {
                if (!folderAddress) {
                    return new Redirect(rawPath + "/" + (rawQuery == null ? "" : "?" + rawQuery));
                }
                Path index = file.resolve("index.html");
                if (!Files.exists(index)) {
                    return new Missing();
                }
                real = index.toRealPath();
                if (!real.startsWith(realRoot)) {
                    return new Refused(403, "the file is a link to outside the site");
                }
            }
            return Files.isRegularFile(real) ? new Found(real) : new Missing();
        } catch (IOException e) {
            return new Missing();
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? DEFAULT_TYPE
                : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT_TYPE);
    }

    static boolean isHtml(Path file) {
        return contentType(file).startsWith("text/html");
    }

    /** Strict percent-decoding: '+' stays '+', and a malformed escape or invalid UTF-8 gives null. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

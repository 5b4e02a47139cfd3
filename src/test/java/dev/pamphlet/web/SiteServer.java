package dev.pamphlet.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pamphlet.serve.ConnectionLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site over HTTP on 127.0.0.1 at a free port, as a plain static web server would: under the path
 * its base_url gives (e.g. /restless-legs/), answering unknown addresses with the site's 404 page.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "xml",
            "application/xml; charset=utf-8",
            "txt",
            "text/plain; charset=utf-8",
            "png",
            "image/png",
            "svg",
            "image/svg+xml",
            "jpg",
            "image/jpeg",
            "gif",
            "image/gif",
            "webp",
            "image/webp");

    private final HttpServer server;
    private final String basePath;

    /** @param basePath the path the site lives at, percent-encoded, starting and ending with '/' */
    SiteServer(Path root, String basePath) throws IOException {
        this.basePath = basePath;
        // The JDK reads its connection limits once per process, when the first server is made: the preview's own
        // tests, which may run after this in the same process, need the preview's limits.
        ConnectionLimits.applyDefaults();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> serve(root, exchange));
        server.start();
    }

    /** The address of the site root, ending in '/'. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    private void serve(Path root, HttpExchange exchange) throws IOException {
        String requested = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
        String base = URLDecoder.decode(basePath, StandardCharsets.UTF_8); // "/my%20guide/" is "/my guide/"
        String path = requested.startsWith(base) ? requested.substring(base.length()) : null;
        if (path != null && (path.isEmpty() || path.endsWith("/"))) {
            path += "index.html";
        }
        Path file = path == null ? null : root.resolve(path).normalize();
        int status = 200;
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

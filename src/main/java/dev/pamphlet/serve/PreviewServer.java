package dev.pamphlet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the built site over HTTP for previewing: files from the output folder only, never cached, with a reload
 * script added to the HTML it sends (the files on disk stay exactly as {@code build} writes them), and the build's
 * errors instead of pages while the site is broken.
 */
final class PreviewServer implements AutoCloseable {
    static final String SCRIPT_PATH = "/__pamphlet/reload.js";
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);
    private static final int CORE_THREADS = 4;

    private final HttpServer http;
    private final ExecutorService pool;
    private final SiteFiles files;
    private final ReloadBroadcaster reloads;
    private final HostCheck hosts;
    private final byte[] script;
    private volatile Supplier<LiveSite.Status> status;

    /** Binds the address at once, so a busy port is reported before anything is built. */
    PreviewServer(InetSocketAddress address, Path site, ReloadBroadcaster reloads, HostCheck hosts) throws IOException {
        this.files = new SiteFiles(site);
        this.reloads = reloads;
        this.hosts = hosts;
        this.script = readScript();
        ConnectionLimits.applyDefaults();
        this.http = HttpServer.create(address, 128);
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "pamphlet-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // A thread for every task that arrives: a task holds its thread while it waits for a slow client's headers,
        // or for as long as an event stream stays open, so any fixed number of threads could all be waiting while
        // a page request is turned away. The threads are bounded by the connections the server accepts
        // (ConnectionLimits), and the slow and idle ones are closed after a few seconds.
        this.pool = new ThreadPoolExecutor(
                CORE_THREADS, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
        http.setExecutor(pool);
        http.createContext("/", this::handle);
    }

    InetSocketAddress address() {
        return http.getAddress();
    }

    void start(Supplier<LiveSite.Status> siteStatus) {
        this.status = siteStatus;
        http.start();
    }

    private void handle(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        String method = exchange.getRequestMethod();
        if (!allowed(exchange)) {
            refuseHost(exchange);
            return;
        }
        if (ReloadBroadcaster.EVENTS_PATH.equals(uri.getRawPath()) && method.equals("GET")) {
            reloads.stream(exchange, queryValue(uri.getRawQuery(), "v"));
            return;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Only GET and HEAD are supported.");
                return;
            }
            if (SCRIPT_PATH.equals(uri.getRawPath())) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            SiteFiles.Lookup lookup = files.resolve(uri);
            if (lookup instanceof SiteFiles.Refused refused) {
                sendText(exchange, refused.status(), "Refused: " + refused.reason() + ".");
            } else if (lookup instanceof SiteFiles.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                sendText(exchange, 301, "Moved to " + redirect.location());
            } else if (lookup instanceof SiteFiles.Found found) {
                sendFile(exchange, found.file());
            } else {
                sendNotFound(exchange);
            }
        } catch (IOException e) {
            // The browser went away mid-response: nothing to do.
        }
    }

    /** The Host header, and the host of an absolute address ({@code GET http://host/}) if given, name the preview. */
    private boolean allowed(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        return hosts.allows(exchange.getRequestHeaders().get("Host"))
                && (uri.getScheme() == null
                        || uri.getRawAuthority() == null
                        || hosts.allowsHost(uri.getRawAuthority()));
    }

    /** A short page that says why, and how to allow the name; safe to show because the name is checked. */
    private static void refuseHost(HttpExchange exchange) {
        String name = HostCheck.shown(exchange.getRequestHeaders().getFirst("Host"));
        String which = name == null ? "the name in this request" : "the name '" + name + "'";
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            sendText(
                    exchange,
                    403,
                    "Refused: this preview answers only to localhost and IP addresses (such as 127.0.0.1), not to "
                            + which + ": a web page elsewhere could use such a name to read the preview.\n"
                            + "If you open the preview by this name yourself, start pamphlet serve with --allowed-host "
                            + (name == null ? "NAME" : name) + ".");
        } catch (IOException e) {
            // The client went away: nothing to do.
        }
    }

    private void sendFile(HttpExchange exchange, Path file) throws IOException {
        LiveSite.Status current = status.get();
        boolean html = SiteFiles.isHtml(file);
        if (html && current.failed()) {
            sendPage(exchange, 500, ErrorPage.html(current, scriptTag(current)));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // Removed by a rebuild since it was looked up.
            sendNotFound(exchange);
            return;
        }
        if (html) {
            sendPage(exchange, 200, withScript(new String(bytes, StandardCharsets.UTF_8), scriptTag(current)));
        } else {
            send(exchange, 200, SiteFiles.contentType(file), bytes);
        }
    }

    /** The site's own 404 page, with status 404; plain text if the site has none. */
    private void sendNotFound(HttpExchange exchange) throws IOException {
        LiveSite.Status current = status.get();
        if (current.failed()) {
            sendPage(exchange, 500, ErrorPage.html(current, scriptTag(current)));
            return;
        }
        Path page = files.root().resolve("404.html");
        try {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            sendPage(exchange, 404, withScript(html, scriptTag(current)));
        } catch (IOException e) {
            sendText(exchange, 404, "Not found.");
        }
    }

    private static String scriptTag(LiveSite.Status status) {
        return "<script src=\"" + SCRIPT_PATH + "?v=" + status.version() + "\" defer></script>";
    }

    /** Adds the reload script before {@code </head>} (or {@code </body>}, or at the end). */
    static String withScript(String html, String tag) {
        for (Pattern end : new Pattern[] {HEAD_END, BODY_END}) {
            Matcher m = end.matcher(html);
            if (m.find()) {
                return html.substring(0, m.start()) + tag + "\n" + html.substring(m.start());
            }
        }
        return html + tag + "\n";
    }

    private static void sendPage(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static String queryValue(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return SiteFiles.decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static byte[] readScript() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IllegalStateException("reload.js is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        reloads.close();
        http.stop(0);
        pool.shutdownNow();
    }
}

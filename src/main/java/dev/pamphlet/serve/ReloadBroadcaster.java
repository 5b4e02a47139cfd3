package dev.pamphlet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages to reload, over Server-Sent Events. Each page's script names the site version it was served
 * with; a page that connects after a rebuild it missed is told to reload at once, so no change is lost between
 * loading a page and listening for changes.
 */
final class ReloadBroadcaster implements AutoCloseable {
    static final String EVENTS_PATH = "/__pamphlet/events";
    private static final String STOP = "\0stop";
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final Set<BlockingQueue<String>> listeners = ConcurrentHashMap.newKeySet();
    private volatile String version = "";
    private volatile boolean closed;

    /** Publishes a new site version: every listening page reloads. */
    void reload(String newVersion) {
        version = newVersion;
        listeners.forEach(q -> q.offer(newVersion));
    }

    /**
     * Serves one event stream for as long as the page stays open. Holds a server thread while it does: the server
     * runs on a growing pool, so listening pages never keep other requests waiting.
     */
    void stream(HttpExchange exchange, String seenVersion) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            send(body, "retry: 1000\n\n");
            String current = version;
            if (seenVersion != null && !seenVersion.equals(current)) {
                send(body, event(current));
            }
            while (!closed) {
                String next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    send(body, ": keep-alive\n\n");
                } else if (next.equals(STOP)) {
                    break;
                } else {
                    send(body, event(next));
                }
            }
        } catch (IOException e) {
            // The page was closed or reloaded: nothing to tell it any more.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(queue);
        }
    }

    private static String event(String version) {
        return "event: reload\ndata: " + version + "\n\n";
    }

    private static void send(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    @Override
    public void close() {
        closed = true;
        listeners.forEach(q -> q.offer(STOP));
    }
}

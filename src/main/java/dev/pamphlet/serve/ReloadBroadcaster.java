package dev.pamphlet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages to reload, over Server-Sent Events. Each page's script names the site version it was served
 * with; a page that connects after a rebuild it missed is told to reload at once, so no change is lost between
 * loading a page and listening for changes.
 *
 * <p>Each open stream holds a server thread, so their number is capped: a stream over the cap closes the oldest,
 * whose page (if it is still open) reconnects by itself and, naming its version, misses nothing. A heartbeat
 * written to every stream finds the ones whose page went away without a word.
 */
final class ReloadBroadcaster implements AutoCloseable {
    static final String EVENTS_PATH = "/__pamphlet/events";
    /** Far more tabs than anyone keeps open on a preview. */
    static final int MAX_STREAMS = 64;

    private static final String STOP = "\0stop";
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final int maxStreams;
    private final long heartbeatMillis;
    /** The open streams' queues, oldest first. */
    private final Deque<BlockingQueue<String>> listeners = new ArrayDeque<>();

    private volatile String version = "";
    private volatile boolean closed;

    ReloadBroadcaster() {
        this(MAX_STREAMS, HEARTBEAT);
    }

    /** For tests: a smaller cap, a quicker heartbeat. */
    ReloadBroadcaster(int maxStreams, Duration heartbeat) {
        this.maxStreams = maxStreams;
        this.heartbeatMillis = heartbeat.toMillis();
    }

    /** Publishes a new site version: every listening page reloads. */
    void reload(String newVersion) {
        version = newVersion;
        synchronized (listeners) {
            listeners.forEach(q -> q.offer(newVersion));
        }
    }

    /** How many streams are open. */
    int open() {
        synchronized (listeners) {
            return listeners.size();
        }
    }

    /** Serves one event stream until its page goes away, the stream is pushed out by newer ones, or the end. */
    void stream(HttpExchange exchange, String seenVersion) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listen(queue);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            // A stream that ends frees its connection too: the page reconnects on a new one.
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            send(body, "retry: 1000\n\n");
            String current = version;
            if (seenVersion != null && !seenVersion.equals(current)) {
                send(body, event(current));
            }
            while (!closed) {
                String next = queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
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
            synchronized (listeners) {
                listeners.remove(queue);
            }
        }
    }

    /** Adds a stream, closing the oldest if there are too many. */
    private void listen(BlockingQueue<String> queue) {
        synchronized (listeners) {
            while (listeners.size() >= maxStreams) {
                listeners.removeFirst().offer(STOP);
            }
            listeners.addLast(queue);
            if (closed) {
                queue.offer(STOP);
            }
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
        synchronized (listeners) {
            listeners.forEach(q -> q.offer(STOP));
        }
    }
}

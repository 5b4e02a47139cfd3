package dev.pamphlet.serve;

import java.util.Map;

/**
 * How long the JDK's HTTP server waits for slow and idle connections, and how many it keeps. The server reads
 * these system properties once, when its first instance is made, and has no other way to set them; its defaults
 * wait for ever, so a few hundred connections that never finish their headers would starve the preview. A value
 * the user set with {@code -D} is kept. There is no limit on how long a response takes
 * ({@code sun.net.httpserver.maxRspTime}): the reload event stream is a response that lasts as long as its page.
 */
public final class ConnectionLimits {
    /** Headers not finished this many seconds after the first byte (or no byte at all) close the connection. */
    static final long REQUEST_SECONDS = 5;
    /** A keep-alive connection idle this many seconds is closed; browsers open a new one when they need it. */
    static final long IDLE_SECONDS = 10;
    /**
     * Every connection holds at most one server thread, so this also bounds the threads. Well above what a few
     * browsers open (six per page and one event stream per tab), well below the file descriptors a JVM gets.
     */
    static final int MAX_CONNECTIONS = 1000;

    private static final Map<String, String> DEFAULTS = Map.of(
            "sun.net.httpserver.maxReqTime", Long.toString(REQUEST_SECONDS),
            "sun.net.httpserver.idleInterval", Long.toString(IDLE_SECONDS),
            // How often idle connections are looked for (10 s by default): a tenth of a timeout late at most.
            "sun.net.httpserver.clockTick", "1000",
            "jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));

    private ConnectionLimits() {}

    /**
     * Sets each limit the user has not set; only the first call in a process before any server has effect, so
     * anything else in the same process that makes a server of the JDK's first calls this too.
     */
    public static void applyDefaults() {
        DEFAULTS.forEach(System.getProperties()::putIfAbsent);
    }
}

package dev.pamphlet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server over real sockets on loopback: it answers only requests addressed to itself, and connections
 * that are slow, idle or kept open by event streams never keep it from answering a page.
 */
@Timeout(60)
class PreviewGuardTest {
    private static final String PAGE =
            "<!DOCTYPE html><html><head><title>Home</title></head><body>Welcome</body></html>";

    @TempDir
    Path dir;

    private final List<Socket> sockets = new ArrayList<>();
    private ReloadBroadcaster reloads;
    private PreviewServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("index.html"), PAGE);
        start(new ReloadBroadcaster());
    }

    private void start(ReloadBroadcaster broadcaster) throws IOException {
        if (server != null) {
            server.close();
        }
        reloads = broadcaster;
        server = new PreviewServer(
                new InetSocketAddress("127.0.0.1", 0), dir, reloads, new HostCheck(List.of("preview.example")));
        server.start(() -> new LiveSite.Status("v1", List.of()));
        port = server.address().getPort();
    }

    @AfterEach
    void stop() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // Already gone.
            }
        }
        server.close();
    }

    @Test
    void aRequestAddressedToAnotherNameIsRefusedWithAHint() throws IOException {
        Response page = get("/", "evil.example:" + port);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.text())
                .containsIgnoringCase("Content-Type: text/plain")
                .contains("not to the name 'evil.example'")
                .contains("--allowed-host evil.example")
                .doesNotContain("Welcome");
        assertThat(get("/__pamphlet/events", "evil.example:" + port).status())
                .as("the reload stream")
                .isEqualTo(403);
        assertThat(get("/__pamphlet/reload.js", "evil.example").status()).isEqualTo(403);
        assertThat(get("/no-such-page.html", "evil.example").status())
                .as("error pages too")
                .isEqualTo(403);
        for (String host : List.of(
                "localhost.evil.example",
                "127.0.0.1.nip.io",
                "sub.preview.example",
                "localhost:8080:8080",
                "::1",
                "evil.example:http")) {
            assertThat(get("/", host).status()).as(host).isEqualTo(403);
        }
        Response twoHosts = send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n");
        assertThat(twoHosts.status()).as("two Host headers").isEqualTo(403);
        Response absolute = send("GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        assertThat(absolute.status())
                .as("an absolute address naming another host")
                .isEqualTo(403);
        assertThat(get("/", "<script>evil</script>").text())
                .as("a strange name is not repeated")
                .doesNotContain("<script>")
                .contains("--allowed-host NAME");
    }

    @Test
    void localhostAndAddressesAreAnswered() throws IOException {
        for (String host : List.of(
                "localhost:" + port,
                "LocalHost",
                "localhost.",
                "docs.localhost:" + port,
                "127.0.0.1:" + port,
                "127.0.0.2",
                "[::1]:" + port,
                "[::1]",
                "192.168.1.5:" + port,
                "preview.example:" + port,
                "Preview.Example.")) {
            Response page = get("/", host);
            assertThat(page.status()).as(host).isEqualTo(200);
            assertThat(page.text()).as(host).contains("Welcome");
        }
        assertThat(get("/__pamphlet/reload.js", "localhost:" + port).status()).isEqualTo(200);
        assertThat(send("GET / HTTP/1.0\r\n").status())
                .as("HTTP/1.0 without a Host")
                .isEqualTo(200);
    }

    @Test
    void slowIdleAndListeningConnectionsDoNotKeepAPageFromBeingAnswered() throws Exception {
        List<Socket> idle = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Socket socket = connect();
            if (i % 2 == 1) {
                write(socket, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "); // never finished
            }
            idle.add(socket);
        }
        List<Socket> streams = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Socket stream = connect();
            write(stream, "GET /__pamphlet/events?v=v1 HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n");
            assertThat(readUntil(stream, "retry: 1000"))
                    .as("stream " + i + " opens")
                    .isTrue();
            streams.add(stream);
        }

        Response page = get("/", "127.0.0.1:" + port);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Welcome");

        int cap = ReloadBroadcaster.MAX_STREAMS;
        assertThat(reloads.open()).isEqualTo(cap);
        for (Socket old : streams.subList(0, streams.size() - cap)) {
            assertThat(endsWithin(old, Duration.ofSeconds(10)))
                    .as("a stream over the cap is closed")
                    .isTrue();
        }
        for (Socket recent : streams.subList(streams.size() - cap, streams.size())) {
            assertThat(endsWithin(recent, Duration.ofMillis(20)))
                    .as("the newest streams stay open")
                    .isFalse();
        }
        Duration patience = Duration.ofSeconds(ConnectionLimits.REQUEST_SECONDS + 5);
        for (Socket socket : idle) {
            assertThat(endsWithin(socket, patience))
                    .as("a connection that never finishes its headers is closed")
                    .isTrue();
        }
        assertThat(get("/", "localhost").status()).isEqualTo(200);
    }

    @Test
    void aStreamWhosePageWentAwayIsNoticedByTheHeartbeat() throws Exception {
        start(new ReloadBroadcaster(ReloadBroadcaster.MAX_STREAMS, Duration.ofMillis(100)));
        List<Socket> streams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Socket stream = connect();
            write(stream, "GET /__pamphlet/events HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(readUntil(stream, ": keep-alive")).isTrue();
            streams.add(stream);
        }
        assertThat(reloads.open()).isEqualTo(3);
        for (Socket stream : streams) {
            stream.close();
        }
        eventually(() -> reloads.open() == 0);
    }

    @Test
    void onlyPlainNamesCanBeAllowed() {
        assertThat(HostCheck.problem("preview.example.org")).isNull();
        assertThat(HostCheck.problem("my-laptop")).isNull();
        assertThat(HostCheck.problem("preview.example.org:8080")).contains("give the name alone");
        assertThat(HostCheck.problem("http://preview.example.org")).isNotNull();
        assertThat(HostCheck.problem("*.example.org")).isNotNull();
        assertThat(HostCheck.problem("")).isNotNull();
    }

    // --- helpers ---

    record Response(int status, String text) {}

    private Response get(String path, String host) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    }

    /** Sends the request line and headers as written, closing the connection after the answer. */
    private Response send(String head) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            write(socket, head + "Connection: close\r\n\r\n");
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new Response(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0, text);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads until {@code text} has arrived; false if the stream ends first. */
    private static boolean readUntil(Socket socket, String text) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        StringBuilder seen = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            seen.append((char) c);
            if (seen.indexOf(text) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the server closes the connection within {@code time}, reading whatever it still sends. */
    private static boolean endsWithin(Socket socket, Duration time) throws IOException {
        long end = System.nanoTime() + time.toNanos();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            while (true) {
                long left = Math.max(1, (end - System.nanoTime()) / 1_000_000);
                socket.setSoTimeout((int) left);
                if (in.read(buffer) == -1) {
                    return true;
                }
                if (System.nanoTime() > end) {
                    return false;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server: closed too
        }
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out");
            }
            Thread.sleep(20);
        }
    }
}

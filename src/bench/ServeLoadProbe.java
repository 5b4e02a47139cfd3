import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Probes a running {@code pamphlet serve} under slow, idle and listening connections: opens 300 sockets that send
 * nothing or half a header and 250 reload streams, times plain page requests while they are open, counts the
 * server's file descriptors before and after, and fires 2,000 requests, 100 at a time.
 *
 * <pre>
 * target/pamphlet serve --port 8181 &
 * java src/bench/ServeLoadProbe.java 8181 SERVER_PID
 * </pre>
 */
public final class ServeLoadProbe {
    private static int port;

    public static void main(String[] args) throws Exception {
        port = Integer.parseInt(args[0]);
        String pid = args[1];
        System.out.println("fds before: " + fds(pid));
        System.out.println(
                "foreign Host: " + status("evil.example:" + port) + ", localhost: " + status("localhost:" + port));

        List<Socket> open = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Socket s = connect();
            if (i % 2 == 1) {
                write(s, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            }
            open.add(s);
        }
        for (int i = 0; i < 250; i++) {
            Socket s = connect();
            write(s, "GET /__pamphlet/events HTTP/1.1\r\nHost: localhost\r\n\r\n");
            open.add(s);
        }
        Thread.sleep(500);
        System.out.println("fds under load: " + fds(pid));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long start = System.nanoTime();
            int status = status("127.0.0.1:" + port);
            times.add((System.nanoTime() - start) / 1_000);
            if (status != 200) {
                System.out.println("request " + i + " answered " + status);
            }
        }
        Collections.sort(times);
        System.out.println("GET / under load: median " + times.get(times.size() / 2) + " us, max "
                + times.get(times.size() - 1) + " us (9 requests)");
        long streamsLeft = open.subList(300, 550).stream()
                .filter(ServeLoadProbe::stillOpen)
                .count();
        System.out.println("reload streams still open: " + streamsLeft + " of 250");

        long start = System.nanoTime();
        Thread.sleep(7_000);
        long idleLeft =
                open.subList(0, 300).stream().filter(ServeLoadProbe::stillOpen).count();
        System.out.println("idle or half-header sockets still open after 7 s: " + idleLeft + " of 300");
        for (Socket s : open) {
            s.close();
        }
        Thread.sleep(1_000);
        System.out.println("fds after the sockets closed: " + fds(pid));

        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Future<Integer>> answers = new ArrayList<>();
        start = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            answers.add(pool.submit(() -> status("127.0.0.1:" + port)));
        }
        int failed = 0;
        for (Future<Integer> answer : answers) {
            try {
                if (answer.get() != 200) {
                    failed++;
                }
            } catch (Exception e) {
                failed++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        System.out.println("2000 requests, 100 at a time: " + failed + " failed, " + millis + " ms");
        Thread.sleep(12_000);
        System.out.println("fds 12 s later: " + fds(pid));
    }

    private static long fds(String pid) throws IOException {
        try (var files = Files.list(Path.of("/proc", pid, "fd"))) {
            return files.count();
        }
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Whether the server has not closed the socket: reads what is there, waiting a moment for more. */
    private static boolean stillOpen(Socket s) {
        try {
            s.setSoTimeout(5);
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                if (in.read(buffer) == -1) {
                    return false;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int status(String host) throws IOException {
        try (Socket s = connect()) {
            s.setSoTimeout(10_000);
            write(s, "GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] line = text.split("\r\n", 2)[0].split(" ");
            return line.length > 1 ? Integer.parseInt(line[1]) : 0;
        }
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the edit-to-reload time of {@code pamphlet serve}: starts the built jar on a free port against a content
 * folder, listens on the reload event stream as a browser tab does, then edits one article again and again (a
 * distinct word each time) and times each edit from the moment the file is written to the moment the reload event
 * arrives, checking that the word is in the built page by then.
 *
 * <pre>
 * mvn -q package -DskipTests
 * java src/bench/ServeBench.java CONTENT_DIR [EDITS] [WARM_UP_EDITS] [--browser] [--jar JAR]
 * </pre>
 *
 * With {@code --browser} the page is open in headless Chromium as well (driven through {@code chromedriver}'s
 * HTTP API, which must be on the PATH with {@code chromium}), and each edit is also timed as a reader sees it:
 * from the moment the file is written to the load event of the reloaded page that has the new word in its DOM
 * (the browser's own clock, {@code performance.timeOrigin} plus the navigation's {@code loadEventEnd}), or, for a
 * page the preview updates in place, to the first frame after its {@code pamphlet:updated} event.
 *
 * Run it from the project folder (it uses target/pamphlet.jar and templates/). The content folder is edited in
 * place and restored at the end; the site is built into a temporary folder.
 */
public final class ServeBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java src/bench/ServeBench.java CONTENT_DIR [EDITS] [WARM_UP_EDITS]");
            System.exit(2);
        }
        List<String> positional = new ArrayList<>();
        boolean useBrowser = false;
        String jar = "target/pamphlet.jar";
        for (int a = 0; a < args.length; a++) {
            if (args[a].equals("--browser")) {
                useBrowser = true;
            } else if (args[a].equals("--jar")) {
                jar = args[++a];
            } else {
                positional.add(args[a]);
            }
        }
        Path content = Path.of(positional.get(0)).toAbsolutePath();
        int edits = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 20;
        int warmUp = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 5;
        Path article = pickArticle(content);
        Path output = Files.createTempDirectory("pamphlet-bench-preview");
        Files.delete(output);
        Path page = output.resolve(content.relativize(article).toString().replaceAll("\\.md$", ".html"));
        String original = Files.readString(article);

        Process serve = new ProcessBuilder(
                        "java",
                        "-jar",
                        jar,
                        "serve",
                        "--content",
                        content.toString(),
                        "--output",
                        output.toString(),
                        "--port",
                        "0")
                .redirectError(
                        System.getenv("SERVE_BENCH_ERR") != null
                                ? ProcessBuilder.Redirect.INHERIT
                                : ProcessBuilder.Redirect.DISCARD)
                .start();
        Browser browser = null;
        try {
            BlockingQueue<String> rebuilds = new LinkedBlockingQueue<>();
            URI address = awaitAddress(serve, rebuilds);
            if (useBrowser) {
                browser = Browser.start();
                browser.open(address.resolve("/"
                        + content.relativize(article)
                                .toString()
                                .replace('\\', '/')
                                .replaceAll("\\.md$", ".html")));
            }
            HttpClient client = HttpClient.newHttpClient();
            BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
            BlockingQueue<String> opened = new LinkedBlockingQueue<>();
            client.sendAsync(
                            HttpRequest.newBuilder(address.resolve("/__pamphlet/events"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().forEach(line -> {
                        if (line.startsWith("retry:")) {
                            opened.add(line);
                        } else if (line.equals("event: reload")) {
                            reloads.add(System.nanoTime());
                        }
                    }));
            if (opened.poll(30, TimeUnit.SECONDS) == null) {
                throw new IllegalStateException("the event stream did not open");
            }
            System.out.println("Editing " + article + " on " + address + " (" + warmUp + " warm-up edits, then " + edits
                    + " timed)");
            List<Double> millis = new ArrayList<>();
            List<Double> loadMillis = new ArrayList<>();
            List<Double> buildMillis = new ArrayList<>();
            int early = 0;
            String run = Long.toString(System.nanoTime(), 36);
            for (int i = 0; i < warmUp + edits; i++) {
                String word = "benchword" + run + "x" + i;
                reloads.clear();
                rebuilds.clear();
                if (browser != null) {
                    browser.watchUpdates();
                }
                long written = System.nanoTime();
                double writtenEpoch = epochMillis();
                Files.writeString(article, original + "\nThis sentence carries the word " + word + ".\n");
                // The time that counts is until the reload after which the page shows the edit. A reload before
                // that (the watcher caught the file half-written) is counted, not timed.
                Long reloaded = null;
                while (reloaded == null) {
                    Long event = reloads.poll(120, TimeUnit.SECONDS);
                    if (event == null) {
                        throw new IllegalStateException(
                                "no reload event showing edit " + i + "; serve said: " + rebuilds);
                    }
                    if (Files.readString(page).contains(word)) {
                        reloaded = event;
                    } else if (i >= warmUp) {
                        early++;
                    }
                }
                Double loaded = browser == null ? null : browser.loadedWith(word, writtenEpoch);
                Thread.sleep(150);
                if (i >= warmUp) {
                    millis.add((reloaded - written) / 1e6);
                    if (loaded != null) {
                        loadMillis.add(loaded);
                    }
                    List<String> lines = new ArrayList<>();
                    rebuilds.drainTo(lines);
                    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                    if (last.endsWith(" ms")) {
                        String[] words = last.split(" ");
                        buildMillis.add(Double.parseDouble(words[words.length - 2]));
                    }
                }
            }
            Collections.sort(millis);
            System.out.printf(
                    "edit to reload event over %d edits: median %.1f ms, p90 %.1f ms, min %.1f ms," + " max %.1f ms%n",
                    millis.size(),
                    percentile(millis, 50),
                    percentile(millis, 90),
                    millis.get(0),
                    millis.get(millis.size() - 1));
            if (!loadMillis.isEmpty()) {
                List<Double> sorted = new ArrayList<>(loadMillis);
                Collections.sort(sorted);
                System.out.printf(
                        "edit to reloaded page loaded in Chromium, new word in the DOM, over %d edits: median %.1f ms,"
                                + " p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                        sorted.size(),
                        percentile(sorted, 50),
                        percentile(sorted, 90),
                        sorted.get(0),
                        sorted.get(sorted.size() - 1));
                System.out.println("each edit, in order (ms): "
                        + loadMillis.stream()
                                .map(m -> String.format(java.util.Locale.ROOT, "%.0f", m))
                                .collect(java.util.stream.Collectors.joining(" ")));
            }
            if (early > 0) {
                System.out.println(early + " reload event(s) came before the edit was complete");
            }
            if (!buildMillis.isEmpty()) {
                Collections.sort(buildMillis);
                System.out.printf(
                        "of which the rebuild itself (as serve reports it): median %.0f ms, p90 %.0f ms%n",
                        percentile(buildMillis, 50), percentile(buildMillis, 90));
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
            Files.writeString(article, original);
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
            deleteTree(output);
        }
    }

    /** The first article by name, so runs on the same corpus edit the same file. */
    private static Path pickArticle(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".md")
                            && !p.getFileName().toString().equals("index.md"))
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no article in " + content));
        }
    }

    /** Reads serve's output until it is serving; later lines (one per rebuild) go to {@code rebuilds}. */
    private static URI awaitAddress(Process serve, BlockingQueue<String> rebuilds) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            System.out.println("serve: " + line);
            if (line.startsWith("Serving ")) {
                URI address = URI.create(line.split(" ")[1]);
                Thread drain = new Thread(() -> {
                    try {
                        for (String next = out.readLine(); next != null; next = out.readLine()) {
                            rebuilds.add(next);
                        }
                    } catch (IOException e) {
                        // serve was stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return address;
            }
        }
        throw new IllegalStateException("serve stopped before it was serving");
    }

    /** Now, in milliseconds since 1970 with a fraction: the clock the browser's {@code performance} API shares. */
    private static double epochMillis() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
    }

    /** Headless Chromium through chromedriver's HTTP API (W3C WebDriver), with the JDK's HTTP client. */
    static final class Browser implements AutoCloseable {
        private final Process driver;
        private final URI base;
        private final HttpClient http = HttpClient.newHttpClient();
        private String session;

        private Browser(Process driver, URI base) {
            this.driver = driver;
            this.base = base;
        }

        static Browser start() throws Exception {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process driver = new ProcessBuilder("chromedriver", "--port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Browser browser = new Browser(driver, URI.create("http://127.0.0.1:" + port));
            for (int tries = 0; ; tries++) {
                try {
                    browser.call("GET", "/status", null);
                    break;
                } catch (IOException e) {
                    if (tries > 100) {
                        throw e;
                    }
                    Thread.sleep(100);
                }
            }
            String created = browser.call(
                    "POST",
                    "/session",
                    "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":"
                            + "{\"binary\":\"/usr/bin/chromium\",\"args\":[\"--headless=new\",\"--no-sandbox\","
                            + "\"--disable-gpu\",\"--disable-dev-shm-usage\"]}}}}");
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(created);
            if (!id.find()) {
                throw new IllegalStateException("chromedriver did not start a session: " + created);
            }
            browser.session = id.group(1);
            return browser;
        }

        void open(URI page) throws Exception {
            call("POST", "/session/" + session + "/url", "{\"url\":\"" + page + "\"}");
        }

        /** Before an edit: notes, in the open page, when the preview next updates it in place. */
        void watchUpdates() throws Exception {
            String script = "if (!window.__bench) { window.__bench = true;"
                    + " document.addEventListener('pamphlet:updated', function () {"
                    + " requestAnimationFrame(function () {"
                    + " window.__benchShown = performance.timeOrigin + performance.now(); }); }); }";
            call(
                    "POST",
                    "/session/" + session + "/execute/sync",
                    "{\"script\":\"" + script.replace("\"", "\\\"") + "\",\"args\":[]}");
        }

        /**
         * Waits for the reloaded page that shows {@code word} to have loaded; the milliseconds from
         * {@code sinceEpoch} to its load event, by the browser's clock.
         */
        Double loadedWith(String word, double sinceEpoch) throws Exception {
            // A page updated in place (no navigation) is timed at the first frame after its 'pamphlet:updated'
            // event (see watchUpdates), when the new text is painted; a reloaded page at its load event.
            String script = "var has = document.body && document.body.textContent.indexOf('" + word + "') >= 0;"
                    + " if (has && window.__benchShown > " + sinceEpoch + ") { return String(window.__benchShown); }"
                    + " var n = performance.getEntriesByType('navigation')[0];"
                    + " return document.readyState === 'complete' && n && n.loadEventEnd > 0 && has"
                    + " && performance.timeOrigin + n.loadEventEnd > " + sinceEpoch
                    + " ? String(performance.timeOrigin + n.loadEventEnd) : null;";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                String answer;
                try {
                    answer = call(
                            "POST",
                            "/session/" + session + "/execute/sync",
                            "{\"script\":\"" + script.replace("\"", "\\\"") + "\",\"args\":[]}");
                } catch (IllegalStateException e) {
                    answer = ""; // the page was being replaced while asked
                }
                java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"value\"\\s*:\\s*\"([0-9.]+)\"")
                        .matcher(answer);
                if (value.find()) {
                    return Double.parseDouble(value.group(1)) - sinceEpoch;
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("the browser never showed " + word);
        }

        private String call(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
            request = request.method(
                    method,
                    json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.body());
            }
            return response.body();
        }

        @Override
        public void close() throws Exception {
            if (session != null) {
                try {
                    call("DELETE", "/session/" + session, null);
                } catch (IOException | RuntimeException e) {
                    // the browser is going anyway
                }
            }
            driver.destroy();
            driver.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Collections.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

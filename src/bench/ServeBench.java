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
 * java src/bench/ServeBench.java CONTENT_DIR [EDITS] [WARM_UP_EDITS]
 * </pre>
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
        Path content = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path article = pickArticle(content);
        Path output = Files.createTempDirectory("pamphlet-bench-preview");
        Files.delete(output);
        Path page = output.resolve(content.relativize(article).toString().replaceAll("\\.md$", ".html"));
        String original = Files.readString(article);

        Process serve = new ProcessBuilder(
                        "java",
                        "-jar",
                        "target/pamphlet.jar",
                        "serve",
                        "--content",
                        content.toString(),
                        "--output",
                        output.toString(),
                        "--port",
                        "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BlockingQueue<String> rebuilds = new LinkedBlockingQueue<>();
            URI address = awaitAddress(serve, rebuilds);
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
            List<Double> buildMillis = new ArrayList<>();
            int early = 0;
            String run = Long.toString(System.nanoTime(), 36);
            for (int i = 0; i < warmUp + edits; i++) {
                String word = "benchword" + run + "x" + i;
                reloads.clear();
                rebuilds.clear();
                long written = System.nanoTime();
                Files.writeString(article, original + "\nThis sentence carries the word " + word + ".\n");
                // The time that counts is until the reload after which the page shows the edit. A reload before
                // that (the watcher caught the file half-written) is counted, not timed.
                Long reloaded = null;
                while (reloaded == null) {
                    Long event = reloads.poll(30, TimeUnit.SECONDS);
                    if (event == null) {
                        throw new IllegalStateException("no reload event showing edit " + i);
                    }
                    if (Files.readString(page).contains(word)) {
                        reloaded = event;
                    } else if (i >= warmUp) {
                        early++;
                    }
                }
                Thread.sleep(150);
                if (i >= warmUp) {
                    millis.add((reloaded - written) / 1e6);
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

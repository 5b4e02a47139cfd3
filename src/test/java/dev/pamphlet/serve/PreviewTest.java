package dev.pamphlet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.BuildOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a real preview on a free port against a copy of a fixture site, and uses it as a browser and an editor
 * would.
 */
@Timeout(60)
class PreviewTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private Path output;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Preview preview;

    @BeforeEach
    void start() throws IOException {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        templates = SiteFixtures.copy(SiteFixtures.TEMPLATES, dir.resolve("templates"));
        output = dir.resolve("preview");
        BuildOptions options = new BuildOptions(content, templates, output, null, false, SiteFixtures.TODAY, true);
        preview = Preview.start(
                options,
                new InetSocketAddress("127.0.0.1", 0),
                false,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void listensOnLoopbackOnlyByDefaultAndServesTheBuiltSite() throws Exception {
        assertThat(preview.address().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(home.body()).contains("This guide helps you plan a visit");
        assertThat(out.toString()).contains("built " + output + ": 3 pages rendered");
    }

    @Test
    void servedHtmlLoadsTheReloadScriptButBuiltFilesDoNot() throws Exception {
        Document served = Jsoup.parse(get("/opening-hours.html").body());
        List<Element> reload = served.select("script[src^=/__pamphlet/reload.js?v=]");
        assertThat(reload).hasSize(1);
        assertThat(reload.get(0).data())
                .as("no inline script: the Content-Security-Policy forbids them")
                .isEmpty();
        assertThat(served.select("script:not([src]):not([type=application/ld+json])"))
                .isEmpty();

        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                        .as(file.toString())
                        .doesNotContain("__pamphlet");
            }
        }
        HttpResponse<String> script = get("/__pamphlet/reload.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource(\"/__pamphlet/events");
    }

    @Test
    void anEditInPlaceIsServedAndOpenPagesAreToldToReload() throws Exception {
        BlockingQueue<String> events = listen();
        replace(content.resolve("opening-hours.md"), "The practice is closed", "The surgery is shut");

        awaitServed("/opening-hours.html", "The surgery is shut");
        assertThat(Files.readString(output.resolve("opening-hours.html"))).contains("The surgery is shut");
        awaitEvent(events, "event: reload");
        eventually(
                () -> out.toString().contains("content/opening-hours.md changed: 1 page re-rendered"),
                () -> "one line per rebuild naming the file and the pages re-rendered:\n" + out);
    }

    @Test
    void aPageIsToldToReloadOnlyWhenTheSiteChangesAfterItWasServed() throws Exception {
        String served =
                Jsoup.parse(get("/").body()).select("script[src^=/__pamphlet/]").attr("src");
        String version = served.substring(served.indexOf("?v=") + 3);
        BlockingQueue<String> events = listen("?v=" + version);
        replace(content.resolve("index.md"), "plan a visit", "plan your visit");
        awaitEvent(events, "event: reload");
        String data = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        String now =
                Jsoup.parse(get("/").body()).select("script[src^=/__pamphlet/]").attr("src");
        assertThat(data)
                .as("the first event is the edit's, not a stale version")
                .isNotEqualTo("data: " + version)
                .isEqualTo("data: " + now.substring(now.indexOf("?v=") + 3));

        BlockingQueue<String> late = listen("?v=" + version);
        awaitEvent(late, "event: reload");
    }

    @Test
    void anAtomicSaveByRenameIsServed() throws Exception {
        Path article = content.resolve("opening-hours.md");
        Path temporary = content.resolve(".opening-hours.md.swp");
        Files.writeString(
                temporary,
                Files.readString(article)
                        .replace("The practice is closed", "Saved atomically: the practice is closed"));
        Files.move(temporary, article, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        awaitServed("/opening-hours.html", "Saved atomically");
        assertThat(Files.exists(output.resolve(".opening-hours.md.swp"))).isFalse();
    }

    @Test
    void aNewArticleAndANewFolderAppearAndADeletedArticleDisappears() throws Exception {
        Path folder = dir.resolve("incoming/help");
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve("forms.md"),
                Files.readString(content.resolve("opening-hours.md"))
                        .replace("title: Opening hours", "title: Forms to fill in")
                        .replace("order: 1", "order: 3")
                        .replace("(visiting/parking.md#by-bus)", "(../visiting/parking.md#by-bus)")
                        .replace("(images/sign.png)", "(../images/sign.png)"));
        Files.move(folder, content.resolve("help"));

        awaitServed("/help/forms.html", "Forms to fill in");
        awaitServed("/a-z.html", "Forms to fill in");
        awaitServed("/", "help/index.html"); // the home page lists the new section

        Files.delete(content.resolve("help/forms.md"));
        eventually(
                () -> !Files.exists(output.resolve("help/forms.html")), () -> "deleted page removed from the output");
        assertThat(get("/help/forms.html").statusCode()).isEqualTo(404);
        assertThat(get("/a-z.html").body()).doesNotContain("Forms to fill in");
    }

    @Test
    void aDeletedArticleThatIsLinkedToIsReported() throws Exception {
        Files.delete(content.resolve("visiting/parking.md"));

        awaitStatus("/", 500);
        assertThat(get("/").body()).contains("visiting/parking.md").contains("does not exist");
        eventually(
                () -> err.toString().contains("content/index.md:13:"),
                () -> "terminal names the linking file:\n" + err);
        assertThat(output.resolve("visiting/parking.html"))
                .as("the last good site stays")
                .exists();
    }

    @Test
    void aBrokenEditShowsTheErrorsAndItsFixRecovers() throws Exception {
        Path article = content.resolve("opening-hours.md");
        String good = Files.readString(article);
        BlockingQueue<String> events = listen();
        Files.writeString(article, good.replace("order: 1", "order: 1\n\"<script>alert(1)</script>\": oops"));

        awaitStatus("/opening-hours.html", 500);
        HttpResponse<String> error = get("/opening-hours.html");
        assertThat(error.body())
                .contains("Build failed: 1 error")
                .contains("opening-hours.md:7:1: error: unknown key")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(Jsoup.parse(error.body()).select("script").attr("src")).startsWith("/__pamphlet/reload.js");
        assertThat(get("/").statusCode()).as("every page shows the errors").isEqualTo(500);
        awaitEvent(events, "event: reload");
        eventually(
                () -> err.toString().contains("opening-hours.md:7:1: error: unknown key"), () -> "terminal:\n" + err);
        eventually(() -> out.toString().contains("build failed with 1 error"), () -> "rebuild line:\n" + out);
        assertThat(Files.readString(output.resolve("opening-hours.html")))
                .as("the last good site stays on disk")
                .contains("The practice is closed");

        Files.writeString(article, good.replace("The practice is closed", "Fixed: the practice is closed"));
        awaitServed("/opening-hours.html", "Fixed: the practice is closed");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void editsMadeWhileTheSiteIsBrokenArePublishedWhenItIsFixed() throws Exception {
        Path home = content.resolve("index.md");
        String good = Files.readString(home);
        Files.writeString(home, good.replace("title: Visiting", "titel: Visiting"));
        awaitStatus("/", 500);
        replace(content.resolve("opening-hours.md"), "The practice is closed", "Edited while broken");
        eventually(
                () -> out.toString()
                                .lines()
                                .filter(l -> l.contains("build failed"))
                                .count()
                        >= 2,
                () -> "both edits rebuilt:\n" + out);

        Files.writeString(home, good);
        awaitServed("/opening-hours.html", "Edited while broken");
    }

    @Test
    void aTemplateEditReRendersEveryPage() throws Exception {
        replace(
                templates.resolve("layout.ftlh"),
                "<p>${t(\"footer.published_by\", site.publisher)}</p>",
                "<p>Published with care by ${site.publisher}.</p>");

        for (String page : List.of("/", "/opening-hours.html", "/visiting/parking.html")) {
            awaitServed(page, "Published with care by");
        }
        eventually(() -> out.toString().contains("3 pages re-rendered"), () -> "all pages re-rendered:\n" + out);
    }

    @Test
    void aBrokenTemplateShowsItsErrorAndItsFixRecovers() throws Exception {
        Path layout = templates.resolve("layout.ftlh");
        String good = Files.readString(layout);
        Files.writeString(layout, good.replace("<title>${title}</title>", "<title>${title</title>"));
        awaitStatus("/opening-hours.html", 500);
        assertThat(get("/opening-hours.html").body()).contains("layout.ftlh").contains("error");

        Files.writeString(layout, good.replace("<title>${title}</title>", "<title>${title} (preview)</title>"));
        awaitServed("/opening-hours.html", "(preview)</title>");
    }

    @Test
    void aStylesheetEditIsServed() throws Exception {
        Files.writeString(
                templates.resolve("assets/style.css"),
                "\nbody { color: rebeccapurple; }\n",
                java.nio.file.StandardOpenOption.APPEND);
        awaitServed("/assets/style.css", "rebeccapurple");
    }

    @Test
    void aTemplatesFolderMadeWhileServingOverridesTheBuiltInTheme() throws Exception {
        preview.close();
        Path own = dir.resolve("own-templates");
        BuildOptions options =
                new BuildOptions(content, own, dir.resolve("preview-2"), null, false, SiteFixtures.TODAY, true);
        preview = Preview.start(
                options,
                new InetSocketAddress("127.0.0.1", 0),
                false,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(get("/assets/style.css").body()).contains("Pamphlet default theme");
        Files.createDirectories(own.resolve("assets"));
        Files.writeString(own.resolve("assets/style.css"), "body { color: #123456; }\n");
        awaitServed("/assets/style.css", "#123456");
        Files.writeString(own.resolve("article.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title description=page.summary root=page.root>
                <main id="main-content" class="own-article"><h1>${page.title}</h1></main>
                </@layout.page>
                """);
        awaitServed("/opening-hours.html", "own-article");
    }

    @Test
    void aSiteSettingsEditReRendersEveryPage() throws Exception {
        replace(content.resolve("site.yml"), "publisher: Elm Street Practice", "publisher: Elm Street Surgery");
        for (String page : List.of("/", "/opening-hours.html", "/visiting/parking.html")) {
            awaitServed(page, "Published by Elm Street Surgery");
        }
    }

    @Test
    void traversalAttemptsNeverReachFilesOutsideTheSite() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Files.createSymbolicLink(output.resolve("images/leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(output.resolve("escape"), dir);
        List<String> attempts = List.of(
                "/../secret.txt",
                "/images/../../secret.txt",
                "/%2e%2e/secret.txt",
                "/images/%2e%2e/%2e%2e/secret.txt",
                "/%2f../secret.txt",
                "/images/..%2f..%2fsecret.txt",
                "/..%5csecret.txt",
                "/images\\..\\..\\secret.txt",
                "//etc/passwd",
                "//" + dir + "/secret.txt",
                dir.resolve("secret.txt").toString(),
                "/images/leak.txt",
                "/escape/secret.txt",
                "/escape/",
                "/%00/secret.txt",
                "/images/sign.png%00.txt",
                "/.%2e/secret.txt",
                "/%252e%252e/secret.txt",
                "/images/%c0%ae%c0%ae/secret.txt",
                "/..",
                "/.");
        for (String attempt : attempts) {
            RawResponse response = raw("GET " + attempt + " HTTP/1.1");
            assertThat(response.status()).as(attempt).isIn(400, 403, 404);
            assertThat(response.text()).as(attempt).doesNotContain("TOP-SECRET").doesNotContain("root:");
        }
        assertThat(raw("GET /images/sign.png HTTP/1.1").status())
                .as("a normal file still works")
                .isEqualTo(200);
    }

    @Test
    void answersOnlyItsOwnNamesAndThoseAllowed() throws Exception {
        assertThat(raw("GET / HTTP/1.1", "evil.example:" + preview.address().getPort())
                        .status())
                .isEqualTo(403);
        assertThat(raw("GET / HTTP/1.1", "localhost:" + preview.address().getPort())
                        .status())
                .isEqualTo(200);
        preview.close();
        BuildOptions options = new BuildOptions(content, templates, output, null, false, SiteFixtures.TODAY, true);
        preview = Preview.start(
                options,
                new InetSocketAddress("127.0.0.1", 0),
                List.of("preview.example"),
                false,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        RawResponse allowed =
                raw("GET / HTTP/1.1", "preview.example:" + preview.address().getPort());
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.text()).contains("This guide helps you plan a visit");
        assertThat(raw("GET / HTTP/1.1", "evil.example").status()).isEqualTo(403);
    }

    @Test
    void unknownAddressesGetTheSites404Page() throws Exception {
        HttpResponse<String> missing = get("/no-such-page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(missing.body()).contains("Page not found").contains("/__pamphlet/reload.js");
        assertThat(get("/.pamphlet-output").statusCode())
                .as("hidden files are not served")
                .isEqualTo(404);
    }

    @Test
    void foldersRedirectToTheirSlashAddress() throws Exception {
        HttpResponse<String> folder = get("/visiting");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/visiting/");
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        HttpResponse<String> full = get("/opening-hours.html");
        HttpResponse<String> head = client.send(
                request("/opening-hours.html")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(full.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(client.send(
                                request("/")
                                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(405);
    }

    @Test
    void contentTypesCarryACharsetForText() throws Exception {
        assertThat(get("/assets/style.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        assertThat(get("/images/sign.png").headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get("/visiting/parking.html").headers().firstValue("Content-Type"))
                .hasValue("text/html; charset=utf-8");
        assertThat(SiteFiles.contentType(Path.of("a.svg"))).isEqualTo("image/svg+xml; charset=utf-8");
        assertThat(SiteFiles.contentType(Path.of("a.JPG"))).isEqualTo("image/jpeg");
        assertThat(SiteFiles.contentType(Path.of("a.pdf"))).isEqualTo("application/pdf");
        assertThat(SiteFiles.contentType(Path.of("a.json"))).isEqualTo("application/json; charset=utf-8");
        assertThat(SiteFiles.contentType(Path.of("sitemap.xml"))).isEqualTo("application/xml; charset=utf-8");
        assertThat(SiteFiles.contentType(Path.of("robots.txt"))).isEqualTo("text/plain; charset=utf-8");
        assertThat(SiteFiles.contentType(Path.of("app.js"))).isEqualTo("text/javascript; charset=utf-8");
    }

    @Test
    void manyRequestsAtOnceAllSucceedWhilePagesListenForChanges() throws Exception {
        for (int i = 0; i < 5; i++) {
            listen();
        }
        List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String path = List.of("/", "/opening-hours.html", "/assets/style.css", "/images/sign.png")
                    .get(i % 4);
            requests.add(client.sendAsync(request(path).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> request : requests) {
            assertThat(request.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    // --- helpers ---

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every request gives up in the end, so a server that stops answering fails the test instead of hanging it. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(preview.address().resolve(path)).timeout(Duration.ofSeconds(10));
    }

    private void awaitServed(String path, String text) {
        eventually(
                () -> {
                    HttpResponse<String> response = tryGet(path);
                    return response != null
                            && response.statusCode() == 200
                            && response.body().contains(text);
                },
                () -> path + " to show '" + text + "'\nterminal:\n" + out + err);
    }

    private void awaitStatus(String path, int status) {
        eventually(
                () -> {
                    HttpResponse<String> response = tryGet(path);
                    return response != null && response.statusCode() == status;
                },
                () -> path + " to answer " + status + "\nterminal:\n" + out + err);
    }

    private HttpResponse<String> tryGet(String path) {
        try {
            return get(path);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Opens the event stream a page would, and collects its lines. */
    private BlockingQueue<String> listen() throws Exception {
        return listen("");
    }

    /** @param query as the page's script sends it: the version the page was served with */
    private BlockingQueue<String> listen(String query) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest events = HttpRequest.newBuilder(preview.address().resolve("/__pamphlet/events" + query))
                .build();
        // The stream stays open as long as the preview runs, so it is read on a thread of its own: never on the
        // test's thread, where a plain thenAccept would run it if the response were already there.
        Thread reader = new Thread(
                () -> {
                    try {
                        client.send(events, HttpResponse.BodyHandlers.ofLines())
                                .body()
                                .forEach(lines::add);
                    } catch (IOException | UncheckedIOException e) {
                        // The preview stopped: the stream is over.
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
        String first = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(first).as("the stream opens").isEqualTo("retry: 1000");
        return lines;
    }

    private static void awaitEvent(BlockingQueue<String> lines, String expected) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (expected.equals(line)) {
                return;
            }
        }
        fail("no '" + expected + "' on the event stream");
    }

    /** @param what described when the wait fails, so it can show the terminal as it is then */
    private static void eventually(BooleanSupplier condition, Supplier<String> what) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("timed out waiting for " + what.get());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    record RawResponse(int status, String text) {}

    /** Sends a request line exactly as written, so no client can tidy the path first. */
    private RawResponse raw(String requestLine) throws IOException {
        return raw(requestLine, "127.0.0.1");
    }

    private RawResponse raw(String requestLine, String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", preview.address().getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream request = socket.getOutputStream();
            request.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            request.flush();
            InputStream response = socket.getInputStream();
            String text = new String(response.readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new RawResponse(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0, text);
        }
    }
}

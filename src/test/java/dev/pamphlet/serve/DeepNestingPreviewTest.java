package dev.pamphlet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview's rebuild meets content nested too deeply, or a template that runs out of stack: the terminal shows an
 * error naming the file, as {@code build} does, never an internal error, and the last good site stays.
 */
@Timeout(60)
class DeepNestingPreviewTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private Path output;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
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
    void deepNestingIsAnErrorAtItsLine() throws IOException {
        String good = Files.readString(output.resolve("opening-hours.html"));
        Path article = content.resolve("opening-hours.md");
        Files.writeString(article, Files.readString(article) + "\n" + ">".repeat(1_000) + " x\n");

        eventually(() -> out.toString().contains("build failed with 1 error"));
        assertThat(err.toString())
                .contains("opening-hours.md:25:33: error: block quotes nested too deeply: more than 32 levels")
                .doesNotContain("internal error")
                .doesNotContain("Exception");
        assertThat(Files.readString(output.resolve("opening-hours.html")))
                .as("the last good site stays")
                .isEqualTo(good);
    }

    @Test
    void aTemplateThatRunsOutOfStackIsAnErrorForEachPage() throws IOException, InterruptedException {
        Files.writeString(templates.resolve("article.ftlh"), "<#macro again n><@again n=n+1/></#macro><@again n=0/>\n");

        eventually(() -> out.toString().contains("build failed with 2 errors"));
        assertThat(err.toString())
                .contains("opening-hours.md: error: too deeply nested to process")
                .contains("visiting/parking.md: error: too deeply nested to process")
                .doesNotContain("internal error")
                .doesNotContain("StackOverflow");
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(preview.address().resolve("/opening-hours.html"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the browser shows the error page").isEqualTo(500);
        assertThat(page.body()).contains("Build failed: 2 errors").contains("too deeply nested to process");
    }

    private void eventually(BooleanSupplier condition) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out; terminal:\n" + out + err);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }
}

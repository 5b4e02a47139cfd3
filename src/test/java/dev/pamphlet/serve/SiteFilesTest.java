package dev.pamphlet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {
    @TempDir
    Path dir;

    private Path site;
    private SiteFiles files;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("guide"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("guide/index.html"), "guide");
        Files.writeString(site.resolve("guide/sleep tips.html"), "tips");
        Files.writeString(site.resolve("café.html"), "café");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        files = new SiteFiles(site);
    }

    @Test
    void foldersServeTheirIndexAndNeedATrailingSlash() throws IOException {
        assertThat(files.resolve(URI.create("/"))).isEqualTo(found("index.html"));
        assertThat(files.resolve(URI.create("/guide/"))).isEqualTo(found("guide/index.html"));
        assertThat(files.resolve(URI.create("http://127.0.0.1:8080/guide/")))
                .as("absolute form")
                .isEqualTo(found("guide/index.html"));
        assertThat(files.resolve(URI.create("/guide?x=1"))).isEqualTo(new SiteFiles.Redirect("/guide/?x=1"));
    }

    @Test
    void percentEncodedNamesAreDecoded() throws IOException {
        assertThat(files.resolve(URI.create("/guide/sleep%20tips.html"))).isEqualTo(found("guide/sleep tips.html"));
        assertThat(files.resolve(URI.create("/caf%C3%A9.html"))).isEqualTo(found("café.html"));
    }

    @Test
    void everyWayOutIsRefused() throws IOException {
        Files.createSymbolicLink(site.resolve("link.txt"), dir.resolve("secret.txt"));
        assertThat(status("/../secret.txt")).isEqualTo(400);
        assertThat(status("/guide/../../secret.txt")).isEqualTo(400);
        assertThat(status("/%2e%2e/secret.txt")).isEqualTo(400);
        assertThat(status("/%2E%2E/secret.txt")).isEqualTo(400);
        assertThat(status("/guide/%2f%2e%2e%2fsecret.txt")).isEqualTo(400);
        assertThat(status("/..%5csecret.txt")).isEqualTo(400);
        assertThat(status("/%00")).isEqualTo(400);
        assertThat(status("/guide//index.html")).isEqualTo(400);
        assertThat(status("/%c0%ae%c0%ae/secret.txt"))
                .as("overlong UTF-8 for '.'")
                .isEqualTo(400);
        assertThat(status("/caf%e9.html")).as("not UTF-8").isEqualTo(400);
        assertThat(status("/link.txt")).isEqualTo(403);
        assertThat(files.resolve(URI.create("//etc/passwd"))).isInstanceOf(SiteFiles.Refused.class);
        assertThat(files.resolve(URI.create("file:///etc/passwd"))).isInstanceOf(SiteFiles.Refused.class);
        assertThat(files.resolve(URI.create("/.hidden"))).isEqualTo(new SiteFiles.Missing());
        assertThat(files.resolve(URI.create("/nothing.html"))).isEqualTo(new SiteFiles.Missing());
    }

    private int status(String uri) {
        SiteFiles.Lookup lookup = files.resolve(URI.create(uri));
        assertThat(lookup).as(uri).isInstanceOf(SiteFiles.Refused.class);
        return ((SiteFiles.Refused) lookup).status();
    }

    private SiteFiles.Found found(String rel) throws IOException {
        return new SiteFiles.Found(site.resolve(rel).toRealPath());
    }
}

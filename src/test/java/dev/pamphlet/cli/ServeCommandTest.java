package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void refusesToBuildThePreviewIntoTheContentFolder() {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        CliRun run = CliRun.of(
                "serve",
                "--content",
                content.toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                content.resolve("preview").toString(),
                "--port",
                "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("refusing to use this output folder").doesNotContain("Exception");
    }

    @Test
    void aBusyPortIsAClearError() throws Exception {
        Path content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of(
                    "serve",
                    "--content",
                    content.toString(),
                    "--templates",
                    SiteFixtures.TEMPLATES.toString(),
                    "--output",
                    dir.resolve("out").toString(),
                    "--port",
                    Integer.toString(busy.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err())
                    .contains("cannot serve the preview")
                    .contains("--port")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void badPortOrAddressIsAUsageError() {
        assertThat(CliRun.of("serve", "--port", "70000").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("serve", "--port", "eighty").exitCode()).isEqualTo(2);
        CliRun bind = CliRun.of("serve", "--bind", "no-such-host.invalid");
        assertThat(bind.exitCode()).isEqualTo(2);
        assertThat(bind.err()).contains("--bind");
    }

    @Test
    void anAddressThatIsNotThisComputersIsSaidToBeSo() {
        // 192.0.2.1 is reserved for documentation: no computer has it. Nothing is sent to it.
        CliRun run = CliRun.of(
                "serve",
                "--content",
                SiteFixtures.fixture("clinic/content").toString(),
                "--templates",
                SiteFixtures.TEMPLATES.toString(),
                "--output",
                dir.resolve("out").toString(),
                "--bind",
                "192.0.2.1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--bind 192.0.2.1 is not an address of this computer", "hint: use 127.0.0.1")
                .doesNotContain("in use")
                .doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void helpDescribesServe() {
        CliRun run = CliRun.of("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("--port")
                .contains("--bind")
                .contains("--open")
                .contains("--drafts")
                .contains("--allowed-host");
    }

    @Test
    void anAllowedHostWithAPortOrThatIsNoNameIsAUsageError() {
        CliRun port = CliRun.of("serve", "--allowed-host", "preview.example:8080");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("--allowed-host preview.example:8080", "give the name alone");
        CliRun url = CliRun.of("serve", "--allowed-host", "ok.example", "--allowed-host", "http://x");
        assertThat(url.exitCode()).isEqualTo(2);
        assertThat(url.err()).contains("--allowed-host http://x is not a host name");
    }
}

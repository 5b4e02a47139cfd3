package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.serve.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page open in Chromium while its article is edited under {@code pamphlet serve}: it shows the edit without a
 * reload (same document, same scroll position) and with its styles, and a page with scripts of its own is reloaded
 * instead, so they run again.
 */
@Timeout(120)
class PreviewBrowserTest {
    @TempDir
    Path dir;

    private Path content;
    private Preview preview;
    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        BuildOptions options = new BuildOptions(
                content, SiteFixtures.TEMPLATES, dir.resolve("preview"), null, false, SiteFixtures.TODAY, true);
        StringWriter log = new StringWriter();
        preview = Preview.start(
                options, new InetSocketAddress("127.0.0.1", 0), false, new PrintWriter(log), new PrintWriter(log));
        profile = Browser.tempProfile();
        browser = Browser.start(profile);
        Browser.width(browser, 400);
    }

    @AfterEach
    void stop() throws IOException {
        Browser.stop(browser, profile);
        preview.close();
    }

    @Test
    void anEditedPageIsUpdatedInPlaceKeepingItsScrollPositionAndStyles() throws Exception {
        browser.get(preview.address().resolve("/opening-hours.html").toString());
        browser.executeScript(
                "window.sameDocument = 'yes'; document.body.style.minHeight = '5000px';" + " window.scrollTo(0, 300);");
        String font = (String) browser.executeScript("return getComputedStyle(document.body).fontFamily;");

        Path page = content.resolve("opening-hours.md");
        Files.writeString(page, Files.readString(page).replace("## Bank holidays", "## Bank holidays and Easter"));

        waitFor(() -> bodyText().contains("Bank holidays and Easter"));
        assertThat(browser.executeScript("return window.sameDocument;"))
                .as("the page was updated in place, not reloaded")
                .isEqualTo("yes");
        assertThat(((Number) browser.executeScript("return window.scrollY;")).intValue())
                .as("where the editor was reading")
                .isGreaterThan(0);
        assertThat(browser.executeScript("return getComputedStyle(document.body).fontFamily;"))
                .as("still styled")
                .isEqualTo(font);

        // A second edit is followed the same way: the page listens again after each update.
        Files.writeString(page, Files.readString(page).replace("and Easter", "and Christmas"));
        waitFor(() -> bodyText().contains("Bank holidays and Christmas"));
        assertThat(browser.executeScript("return window.sameDocument;")).isEqualTo("yes");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void aPageWithScriptsOfItsOwnIsReloaded() throws Exception {
        browser.get(preview.address().resolve("/search.html").toString());
        browser.executeScript("window.sameDocument = 'yes';");
        Path page = content.resolve("index.md");
        Files.writeString(page, Files.readString(page) + "\nA new line for the search page.\n");
        waitFor(() -> browser.executeScript("return window.sameDocument;") == null);
        assertThat(browser.getCurrentUrl()).endsWith("/search.html");
    }

    private String bodyText() {
        return String.valueOf(browser.executeScript("return document.body ? document.body.textContent : '';"));
    }

    private void waitFor(java.util.function.BooleanSupplier shown) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> shown.getAsBoolean());
    }
}

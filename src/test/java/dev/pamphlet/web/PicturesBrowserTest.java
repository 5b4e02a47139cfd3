package dev.pamphlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page of large and small pictures (JPEG, PNG and GIF) on a phone 375 CSS pixels wide, over a slow connection,
 * so the text is drawn long before the pictures arrive: nothing moves when they do, the phone downloads a copy no
 * wider than it shows, and pictures below the first screen wait until the reader scrolls to them.
 */
@Timeout(180)
class PicturesBrowserTest {
    private static final int PHONE = 375;

    @TempDir
    static Path dir;

    static BuiltSite site;
    static ChromeDriver browser;
    static Path profile;
    static long photoBytes;

    @BeforeAll
    static void start() throws IOException {
        Path content = SiteFixtures.copyFixture("clinic", dir);
        photoBytes = picture(content.resolve("front-door.jpg"), 4000, 2667, "jpg");
        picture(content.resolve("waiting-room.png"), 2400, 1600, "png");
        picture(content.resolve("map.gif"), 600, 400, "gif");
        String text = "The clinic is open every weekday, and the reception desk can help with any question. ";
        Files.writeString(
                content.resolve("photos.md"),
                SiteFixtures.page(
                        "Photos of the clinic",
                        "![The clinic's front door, with a ramp](front-door.jpg)\n\n"
                                + (text.repeat(8) + "\n\n").repeat(12)
                                + "![The waiting room, with chairs by the window](waiting-room.png)\n\n"
                                + (text.repeat(8) + "\n\n").repeat(4)
                                + "![A map of the streets around the clinic](map.gif)\n"));
        site = BuiltSite.build("pictures", content, "/", dir.resolve("out"));
        profile = Browser.tempProfile();
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() throws IOException {
        Browser.stop(browser, profile);
    }

    /** A photo-like picture (smooth colours with grain, so it weighs what a camera's would); its size in bytes. */
    private static long picture(Path file, int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 200 / width + grain.nextInt(40);
                int g = y * 200 / height + grain.nextInt(40);
                image.setRGB(x, y, (r << 16) | (g << 8) | 120);
            }
        }
        ImageIO.write(image, format, file.toFile());
        return Files.size(file);
    }

    @Test
    void onAPhoneNothingMovesAsPicturesArriveAndEachIsNoWiderThanItShows() throws Exception {
        for (int density : List.of(1, 2)) {
            try (SiteServer server = new SiteServer(site.root(), site.basePath())) {
                phone(density);
                browser.get(server.url() + "photos.html");
                waitForPicture("front-door");

                double shift = ((Number) browser.executeAsyncScript(LAYOUT_SHIFT)).doubleValue();
                assertThat(shift).as("layout shift at DPR %d", density).isLessThan(0.01);

                Map<?, ?> first = (Map<?, ?>) browser.executeScript(PICTURE, "front-door");
                // The text column is 375 - 2 x 16 = 343 CSS pixels: 343 device pixels at DPR 1, 686 at DPR 2.
                String expected = density == 1 ? "front-door-480w.jpg" : "front-door-960w.jpg";
                assertThat((String) first.get("currentSrc"))
                        .as("DPR %d", density)
                        .endsWith(expected);
                long downloaded = ((Number) first.get("bytes")).longValue();
                assertThat(downloaded)
                        .as("bytes of the front door photo at DPR %d, of %d", density, photoBytes)
                        .isGreaterThan(0)
                        .isLessThan(photoBytes / 4);

                assertThat(fetched("waiting-room"))
                        .as("the waiting room, far below the first screen, waits to be scrolled to")
                        .isFalse();
                browser.executeScript("document.querySelector('img[src*=\"waiting-room\"]').scrollIntoView();");
                waitForPicture("waiting-room");
                Map<?, ?> below = (Map<?, ?>) browser.executeScript(PICTURE, "waiting-room");
                assertThat((String) below.get("currentSrc")).endsWith(density == 1 ? "-480w.png" : "-960w.png");
                assertThat(((Number) browser.executeAsyncScript(LAYOUT_SHIFT)).doubleValue())
                        .as("layout shift after scrolling at DPR %d", density)
                        .isLessThan(0.01);
                browser.executeScript("document.querySelector('img[src*=\"map\"]').scrollIntoView();");
                waitForPicture("map");
                assertThat((String) ((Map<?, ?>) browser.executeScript(PICTURE, "map")).get("currentSrc"))
                        .as("a small picture is sent as it is")
                        .endsWith("/map.gif");
            }
        }
    }

    /** A phone 375 CSS pixels wide at this pixel density, on a connection slow enough to see pictures arrive. */
    private static void phone(int density) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 740, "deviceScaleFactor", density, "mobile", true));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 150, "downloadThroughput", 400_000, "uploadThroughput", 100_000));
    }

    private static boolean fetched(String name) {
        return (Boolean) browser.executeScript(
                "return performance.getEntriesByType('resource').some(e => e.name.includes(arguments[0]));", name);
    }

    private static void waitForPicture(String name) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                .until(b -> (Boolean) ((ChromeDriver) b)
                        .executeScript(
                                "const i = document.querySelector('img[src*=\"' + arguments[0] + '\"]');"
                                        + " return i.complete && i.naturalWidth > 0"
                                        + " && performance.getEntriesByType('resource')"
                                        + ".some(e => e.name === i.currentSrc && e.responseEnd > 0);",
                                name));
    }

    /** The sum of the page's layout shifts so far (its cumulative layout shift), from the browser's own record. */
    private static final String LAYOUT_SHIFT = "const done = arguments[arguments.length - 1];"
            + " let sum = 0;"
            + " new PerformanceObserver(list => {}).observe({type: 'layout-shift', buffered: true});"
            + " const seen = new PerformanceObserver(list => {"
            + "   list.getEntries().forEach(e => { if (!e.hadRecentInput) sum += e.value; }); });"
            + " seen.observe({type: 'layout-shift', buffered: true});"
            + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {"
            + "   seen.takeRecords().forEach(e => { if (!e.hadRecentInput) sum += e.value; });"
            + "   seen.disconnect(); done(sum); }, 100)));";

    /** The address a picture was taken from (of those its srcset offers) and the bytes that came for it. */
    private static final String PICTURE = "const i = document.querySelector('img[src*=\"' + arguments[0] + '\"]');"
            + " const e = performance.getEntriesByType('resource').find(r => r.name === i.currentSrc);"
            + " return {currentSrc: i.currentSrc, bytes: e ? e.encodedBodySize : -1};";
}

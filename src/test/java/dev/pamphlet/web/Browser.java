package dev.pamphlet.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through chromedriver (Debian's {@code chromium} and {@code chromium-driver}).
 * Where neither can be found the browser tests are skipped with a loud message, except in CI (the {@code CI}
 * environment variable is set), where a missing browser fails the build: CI must prove the site in a browser.
 */
final class Browser {
    private static final List<String> BROWSERS = List.of(
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    /**
     * Selenium warns when its bundled DevTools bindings are older than the browser; the tests use only raw
     * DevTools commands, which work with any version. Held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

    private Browser() {}

    /** Starts a browser session, or skips (fails in CI) when there is no browser. */
    static ChromeDriver start(Path profile) {
        Optional<String> browser = firstExisting(BROWSERS);
        Optional<String> driver = firstExisting(DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            String message = "NO BROWSER: headless Chromium and chromedriver were not found (looked for "
                    + BROWSERS + " and " + DRIVERS + "). Install them with"
                    + " 'apt-get install -y chromium chromium-driver' to run the browser tests.";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                throw new AssertionError(message + " CI is set, so this is a failure, not a skip.");
            }
            System.err.println("\n*** SKIPPING BROWSER TESTS *** " + message + "\n");
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        // Keep the console, so tests can prove nothing was blocked by the security policy or failed.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.get()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Makes the page lay out as on a screen this many CSS pixels wide (375 for a phone, 1280 for a desktop). */
    static void width(ChromeDriver driver, int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Console errors since the last call: scripts that failed, or anything the security policy blocked. */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .toList();
    }

    /** The whole page as a PNG, not only the part in the window. */
    static byte[] fullPageScreenshot(ChromeDriver driver) {
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Quits the browser, if it started, and deletes the profile folder it was given. */
    static void stop(ChromeDriver driver, Path profile) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Path tempProfile() {
        try {
            return Files.createTempDirectory("pamphlet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static Optional<String> firstExisting(List<String> paths) {
        return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}

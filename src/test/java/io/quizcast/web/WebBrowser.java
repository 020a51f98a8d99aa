package io.quizcast.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright: one browser per test class, one context (own storage, like another
 * device) per page. Console errors and uncaught page errors of every page are collected for the tests to check.
 */
final class WebBrowser implements AutoCloseable {

    static final ViewportSize PHONE = new ViewportSize(390, 844);
    static final ViewportSize PROJECTOR = new ViewportSize(1920, 1080);
    static final ViewportSize LAPTOP = new ViewportSize(1366, 768);
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final Path CHROMIUM = Paths.get(System.getProperty("quizcast.chromium", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** A microphone that always answers (Chromium's test tone, or a WAV file's sound) and asks no permission. */
    static final List<String> FAKE_MICROPHONE = List.of("--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream");

    private static final String LOW_CONTRAST_TEXTS = readResource("/web/low-contrast-texts.js");
    private static final String PAGE_TEXTS = readResource("/web/page-texts.js");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

    private WebBrowser(Playwright playwright, Browser browser, String baseUrl) {
        this.playwright = playwright;
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Launches Chromium; the app's base URL (the random test port) comes from the test. */
    static WebBrowser launch(URL base) {
        return launch(base, List.of());
    }

    /** The same with more command-line switches (a fake microphone: {@link #FAKE_MICROPHONE}). */
    static WebBrowser launch(URL base, List<String> moreArgs) {
        // the browsers Playwright would download cannot be reached here: Debian's chromium is used instead
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(Stream.concat(ARGS.stream(), moreArgs.stream()).toList()));
        String url = base.toString();
        return new WebBrowser(playwright, browser, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Opens a path in a fresh context (its own local storage: another device). */
    Page open(String path, ViewportSize size) {
        return open(path, size, "en-US");
    }

    /** The same, on a device whose browser asks for {@code locale} (its navigator.languages). */
    Page open(String path, ViewportSize size, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(size).setLocale(locale));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(page.url() + ": uncaught " + error));
        page.navigate(path);
        return page;
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** What the viewport shows, as a person at that screen sees it without scrolling. */
    void screenshotInView(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** The visible texts of the page below a 4.5:1 contrast (empty when every text reaches it). */
    @SuppressWarnings("unchecked")
    List<String> lowContrastTexts(Page page) {
        return (List<String>) page.evaluate(LOW_CONTRAST_TEXTS);
    }

    /** Every text of the page, shown or hidden, with the attributes people read (see web/page-texts.js). */
    @SuppressWarnings("unchecked")
    List<String> pageTexts(Page page) {
        return (List<String>) page.evaluate(PAGE_TEXTS);
    }

    List<String> consoleErrors() {
        synchronized (consoleErrors) {
            return List.copyOf(consoleErrors);
        }
    }

    private static String readResource(String name) {
        try (var in = WebBrowser.class.getResourceAsStream(name)) {
            String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // the function expression, without the leading comment lines
            return script.substring(script.indexOf("() =>")).trim().replaceAll(";$", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

package io.quizcast.web;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A browser test's life cycle: a fresh Chromium on the running service before each test, closed after it. */
abstract class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    WebBrowser browser;

    @BeforeEach
    void launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        browser = WebBrowser.launch(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }
}

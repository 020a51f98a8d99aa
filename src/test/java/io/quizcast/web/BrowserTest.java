package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import java.net.URL;
import java.util.List;
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
        browser = WebBrowser.launch(base, browserArgs());
    }

    /** More Chromium switches for a test class's browser (none by default). */
    List<String> browserArgs() {
        return List.of();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** A phone that opens the join link and joins under {@code name}; ends in the lobby, the name in its header. */
    Page joinOnAPhone(String code, String name) {
        Page player = browser.open("/join?code=" + code, WebBrowser.PHONE);
        player.getByLabel("Your name").fill(name);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(player.locator("#player-name")).hasText(name);
        return player;
    }

    /** Opens the console at projector size and logs the account in; ends on the list of its events. */
    Page logIn(Account host) {
        return logIn(host, WebBrowser.PROJECTOR);
    }

    /** The same, on a screen of {@code size}. */
    Page logIn(Account host, com.microsoft.playwright.options.ViewportSize size) {
        Page page = browser.open("/host", size);
        page.locator("#login-username").fill(host.username());
        page.locator("#login-password").fill(TestAccounts.DEFAULT_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your events"))).isVisible();
        return page;
    }
}

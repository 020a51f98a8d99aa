package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ViewportSize;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page loads at phone and projector size, within the first-load budget, without console errors. */
@QuarkusTest
class PagesInBrowserTest extends BrowserTest {

    static final long FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/join", "/host", "/screen/{event}"})
    void aPageLoadsWithinTheBudgetAtBothSizesWithoutConsoleErrors(String address) {
        String path = address.contains("{event}") ? screenOfANewEvent() : address;
        for (ViewportSize size : List.of(WebBrowser.PHONE, WebBrowser.PROJECTOR)) {
            // French on a phone (its catalogues are the longer), English on the projector
            String locale = size == WebBrowser.PHONE ? "fr-FR" : "en-US";
            AtomicLong bytes = new AtomicLong();
            Page page = browser.open("about:blank", size, locale);
            page.onResponse(response -> bytes.addAndGet(bodySize(response)));
            page.navigate(path);
            page.waitForLoadState();
            assertThat(page.locator("html")).hasAttribute("data-language", locale.substring(0, 2));
            assertThat(page.locator("main")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible();
            String name = (path.equals("/") ? "landing" : path.substring(1).replaceAll("[/?].*", ""))
                    + (size == WebBrowser.PHONE ? "-phone" : "-projector");
            browser.screenshot(page, "page-" + name);
            Assertions.assertThat(browser.lowContrastTexts(page)).as("texts below 4.5:1 on %s", path).isEmpty();
            Assertions.assertThat(bytes.get()).as("bytes of the first load of %s in %s", path, locale)
                    .isLessThanOrEqualTo(FIRST_LOAD_BUDGET_BYTES);
        }
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theLandingPageWorksWithTheKeyboardAlone() {
        Page page = browser.open("/", WebBrowser.PHONE);
        page.keyboard().press("Tab"); // the header's home link
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Language")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Join code")).isFocused();
        page.keyboard().type("abc123");
        page.keyboard().press("Enter");
        page.waitForURL("**/join?code=ABC123");
        Assertions.assertThat(browser.consoleErrors()).allMatch(error -> error.contains("status of 404"));
    }

    private static String screenOfANewEvent() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        return "/screen/" + event.id() + "?code=" + event.joinCode();
    }

    private static long bodySize(Response response) {
        try {
            return response.body().length;
        } catch (RuntimeException e) {
            return 0; // a redirect or an aborted request has no body
        }
    }
}

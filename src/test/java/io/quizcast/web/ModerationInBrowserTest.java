package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The organiser's moderation from the console: a rename reaches the phone, a removed phone stays out. */
@QuarkusTest
class ModerationInBrowserTest extends BrowserTest {

    @Test
    void theConsoleRenamesAndRemovesAPlayerWhosePhoneCannotComeBack() {
        TestAccounts.Account organiser = TestAccounts.register("organiser");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Moderated night"));
        Page host = logIn(organiser);
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderated night")).click();

        Page rex = joinOnAPhone(event.joinCode(), "Rex");
        Page banned = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE);
        banned.getByLabel("Your name").fill("Big Nazi");
        banned.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(banned.locator("#player-alert")).hasText("This name is not allowed here: choose another one");
        assertThat(host.locator("#players-count")).hasText("1 player, 1 online");

        host.onceDialog(dialog -> dialog.accept("Rexy"));
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename Rex")).click();
        assertThat(rex.locator("#player-name")).hasText("Rexy");
        assertThat(host.locator("#players-list li > span")).hasText("Rexy");

        host.onceDialog(dialog -> dialog.accept());
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Rexy")).click();
        assertThat(
                rex.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You were removed from this quiz")))
                .isVisible();
        assertThat(host.locator("#players-count")).hasText("0 players, 0 online");
        browser.screenshot(rex, "player-removed-phone");

        // the same phone, opening the join link again, is told so instead of being offered the form
        rex.navigate("/join?code=" + event.joinCode());
        assertThat(rex.locator("[data-view=removed]")).isVisible();
        assertThat(rex.getByLabel("Your name")).isHidden();

        // and the same device under another name, with the page's memory of it gone, is refused by the service
        rex.evaluate("code => localStorage.removeItem('quizcast.session.' + code)", event.joinCode());
        rex.reload();
        rex.getByLabel("Your name").fill("Someone else");
        rex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(rex.locator("[data-view=removed]")).isVisible();
        assertThat(host.locator("#players-count")).hasText("0 players, 0 online");
        Assertions.assertThat(browser.consoleErrors())
                .as("only the refused join and name (the browser logs a refused request)")
                .allMatch(error -> error.contains("403") || error.contains("422"));
    }

}

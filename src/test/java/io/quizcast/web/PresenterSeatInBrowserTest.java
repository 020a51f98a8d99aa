package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The presenter's seat: the organiser hands the next round to a second account, whose phone then says so and runs
 * the round (start, reveal, next) instead of answering it, and whose console lists the event it presents in.
 */
@QuarkusTest
class PresenterSeatInBrowserTest extends BrowserTest {

    @Test
    void aSecondAccountRunsItsOwnRoundFromItsPhone() {
        Account organiser = TestAccounts.register("organiser");
        Account pat = TestAccounts.register("Pat");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Two presenters"));
        UUID first = TestEvents.createTitledSegment(event, "Organiser", "Warm-up");
        TestEvents.createQuestion(event, first, "What is 2 + 2?", "4", List.of("5"));
        UUID second = TestEvents.createTitledSegment(event, "Pat", "Science");
        TestEvents.createQuestion(event, second, "Which planet is red?", "Mars", List.of("Venus"));

        Page host = logIn(organiser);
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two presenters")).click();
        Page patPhone = signedInPhone(pat);
        assertThat(patPhone.locator("#presented-events")).isHidden();
        patPhone.navigate("/join?code=" + event.joinCode());
        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(patPhone.locator("#player-name")).hasText("Pat");
        Page ann = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE);
        ann.getByLabel("Your name").fill("Ann");
        ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(host.locator("#players-count")).hasText("2 players, 2 online");
        assertThat(host.locator("#presenter-select option")).hasText(new String[]{"Pat"});

        // the organiser's round: Pat plays in it like anyone
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("4")).click();
        assertThat(patPhone.locator("#answer-status")).containsText("Answer locked in");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")).click();
        assertThat(patPhone.locator("#result-title")).hasText("Correct!");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
        assertThat(host.locator("#next-round")).containsText("Science");

        // the organiser hands the next round to Pat: Pat's phone becomes the seat
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select as presenter")).click();
        assertThat(host.locator("#host-notice")).containsText("Pat presents Round 2 – Science");
        assertThat(patPhone.locator("#seat-title")).hasText("You present the next round: Science");
        assertThat(patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")))
                .isHidden();
        browser.screenshot(patPhone, "presenter-seat-next-phone");

        // Pat's console lists the event, and Pat's rounds in it
        Page patConsole = logIn(pat);
        assertThat(patConsole.locator("#presented-list")).containsText("Two presenters");
        patConsole.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two presenters")).click();
        assertThat(patConsole.locator("#presenting-rounds li")).hasText(new String[]{
                "Round 2 – Science · 1 question · presented by Pat · not played yet"});
        assertThat(patConsole.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open my presenter seat")))
                .hasAttribute("href", "/join?code=" + event.joinCode());

        // Pat runs the round; Pat does not answer it
        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start my round")).click();
        assertThat(ann.locator("#question-text")).hasText("Which planet is red?");
        assertThat(patPhone.locator("#seat-question")).containsText("Which planet is red?");
        assertThat(patPhone.locator("#answers")).isHidden();
        ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mars")).click();
        assertThat(patPhone.locator("#seat-answers")).hasText("1 of 1 answered: everyone is in");
        browser.screenshot(patPhone, "presenter-seat-question-phone");
        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")).click();
        assertThat(patPhone.locator("#seat-status")).hasText("The answer: Mars (1 player got it right)");
        assertThat(ann.locator("#result-title")).hasText("Correct!");
        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();

        // the round is over: Pat is a player again, and the organiser has the event's end in hand
        assertThat(host.locator("#live-phase")).containsText("Every round is over");
        assertThat(patPhone.locator("[data-view=seat]")).isHidden();
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    private Page signedInPhone(Account account) {
        Page page = browser.open("/host", WebBrowser.PHONE);
        page.locator("#login-username").fill(account.username());
        page.locator("#login-password").fill(TestAccounts.DEFAULT_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your events"))).isVisible();
        return page;
    }
}

package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Rounds prepared in advance are played in their order (issue 18, defect 2): the console names the round it starts
 * (by default the first in play order that has questions and is not over), says which one is next before Start, lets
 * the organiser pick another, and moves rounds up and down. (Without a round named, the server would start the last
 * one in order: its default for the old client.)
 */
@QuarkusTest
class RoundOrderInBrowserTest extends BrowserTest {

    private static final String CAPITALS_QUESTION = "What is the capital of France?";
    private static final String NUMBERS_QUESTION = "How much is 2 + 2?";
    private static final String COLOURS_QUESTION = "What colour is the sky?";

    @Test
    void startPlaysRoundOneInOrderAndThenNamesRoundTwoAsNext() {
        CreatedEvent event = eventWithRounds(false);
        Page host = console(event);
        Page screen = browser.open(host.locator("#screen-link").getAttribute("href"), WebBrowser.PROJECTOR);
        Page phone = join(event, "Ann");
        assertThat(host.locator("#players-count")).hasText("1 player, 1 online");

        start(host);

        assertThat(phone.locator("#question-text")).hasText(CAPITALS_QUESTION);
        assertThat(screen.locator("#screen-question-text")).hasText(CAPITALS_QUESTION);
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the round")).click();
        assertThat(host.locator("#live-phase")).hasText("Round 1 – Capitals is over.");
        assertThat(host.locator("#next-round")).hasText("Next: Round 2 – Numbers");
        assertThat(phone.locator("#final-title")).hasText("Capitals is over");
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theConsoleShowsTheNextRoundAndMovingARoundUpMakesItNext() {
        CreatedEvent event = eventWithRounds(false);
        Page host = console(event);
        assertThat(host.locator("#next-round")).hasText("Next: Round 1 – Capitals");
        assertThat(host.locator("#round-list li .round-name")).hasText(new String[]{"Round 1 – Capitals",
                "Round 2 – Numbers"});
        browser.screenshot(host, "host-next-round-projector");

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Round 2 – Numbers up")).click();

        assertThat(host.locator("#round-list li .round-name")).hasText(new String[]{"Round 1 – Numbers",
                "Round 2 – Capitals"});
        assertThat(host.locator("#next-round")).hasText("Next: Round 1 – Numbers");
        // the order is the server's, not the page's
        host.reload();
        assertThat(host.locator("#next-round")).hasText("Next: Round 1 – Numbers");
        Page phone = join(event, "Ann");
        assertThat(host.locator("#players-count")).hasText("1 player, 1 online");

        start(host);

        assertThat(phone.locator("#question-text")).hasText(NUMBERS_QUESTION);
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theOrganiserMayStartAnotherRoundInstead() {
        CreatedEvent event = eventWithRounds(true);
        Page host = console(event);
        assertThat(host.locator("#next-round")).hasText("Next: Round 1 – Capitals");
        assertThat(host.locator("#round-select option")).hasText(new String[]{"Round 1 – Capitals (next in order)",
                "Round 2 – Numbers", "Round 3 – Colours"});

        host.getByLabel("Round to start").selectOption(new SelectOption().setLabel("Round 2 – Numbers"));

        assertThat(host.locator("#next-round")).hasText("Next: Round 2 – Numbers");
        Page phone = join(event, "Ann");
        assertThat(host.locator("#players-count")).hasText("1 player, 1 online");
        start(host);
        // neither the first in order (the console's default) nor the last (the server's)
        assertThat(phone.locator("#question-text")).hasText(NUMBERS_QUESTION);
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    /** An event with rounds prepared in advance, each with a question: Capitals, Numbers (and Colours). */
    private static CreatedEvent eventWithRounds(boolean three) {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID capitals = TestEvents.createTitledSegment(event, "Ada", "Capitals");
        TestEvents.createQuestion(event, capitals, CAPITALS_QUESTION, "Paris", List.of("Lyon"));
        UUID numbers = TestEvents.createTitledSegment(event, "Ben", "Numbers");
        TestEvents.createQuestion(event, numbers, NUMBERS_QUESTION, "4", List.of("5"));
        if (three) {
            UUID colours = TestEvents.createTitledSegment(event, "Cat", "Colours");
            TestEvents.createQuestion(event, colours, COLOURS_QUESTION, "Blue", List.of("Green"));
        }
        return event;
    }

    private Page console(CreatedEvent event) {
        Page host = logIn(event.host());
        host.navigate("/host?event=" + event.id());
        assertThat(host.locator("#live-connection")).hasText("Connected to the game.");
        return host;
    }

    private static void start(Page host) {
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
    }

    private Page join(CreatedEvent event, String name) {
        Page phone = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE);
        phone.getByLabel("Your name").fill(name);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're in!"))).isVisible();
        return phone;
    }
}

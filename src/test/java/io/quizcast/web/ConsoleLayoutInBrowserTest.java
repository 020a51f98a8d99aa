package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** On a 1366×768 laptop, a room of players joined, the live controls and the current question need no scrolling. */
@QuarkusTest
class ConsoleLayoutInBrowserTest extends BrowserTest {

    @Test
    void theLiveControlsAndTheCurrentQuestionAreInViewOnALaptop() throws Exception {
        Account organiser = TestAccounts.register("organiser");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Laptop night"));
        UUID round = TestEvents.createTitledSegment(event, "Organiser", "First");
        for (int i = 0; i < 8; i++) {
            TestEvents.createQuestion(event, round, "Question number " + i + "?", "Yes", List.of("No"));
        }
        for (int i = 1; i < 30; i++) {
            TestEvents.join(event, "Player " + i);
        }
        // one of them online: a round starts for the players who are there
        TestEvents.Joined online = TestEvents.join(event, "Player 0");
        try (GameClient player = GameClient.connect("player", base.toURI(), event.id(), online.sessionToken())) {
            player.joinWithSession();
            playOnALaptop(organiser);
        }
    }

    private void playOnALaptop(Account organiser) {
        Page host = logIn(organiser, WebBrowser.LAPTOP);
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Laptop night")).click();
        assertThat(host.locator("#players-list li")).hasCount(30);

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        assertThat(host.locator("#live-question-text")).hasText("Question number 0?");
        inView(host.locator("#live-question-text"));
        inView(host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")));
        inView(host.locator("#live-answers"));
        browser.screenshotInView(host, "host-live-laptop");

        // scrolling down to the questions keeps the live column where it is
        host.locator("#question-form").scrollIntoViewIfNeeded();
        inView(host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")));
    }

    private static void inView(Locator locator) {
        BoundingBox box = locator.boundingBox();
        Assertions.assertThat(box).as("%s is laid out", locator).isNotNull();
        Assertions.assertThat(box.y).as("%s top", locator).isGreaterThanOrEqualTo(0);
        Assertions.assertThat(box.y + box.height).as("%s bottom", locator).isLessThanOrEqualTo(768);
    }
}

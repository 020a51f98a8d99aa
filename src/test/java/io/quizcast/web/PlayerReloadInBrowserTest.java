package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A player reloads the page mid-question: same question, the time left, the answer given before still counts. */
@QuarkusTest
class PlayerReloadInBrowserTest extends BrowserTest {

    private static final int TIME_PER_QUESTION = 60;
    private static final Pattern SECONDS_LEFT = Pattern.compile("^(\\d+) s left$");

    @Test
    void aReloadedPlayerGetsTheSameQuestionWithTheTimeLeftAndItsAnswerStillCounts() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Reload Quiz", "time_per_question", TIME_PER_QUESTION));
        UUID segment = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, segment, "Which planet is red?", "Mars", List.of("Venus", "Jupiter"));

        Page player = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE);
        player.getByLabel("Your name").fill("Rex");
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(player.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're in!")))
                .isVisible();

        try (GameClient host = GameClient.connect("host", base.toURI(), event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            host.send(Map.of("type", "start_game"));
            assertThat(player.locator("#question-text")).hasText("Which planet is red?");
            // with the keyboard: the answer button takes the focus and Enter answers
            player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mars")).focus();
            player.keyboard().press("Enter");
            assertThat(player.locator("#answer-status")).hasText("Answer locked in: “Mars”. Waiting for the reveal.");
            int before = secondsLeft(player);

            player.reload();

            assertThat(player.locator("#question-text")).hasText("Which planet is red?");
            assertThat(player.locator("#question-number")).hasText("Question 1 of 1");
            assertThat(player.locator("#answer-status")).hasText("Your answer: “Mars”. Waiting for the reveal.");
            assertThat(player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mars")))
                    .hasAttribute("aria-pressed", "true");
            assertThat(player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Venus"))).isDisabled();
            int after = secondsLeft(player);
            // the server's remaining time, not a fresh full countdown
            Assertions.assertThat(after).isLessThanOrEqualTo(before).isGreaterThan(before - 10);
            browser.screenshot(player, "player-after-reload-phone");

            host.send(Map.of("type", "reveal_answer"));
            assertThat(player.locator("#result-title")).hasText("Correct!");
            assertThat(player.locator("#result-points")).hasText(Pattern.compile("^\\+([1-9]\\d*) points$"));
            assertThat(player.locator("#result-rank")).hasText(Pattern.compile("1st: in the lead$"));
        }
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    private static int secondsLeft(Page player) {
        assertThat(player.locator("#countdown")).hasText(SECONDS_LEFT);
        Matcher m = SECONDS_LEFT.matcher(player.locator("#countdown").textContent());
        Assertions.assertThat(m.matches()).isTrue();
        int seconds = Integer.parseInt(m.group(1));
        Assertions.assertThat(seconds).isBetween(1, TIME_PER_QUESTION);
        return seconds;
    }
}

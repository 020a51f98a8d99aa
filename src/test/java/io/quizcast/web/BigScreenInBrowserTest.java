package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The big screen as a room reads it from the back: a wall of names in the lobby, a countdown of 120 px digits, the
 * answers in the phones' colours and shapes, a reveal chart in those colours and the tiles' order, the podium place
 * by place, and the sound off until the organiser turns it on.
 */
@QuarkusTest
class BigScreenInBrowserTest extends BrowserTest {

    @Test
    void theScreenShowsTheRoomWhatThePhonesShowEachPlayer() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"),
                Map.of("title", "Screen night", "time_per_question", 60));
        UUID round = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, round, "Which planet is red?", "Mars", List.of("Venus", "Jupiter"));

        try (GameClient host = GameClient.connect("host", base.toURI(), event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            Page screen = browser.open("/screen/" + event.id() + "?code=" + event.joinCode(), WebBrowser.PROJECTOR);
            assertThat(screen.locator("#screen-player-count")).hasText("Nobody has joined yet");
            Page ann = joinOnAPhone(event.joinCode(), "Ann");
            Page ben = joinOnAPhone(event.joinCode(), "Ben");
            Page cat = joinOnAPhone(event.joinCode(), "Cat");
            assertThat(screen.locator("#screen-names li")).hasText(new String[]{"Ann", "Ben", "Cat"});
            assertThat(screen.locator("#screen-player-count")).hasText("3 players have joined");
            Locator sound = screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sound: off"));
            assertThat(sound).hasAttribute("aria-pressed", "false");
            sound.click();
            assertThat(screen.locator("#screen-sound")).hasText("Sound: on");
            assertThat(screen.locator("#screen-sound")).hasAttribute("aria-pressed", "true");
            browser.screenshot(screen, "screen-lobby-projector");

            host.send(Map.of("type", "start_game", "segment_id", round.toString()));
            host.next("question");
            assertThat(screen.locator("#screen-countdown")).hasText(Pattern.compile("^\\d+$"));
            Assertions.assertThat(pixels(screen.locator("#screen-countdown"), "font-size")).isGreaterThanOrEqualTo(120);
            assertThat(screen.locator("#screen-sound")).isHidden();
            // the same answers, in the same order, colours and shapes as on the phones
            assertThat(ann.locator("#answers button")).hasCount(3);
            List<String> order = strings((List<?>) ann.locator("#answers button")
                    .evaluateAll("bs => bs.map(b => b.dataset.answer)"));
            assertThat(screen.locator("#screen-answers li")).containsText(order.toArray(String[]::new));
            for (int i = 0; i < 3; i++) {
                Assertions.assertThat(style(screen.locator("#screen-answers .answer").nth(i), "background-color"))
                        .isEqualTo(style(ann.locator("#answers button").nth(i), "background-color"));
                assertThat(screen.locator("#screen-answers .shape").nth(i))
                        .hasText(ann.locator("#answers .shape").nth(i).textContent());
            }
            browser.screenshot(screen, "screen-question-projector");

            ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mars")).click();
            ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Venus")).click();
            cat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jupiter")).click();
            assertThat(screen.locator("#screen-answer-count")).hasText("3 of 3 answered");
            host.send(Map.of("type", "reveal_answer"));
            host.next("reveal");

            // the chart: the tiles' order, each bar in its tile's colour and shape, the right one marked
            assertThat(screen.locator("#screen-chart .bar")).hasCount(3);
            Assertions.assertThat(screen.locator("#screen-chart .bar").evaluateAll(
                    "bs => bs.map(b => b.dataset.answer)")).isEqualTo(order);
            for (int i = 0; i < 3; i++) {
                Assertions.assertThat(style(screen.locator("#screen-chart .bar-fill").nth(i), "background-color"))
                        .isEqualTo(style(ann.locator("#answers button").nth(i), "background-color"));
            }
            assertThat(screen.locator("#screen-chart .bar.correct")).hasAttribute("data-answer", "Mars");
            Assertions.assertThat(browser.lowContrastTexts(screen)).isEmpty();
            browser.screenshot(screen, "screen-reveal-projector");

            host.send(Map.of("type", "next_question"));
            host.next("mega_quiz_ready");
            host.send(Map.of("type", "skip_mega_quiz"));
            host.next("event_complete");
            // the podium rises place by place: third, then second, then the winner
            assertThat(screen.locator("#screen-podium .place-1")).containsText("Ann");
            double third = seconds(style(screen.locator("#screen-podium .place-3"), "animation-delay"));
            double second = seconds(style(screen.locator("#screen-podium .place-2"), "animation-delay"));
            double first = seconds(style(screen.locator("#screen-podium .place-1"), "animation-delay"));
            Assertions.assertThat(third).isLessThan(second);
            Assertions.assertThat(second).isLessThan(first);
        }
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    private static String style(Locator locator, String property) {
        return (String) locator.evaluate("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
    }

    private static double pixels(Locator locator, String property) {
        return Double.parseDouble(style(locator, property).replace("px", ""));
    }

    private static double seconds(String css) {
        return Double.parseDouble(css.replace("s", ""));
    }

    private static List<String> strings(List<?> values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return out;
    }
}

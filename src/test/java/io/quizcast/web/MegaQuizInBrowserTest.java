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
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, defect 1, on the phone: the mega quiz asks the round's questions again, and a phone that answered them in
 * the round can answer them again (the page keys its answers on the play, not on the question).
 */
@QuarkusTest
class MegaQuizInBrowserTest extends BrowserTest {

    @Test
    void aPhoneAnswersTheMegaQuizQuestionsItAnsweredInTheRound() throws Exception {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        UUID round = TestEvents.createSegment(event, "Ada", null);
        TestEvents.createQuestion(event, round, "Q0", "A0", List.of("W0"));
        TestEvents.createQuestion(event, round, "Q1", "A1", List.of("W1"));
        Page phone = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE);
        phone.getByLabel("Your name").fill("Ann");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(phone.locator("#player-name")).hasText("Ann");
        try (GameClient host = GameClient.connect("host", base.toURI(), event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            host.send(Map.of("type", "start_game", "segment_id", round.toString()));
            for (int i = 0; i < 2; i++) {
                answer(phone, (String) host.next("question").get("text"));
                host.send(Map.of("type", "reveal_answer"));
                host.next("reveal");
                host.send(Map.of("type", "next_question"));
            }
            host.next("mega_quiz_ready");
            host.send(Map.of("type", "start_mega_quiz", "question_count", 2));
            for (int i = 0; i < 2; i++) {
                Map<String, Object> q = host.next("question");
                assertThat(phone.locator("#question-number")).hasText("Question " + (i + 1) + " of 2");
                answer(phone, (String) q.get("text"));
                host.send(Map.of("type", "reveal_answer"));
                host.next("reveal");
                assertThat(phone.locator("#result-title")).hasText("Correct!");
                host.send(Map.of("type", "next_question"));
            }
            host.next("event_complete");
        }
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The tests' questions: "Qn" is answered "An". */
    private static void answer(Page phone, String question) {
        assertThat(phone.locator("#question-text")).hasText(question);
        String answer = "A" + question.substring(1);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(answer).setExact(true)).click();
        assertThat(phone.locator("#answer-status"))
                .hasText("Answer locked in: “" + answer + "”. Waiting for the reveal.");
    }
}

package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

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

/** A typo found at the venue is fixed in the console: questions, rounds and events edited, moved, copied, deleted. */
@QuarkusTest
class ConsoleEditingInBrowserTest extends BrowserTest {

    @Test
    void questionsRoundsAndTheEventAreEditedAndDeletedFromTheConsole() {
        Account organiser = TestAccounts.register("organiser");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Typo night"));
        UUID round = TestEvents.createTitledSegment(event, "Organiser", "Geografy");
        TestEvents.createQuestion(event, round, "What is the captial of France?", "Paris", List.of("Lyon"));
        TestEvents.createQuestion(event, round, "Which ocean is the largest?", "Pacific", List.of("Indian"));
        UUID spare = TestEvents.createTitledSegment(event, "Organiser", "Spare");
        TestEvents.createQuestion(event, spare, "Spare?", "Yes", List.of("No"));

        Page host = logIn(organiser);
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Typo night")).click();
        host.locator("#segment-select").selectOption(round.toString());
        assertThat(host.locator("#question-list li")).hasCount(2);

        // the typo: edited in place, its type changed too (a single question becomes a true/false one)
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit “What is the captial of France?”"))
                .click();
        assertThat(host.locator("#question-form-heading")).hasText("Edit the question");
        assertThat(host.locator("#question-correct-input")).hasValue("Paris");
        assertThat(host.locator("#question-wrong-input")).hasValue("Lyon");
        host.locator("#question-text-input").fill("What is the capital of France?");
        host.locator("#question-wrong-input").fill("Lyon\nNice");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the question")).click();
        assertThat(host.locator("#host-notice")).hasText("Question saved.");
        assertThat(host.locator("#question-list li").first())
                .containsText("What is the capital of France? → Paris (wrong: Lyon, Nice)");
        assertThat(host.locator("#question-form-heading")).hasText("Add a question");

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit “Which ocean is the largest?”"))
                .click();
        host.locator("#question-type").selectOption("true_false");
        host.locator("#question-text-input").fill("The Pacific is the largest ocean.");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the question")).click();
        assertThat(host.locator("#question-list li").last()).containsText("The Pacific is the largest ocean. → True");

        host.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Move “The Pacific is the largest ocean.” up"))
                .click();
        assertThat(host.locator("#question-list li").first()).containsText("The Pacific is the largest ocean.");
        assertThat(host.locator("#host-notice"))
                .hasText("Moved: “The Pacific is the largest ocean.” is now question 1.");

        host.onceDialog(dialog -> dialog.accept());
        host.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Delete “The Pacific is the largest ocean.”"))
                .click();
        assertThat(host.locator("#question-list li")).hasCount(1);

        // the round's name, and a round not wanted any more
        host.onceDialog(dialog -> dialog.accept("Geography"));
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename Round 1 – Geografy")).click();
        assertThat(host.locator("#round-list li").first()).containsText("Round 1 – Geography");
        host.onceDialog(dialog -> dialog.accept());
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete Round 2 – Spare")).click();
        assertThat(host.locator("#round-list li")).hasCount(1);

        // the event's name, then the event itself
        host.locator("#settings-card summary").click();
        host.getByLabel("Name of the event").fill("Geography night");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(host.locator("#event-heading")).hasText("Geography night");

        // run again next week: a copy with its rounds and questions, then the copy deleted
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duplicate this event")).click();
        assertThat(host.locator("#event-heading")).hasText("Geography night (copy)");
        assertThat(host.locator("#round-list li")).hasCount(1);
        assertThat(host.locator("#round-list li").first()).containsText("Round 1 – Geography · 1 question");
        String copy = host.url().replaceAll(".*event=", "");
        host.onceDialog(dialog -> dialog.accept());
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this event")).click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your events"))).isVisible();
        assertThat(host.locator("#event-list li")).hasCount(1);
        assertThat(host.locator("#event-list li")).containsText("Geography night");
        given().header("Authorization", organiser.bearer()).get("/api/events/" + copy).then().statusCode(404);
        given().header("Authorization", organiser.bearer()).get("/api/events/" + event.id()).then().statusCode(200);
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }
}

package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A deleted event's phone and big screen say so and stop reconnecting (they retried every 10 s, for ever). */
@QuarkusTest
class DeletedEventInBrowserTest extends BrowserTest {

    /** Counts the page's WebSocket constructions in {@code window.socketsOpened}, from its first script on. */
    private static final String COUNT_SOCKETS = """
            (() => {
              const Native = window.WebSocket;
              window.socketsOpened = 0;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  window.socketsOpened++;
                }
              };
            })();
            """;

    @Test
    void thePhoneAndTheBigScreenOfADeletedEventSaySoAndStopReconnecting() {
        TestAccounts.Account organiser = TestAccounts.register("organiser");
        CreatedEvent event = TestEvents.createEvent(organiser);
        Page phone = joinOnAPhone(event.joinCode(), "Rex");
        Page screen = browser.open("/screen/" + event.id() + "?code=" + event.joinCode(), WebBrowser.PROJECTOR);
        for (Page page : new Page[]{phone, screen}) {
            // the page's timers run on a clock the test moves: a reconnect after any backoff is seen without waiting
            page.addInitScript(COUNT_SOCKETS);
            page.clock().install();
            page.reload();
        }
        assertThat(phone.locator("#player-name")).hasText("Rex");
        assertThat(phone.locator("#connection")).hasText("");

        given().auth().oauth2(organiser.token()).delete("/api/quizzes/" + event.id()).then().statusCode(204);

        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This quiz was deleted")))
                .isVisible();
        assertThat(phone.getByText("You're in!")).isHidden();
        assertThat(screen.locator("#screen-connection")).hasText("This event was deleted by its organiser.");
        browser.screenshot(phone, "deleted-event-phone");
        for (Page page : new Page[]{phone, screen}) {
            // longer than the client's longest backoff (10 s), three times over
            page.clock().runFor(30_000);
            Assertions.assertThat(page.evaluate("window.socketsOpened")).as(page.url() + ": sockets opened")
                    .isEqualTo(1);
        }

        // the phone forgot the event: its link now says the code names no event
        phone.reload();
        assertThat(phone.locator("#player-alert")).hasText("Event not found. Check the code and try again.");
    }
}

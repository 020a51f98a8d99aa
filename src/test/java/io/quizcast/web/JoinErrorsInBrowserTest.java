package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.Sql;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the player page says when a join cannot go ahead as asked: the contract's messages, in words. */
@QuarkusTest
class JoinErrorsInBrowserTest {

    // the browser logs every 4xx answer as a console error; those are the point of these tests
    private static final String EXPECTED_HTTP_ERROR = "Failed to load resource: the server responded with a status of";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    private WebBrowser browser;

    @BeforeEach
    void launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        browser = WebBrowser.launch(base);
    }

    @AfterEach
    void close() {
        Assertions.assertThat(browser.consoleErrors()).allMatch(error -> error.contains(EXPECTED_HTTP_ERROR));
        browser.close();
    }

    private Page joinPage(String code, String name) {
        Page player = browser.open("/join?code=" + code, WebBrowser.PHONE);
        player.getByLabel("Your name").fill(name);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        return player;
    }

    @Test
    void anUnknownCodeSaysTheEventIsNotFoundAndAsksForTheCodeAgain() {
        Page player = browser.open("/join?code=ZZZZZ9", WebBrowser.PHONE);
        assertThat(player.getByRole(AriaRole.ALERT)).hasText("Event not found. Check the code and try again.");
        assertThat(player.getByLabel("Join code")).hasValue("ZZZZZ9");
        browser.screenshot(player, "player-unknown-code-phone");
    }

    /** Issue 18, defect 8: the page checks the lock before it asks for a name, and says so at once. */
    @Test
    void aLockedEventSaysSoBeforeAskingForAName() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        lock(event);
        List<String> joins = new CopyOnWriteArrayList<>();

        Page player = browser.open("about:blank", WebBrowser.PHONE);
        player.onRequest(request -> {
            if (request.url().endsWith("/api/events/join")) {
                joins.add(request.method());
            }
        });
        player.navigate("/join?code=" + event.joinCode());

        assertThat(player.getByRole(AriaRole.ALERT)).hasText("Event joining is locked");
        assertThat(player.locator("#locked-title")).hasText(TestEvents.DEFAULT_TITLE);
        assertThat(player.getByLabel("Your name")).isHidden();
        browser.screenshot(player, "player-join-locked-phone");
        // the organiser opens the doors again: the player asks once more and gets the name form
        given().header("Authorization", event.host().bearer()).post("/api/events/" + event.id() + "/join/unlock")
                .then().statusCode(200);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click();
        assertThat(player.getByLabel("Your name")).isVisible();
        assertThat(player.getByRole(AriaRole.ALERT)).isHidden();
        Assertions.assertThat(joins).as("join requests").isEmpty();
    }

    @Test
    void aLockAfterThePageAskedForTheNameIsSaidWhenJoining() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        Page player = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE);
        assertThat(player.getByLabel("Your name")).isVisible();
        lock(event);

        player.getByLabel("Your name").fill("Latecomer");
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();

        assertThat(player.getByRole(AriaRole.ALERT)).hasText("Event joining is locked");
        assertThat(player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again"))).isVisible();
    }

    private void lock(CreatedEvent event) {
        given().header("Authorization", event.host().bearer()).post("/api/events/" + event.id() + "/join/lock")
                .then().statusCode(200);
        // past the five-second grace a lock allows, without waiting for it
        Sql.update(pool, "UPDATE events SET join_locked_at = now() - interval '10 seconds' WHERE id = $1", event.id());
    }

    @Test
    void aTakenNameIsMadeUniqueAndThePlayerIsTold() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        TestEvents.join(event, "Alex");

        Page player = joinPage(event.joinCode(), "Alex");

        assertThat(player.locator("#player-notice"))
                .hasText("The name “Alex” is already taken in this event, so you play as “Alex 2”.");
        assertThat(player.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're in!")))
                .isVisible();
        assertThat(player.locator("#player-name")).hasText("Alex 2");
    }

    @Test
    void aNameOverTheLimitIsRefusedWithItsLengthNotCut() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        String longName = "Bartholomew Fitzgerald-Montgomery of the Western Isles";

        Page player = joinPage(event.joinCode(), longName);

        assertThat(player.locator("#name-input")).hasValue(longName);
        assertThat(player.locator("#name-counter")).hasText(longName.length() + "/50: too long");
        assertThat(player.getByRole(AriaRole.ALERT)).hasText("Names are at most 50 characters; this one has "
                + longName.length() + ". Shorten it, then join.");
        player.getByLabel("Your name").fill("Bartholomew");
        assertThat(player.locator("#name-counter")).hasText("11/50");
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(player.locator("#player-name")).hasText("Bartholomew");
    }

    @Test
    void anEndedEventSaysSo() {
        CreatedEvent event = TestEvents.createEvent(TestAccounts.register("host"));
        given().header("Authorization", event.host().bearer()).post("/api/quizzes/" + event.id() + "/complete")
                .then().statusCode(200);

        Page player = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE);

        assertThat(player.getByRole(AriaRole.ALERT)).hasText("Event has ended.");
    }
}

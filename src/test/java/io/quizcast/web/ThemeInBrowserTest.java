package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.event.EventTheme;
import io.quizcast.testsupport.GameClient;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.quizcast.testsupport.TestImages;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * An event's look: chosen in the console (colours and a logo), shown by the big screen and the phones, and every
 * built-in theme readable (4.5:1) in the lobby and during a question.
 */
@QuarkusTest
class ThemeInBrowserTest extends BrowserTest {

    @Test
    void theOrganisersThemeAndLogoReachTheScreenAndThePhones() {
        Account organiser = TestAccounts.register("organiser");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Gala night"));
        Page host = logIn(organiser, WebBrowser.LAPTOP);
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gala night")).click();
        host.locator("#settings-card summary").click();
        host.getByLabel("Colours").selectOption("berry");
        host.getByLabel("Logo (PNG, JPEG, WebP or GIF, at most 2 MB)")
                .setInputFiles(new FilePayload("logo.png", "image/png", TestImages.of("png", 300, 100)));
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(host.locator("#host-notice")).hasText("Settings saved: the next round plays with them.");
        assertThat(host.locator("#settings-logo-preview")).isVisible();
        assertThat(host.locator("#settings-logo-preview")).hasAttribute("src", Pattern.compile("^/api/images/"));

        Page screen = browser.open("/screen/" + event.id() + "?code=" + event.joinCode(), WebBrowser.PROJECTOR);
        assertThat(screen.locator("html")).hasAttribute("data-theme", "berry");
        assertThat(screen.locator("#screen-title")).hasText("Gala night");
        assertThat(screen.locator(".screen-brand .event-logo")).isVisible();
        Assertions.assertThat(naturalWidth(screen, ".screen-brand .event-logo")).as("the logo loaded").isEqualTo(300);
        Assertions.assertThat(style(screen, "body", "background-color")).isEqualTo("rgb(46, 16, 101)");

        Page phone = joinOnAPhone(event.joinCode(), "Ann");
        assertThat(phone.locator("html")).hasAttribute("data-theme", "berry");
        assertThat(phone.locator(".site-header .event-logo")).isVisible();
        Assertions.assertThat(style(phone, ".site-header", "background-color")).isEqualTo("rgb(59, 7, 100)");
        browser.screenshot(screen, "screen-lobby-themed-projector");
        browser.screenshot(phone, "player-lobby-themed-phone");

        // the organiser takes the logo away: the screen opened again has none
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the logo")).click();
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(host.locator("#settings-logo-current")).isHidden();
        screen.reload();
        assertThat(screen.locator("#screen-title")).hasText("Gala night");
        assertThat(screen.locator(".screen-brand .event-logo")).isHidden();
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void everyThemeReadsAt45To1OnTheScreenAndThePhoneInTheLobbyAndDuringAQuestion() throws Exception {
        Account organiser = TestAccounts.register("organiser");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Contrast", "time_per_question", 300));
        UUID round = TestEvents.createSegment(event, "Host", null);
        TestEvents.createQuestion(event, round, "Which planet is red?", "Mars", List.of("Venus", "Jupiter"));
        Page screen = browser.open("/screen/" + event.id() + "?code=" + event.joinCode(), WebBrowser.PROJECTOR);
        Page phone = joinOnAPhone(event.joinCode(), "Ann");
        for (EventTheme theme : EventTheme.values()) {
            showIn(theme, event, screen, phone);
            assertThat(screen.locator("#screen-names li")).hasText(new String[]{"Ann"});
            Assertions.assertThat(browser.lowContrastTexts(screen)).as("screen lobby, " + theme).isEmpty();
            Assertions.assertThat(browser.lowContrastTexts(phone)).as("phone lobby, " + theme).isEmpty();
        }
        try (GameClient host = GameClient.connect("host", base.toURI(), event.id(), event.host().token())) {
            host.joinAs(event.host().id());
            host.send(Map.of("type", "start_game", "segment_id", round.toString()));
            host.next("question");
            for (EventTheme theme : EventTheme.values()) {
                showIn(theme, event, screen, phone);
                assertThat(screen.locator("#screen-question-text")).hasText("Which planet is red?");
                assertThat(phone.locator("#question-text")).hasText("Which planet is red?");
                Assertions.assertThat(browser.lowContrastTexts(screen)).as("screen question, " + theme).isEmpty();
                Assertions.assertThat(browser.lowContrastTexts(phone)).as("phone question, " + theme).isEmpty();
            }
        }
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Sets the theme through the API and opens both pages again (they read the look when they load). */
    private static void showIn(EventTheme theme, CreatedEvent event, Page screen, Page phone) {
        RestAssured.given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("theme", theme.wireName())).put("/api/quizzes/" + event.id()).then().statusCode(200);
        screen.reload();
        phone.reload();
        assertThat(screen.locator("html")).hasAttribute("data-theme", theme.wireName());
        assertThat(phone.locator("html")).hasAttribute("data-theme", theme.wireName());
    }

    private static Object naturalWidth(Page page, String selector) {
        return page.locator(selector).evaluate("img => img.complete ? img.naturalWidth : -1");
    }

    private static String style(Page page, String selector, String property) {
        return (String) page.locator(selector).first()
                .evaluate("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
    }
}

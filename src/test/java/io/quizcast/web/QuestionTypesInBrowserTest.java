package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestImages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * One round with a question of every type, written in the console's editor (one with a picture), played on the big
 * screen and three phones: each type's input on the phones, and each reveal on the screen and the phones.
 */
@QuarkusTest
class QuestionTypesInBrowserTest extends BrowserTest {

    @Test
    void aRoundOfEveryTypeIsWrittenInTheConsoleAndPlayedOnThreePhones() {
        Page host = logIn(TestAccounts.register("organiser"));
        host.getByLabel("Title").fill("Seven kinds");
        host.getByLabel("Seconds per question (5 to 300)").fill("120");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create event")).click();
        assertThat(host.locator("#event-heading")).hasText("Seven kinds");
        String code = host.locator("#join-code").textContent();

        write(host, "single", "Which is a capital?", q -> {
            host.getByLabel("Correct answer").fill("Paris");
            host.getByLabel("Wrong answers, one per line").fill("Lyon\nNice");
            host.getByLabel("Points", new Page.GetByLabelOptions().setExact(true)).selectOption("double");
            host.getByLabel("Explanation shown at the reveal (optional)").fill("Paris has been the capital since 508.");
            host.getByLabel("Picture (optional; scaled to 1920 px before upload)").setInputFiles(new FilePayload(
                    "eiffel.png", "image/png", TestImages.of("png", 2400, 1600)));
        });
        write(host, "multiple", "Which are prime?", q -> {
            host.getByLabel("Right answers, one per line").fill("2\n3");
            host.getByLabel("Wrong answers, one per line").fill("4\n6");
        });
        write(host, "true_false", "Water boils at 100 °C at sea level.",
                q -> host.getByLabel("The statement is").selectOption("true"));
        write(host, "type_answer", "Largest city of Switzerland?",
                q -> host.getByLabel("Accepted answers, one per line").fill("Zürich"));
        write(host, "poll", "Tea or coffee?",
                q -> host.getByLabel("Options, one per line (2 to 6)").fill("Tea\nCoffee"));
        write(host, "slider", "Degrees in a right angle?", q -> {
            host.getByLabel("From").fill("0");
            host.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("180");
            host.getByLabel("Step").fill("5");
            host.getByLabel("The right value").fill("90");
            host.getByLabel("Points down to none at this far off").fill("20");
        });
        write(host, "ordering", "Smallest first",
                q -> host.getByLabel("Items in the right order, one per line (3 to 6)")
                        .fill("Mouse\nCat\nHorse"));
        assertThat(host.locator("#question-list li")).hasCount(7);
        assertThat(host.locator("#question-list li").first()).containsText("picture");
        browser.screenshot(host, "host-question-types-projector");

        Page screen = browser.open(host.locator("#screen-link").getAttribute("href"), WebBrowser.PROJECTOR);
        Page ann = joinOnAPhone(code, "Ann");
        Page ben = joinOnAPhone(code, "Ben");
        Page cat = joinOnAPhone(code, "Cat");
        assertThat(host.locator("#players-count")).hasText("3 players, 3 online");
        command(host, "Start the quiz");

        // single, double points, with its picture (scaled to 1920 px in the console before upload)
        question(List.of(ann, ben, cat, screen), "Which is a capital?");
        assertThat(ann.locator("#question-image img")).isVisible();
        assertThat(screen.locator("#screen-image img")).isVisible();
        Assertions.assertThat(ann.locator("#question-image img").evaluate("i => i.naturalWidth")).isEqualTo(1920);
        tap(ann, "Paris");
        tap(ben, "Lyon");
        browser.screenshot(ann, "player-single-image-phone");
        reveal(host);
        assertThat(screen.locator("#screen-correct")).hasText("Paris");
        assertThat(screen.locator("#screen-explanation")).hasText("Paris has been the capital since 508.");
        Assertions.assertThat(browser.lowContrastTexts(screen)).as("the explanation is read from the back").isEmpty();
        assertResult(ann, "Correct!");
        assertResult(ben, "Wrong");
        assertResult(cat, "No answer");
        browser.screenshot(screen, "screen-reveal-single-projector");

        // multiple: only the exact set scores
        next(host, List.of(ann, ben, cat, screen), "Which are prime?");
        assertThat(ann.locator("#answer-input")).containsText("points only when all of them are right");
        pick(ann, "2", "3");
        pick(ben, "2");
        pick(cat, "2", "3", "4");
        browser.screenshot(ann, "player-multiple-phone");
        reveal(host);
        assertThat(screen.locator("#screen-correct")).hasText("2, 3");
        assertThat(screen.locator("#screen-correct-count")).hasText("1 player got it right");
        assertResult(ann, "Correct!");
        assertResult(ben, "Wrong");
        assertResult(cat, "Wrong");

        // true or false
        next(host, List.of(ann, ben, cat, screen), "Water boils at 100 °C at sea level.");
        tap(ann, "True");
        tap(ben, "False");
        tap(cat, "True");
        reveal(host);
        assertThat(screen.locator("#screen-correct")).hasText("True");
        assertResult(ann, "Correct!");
        assertResult(ben, "Wrong");

        // type the answer: case and accents folded, one typo forgiven
        next(host, List.of(ann, ben, cat, screen), "Largest city of Switzerland?");
        type(ann, "zurich");
        type(ben, "Zurch");
        type(cat, "Geneva");
        browser.screenshot(ann, "player-type-answer-phone");
        reveal(host);
        assertThat(screen.locator(".bar[data-answer=\"zurich\"] .bar-count")).hasText("1");
        assertThat(screen.locator(".bar[data-answer=\"Geneva\"] .bar-count")).hasText("1");
        assertResult(ann, "Correct!");
        assertResult(ben, "Correct!");
        assertResult(cat, "Wrong");

        // poll: no right answer
        next(host, List.of(ann, ben, cat, screen), "Tea or coffee?");
        tap(ann, "Tea");
        tap(ben, "Tea");
        tap(cat, "Coffee");
        reveal(host);
        assertThat(screen.locator(".bar[data-answer=\"Tea\"] .bar-count")).hasText("2");
        assertThat(ann.locator("#result-title")).hasText("Thanks for voting");
        assertThat(host.locator("#live-phase")).containsText("a poll: every answer counts");

        // slider: within the tolerance scores, beyond it does not
        next(host, List.of(ann, ben, cat, screen), "Degrees in a right angle?");
        slide(ann, "90");
        slide(ben, "100");
        slide(cat, "150");
        browser.screenshot(ann, "player-slider-phone");
        reveal(host);
        assertThat(screen.locator("#screen-correct")).hasText("90");
        assertThat(screen.locator("#screen-chart .bar")).hasCount(10);
        assertResult(ann, "Spot on!");
        assertResult(ben, "Close!");
        assertThat(ben.locator("#result-detail")).hasText("You chose 100: 10 away from 90.");
        assertResult(cat, "Too far");
        assertThat(host.locator("#live-chart .bar")).hasCount(10);
        browser.screenshot(screen, "screen-reveal-slider-projector");

        // ordering: only the exact order scores
        next(host, List.of(ann, ben, cat, screen), "Smallest first");
        order(ann, List.of("Mouse", "Cat", "Horse"));
        order(ben, List.of("Cat", "Mouse", "Horse"));
        browser.screenshot(ann, "player-ordering-phone");
        reveal(host);
        assertThat(screen.locator("#screen-correct")).hasText("Mouse → Cat → Horse");
        assertResult(ann, "Correct!");
        assertResult(ben, "Wrong");
        assertResult(cat, "No answer");

        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Writes one question of {@code type} in the console's form. */
    private static void write(Page host, String type, String text, java.util.function.Consumer<Page> fields) {
        host.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption(type);
        host.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill(text);
        fields.accept(host);
        int before = host.locator("#question-list li").count();
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add question")).click();
        assertThat(host.locator("#question-list li")).hasCount(before + 1);
        assertThat(host.locator("#question-list li").last()).containsText(text);
    }

    private static void command(Page host, String name) {
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    private static void question(List<Page> pages, String text) {
        for (Page page : pages) {
            Locator heading = page.locator("#question-text, #screen-question-text").first();
            assertThat(heading).hasText(text);
        }
    }

    private static void next(Page host, List<Page> pages, String text) {
        command(host, "Next question");
        question(pages, text);
    }

    private static void reveal(Page host) {
        command(host, "Reveal the answer");
    }

    private static void locked(Page player) {
        assertThat(player.locator("#answer-status"))
                .hasText(Pattern.compile("^Answer locked in: .*Waiting for the reveal\\.$"));
    }

    private static void tap(Page player, String answer) {
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(answer).setExact(true)).click();
        locked(player);
    }

    private static void pick(Page player, String... answers) {
        for (String answer : answers) {
            player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(answer).setExact(true)).click();
        }
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        locked(player);
    }

    private static void type(Page player, String text) {
        player.getByLabel("Your answer").fill(text);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        locked(player);
    }

    private static void slide(Page player, String value) {
        player.locator("#slider-input").fill(value);
        assertThat(player.locator("#slider-value")).hasText(value);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        locked(player);
    }

    /** Moves the items with their up buttons until they stand in {@code wanted}, then sends the order. */
    private static void order(Page player, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            List<String> now = new ArrayList<>(player.locator("#order-list li span").allTextContents());
            for (int at = now.indexOf(wanted.get(i)); at > i; at--) {
                player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Move “" + wanted.get(i) + "” up")).click();
            }
        }
        assertThat(player.locator("#order-list li span")).hasText(wanted.toArray(String[]::new));
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my order")).click();
        locked(player);
    }

    private static void assertResult(Page player, String title) {
        assertThat(player.locator("#result-title")).hasText(title);
    }
}

package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** One whole event as a first-time organiser plays it: console, big screen, three phones, a second presenter. */
@QuarkusTest
class WholeEventInBrowserTest extends BrowserTest {

    private static final String PICTURE_QUESTION = "What is the capital of France?";
    private static final String TRUE_FALSE_QUESTION = "Water boils at 100 °C at sea level.";
    private static final String SLIDER_QUESTION = "How many degrees are in a right angle?";
    private static final String ORDERING_QUESTION = "Put these animals in order, smallest first";
    private static final String MULTIPLE_QUESTION = "Which of these are planets?";
    private static final String TYPED_QUESTION = "Which planet is the largest?";
    private static final List<String> ANIMALS = List.of("Mouse", "Cat", "Horse");

    /** How each question is answered right, for the mega quiz (which asks them again, in an order of its own). */
    private static final Map<String, Consumer<Page>> RIGHT_ANSWERS = Map.of(
            PICTURE_QUESTION, phone -> tap(phone, "Paris"),
            TRUE_FALSE_QUESTION, phone -> tap(phone, "True"),
            SLIDER_QUESTION, phone -> slide(phone, "90"),
            ORDERING_QUESTION, phone -> order(phone, ANIMALS),
            MULTIPLE_QUESTION, phone -> pick(phone, "Mars", "Venus"),
            TYPED_QUESTION, phone -> type(phone, "Jupiter"));

    private static final Pattern TOTAL = Pattern.compile("^Total (\\d+) points · .*$");
    private static final Pattern PODIUM_SCORE = Pattern.compile("^(\\d+) pts$");

    @Test
    void anOrganiserRunsTwoRoundsAMegaQuizAndThePodiumWithASecondPresenter() {
        // the organiser registers, creates the event and writes both rounds in the console, on a laptop
        Page host = browser.open("/host", WebBrowser.LAPTOP);
        String code = registerAndCreateEvent(host);
        addRound(host, "Quizmaster", "Warm-up");
        write(host, "single", PICTURE_QUESTION, form -> {
            form.getByLabel("Correct answer").fill("Paris");
            form.getByLabel("Wrong answers, one per line").fill("Lyon\nMarseille\nNice");
            form.getByLabel("Points", new Locator.GetByLabelOptions().setExact(true)).selectOption("double");
            form.getByLabel("Explanation shown at the reveal (optional)").fill("Paris has been the capital since 508.");
            form.getByLabel("Picture (optional; scaled to 1920 px before upload)").setInputFiles(new FilePayload(
                    "tower.png", "image/png", TestImages.of("png", 1200, 800)));
        });
        write(host, "true_false", TRUE_FALSE_QUESTION,
                form -> form.getByLabel("The statement is").selectOption("true"));
        write(host, "slider", SLIDER_QUESTION, form -> {
            form.getByLabel("From").fill("0");
            form.getByLabel("To", new Locator.GetByLabelOptions().setExact(true)).fill("180");
            form.getByLabel("Step").fill("5");
            form.getByLabel("The right value").fill("90");
            form.getByLabel("Points down to none at this far off").fill("20");
        });
        write(host, "ordering", ORDERING_QUESTION, form -> form
                .getByLabel("Items in the right order, one per line (3 to 6)").fill(String.join("\n", ANIMALS)));
        assertThat(host.locator("#question-list li").first()).containsText("picture");
        assertThat(host.locator("#question-list li").first()).containsText("double points");
        addRound(host, "Pat", "Science");
        write(host, "multiple", MULTIPLE_QUESTION, form -> {
            form.getByLabel("Right answers, one per line").fill("Mars\nVenus");
            form.getByLabel("Wrong answers, one per line").fill("Moon\nSun");
        });
        write(host, "type_answer", TYPED_QUESTION,
                form -> form.getByLabel("Accepted answers, one per line").fill("Jupiter"));
        assertThat(host.locator("#round-list li")).containsText(new String[]{
                "Round 1 – Warm-up · 4 questions · presented by Quizmaster · not played yet",
                "Round 2 – Science · 2 questions · presented by Pat · not played yet"});
        assertThat(host.locator("#next-round")).hasText("Next: Round 1 – Warm-up");
        // the organiser goes back up to the live game
        host.locator("#event-heading").scrollIntoViewIfNeeded();
        browser.screenshot(host, "whole-console-laptop");

        // the big screen, three phones and Pat, a second account, on its own phone
        Page screen = browser.open(host.locator("#screen-link").getAttribute("href"), WebBrowser.PROJECTOR);
        assertThat(screen.locator("#screen-code")).hasText(code);
        Page ann = joinOnAPhone(code, "Ann");
        Page ben = joinOnAPhone(code, "Ben");
        Page cat = joinOnAPhone(code, "Cat");
        Account patAccount = TestAccounts.register("Pat");
        Page pat = accountOnAPhone(patAccount, code);
        List<Page> players = List.of(ann, ben, cat, pat);
        assertThat(host.locator("#players-count")).hasText("4 players, 4 online");
        assertThat(host.locator("#players-list li > span")).hasText(new String[]{"Ann", "Ben", "Cat", "Pat"});
        assertThat(screen.locator("#screen-player-count")).hasText("4 players have joined");
        // the phones count the players as the console does: the organiser is not one
        assertThat(ann.locator("#lobby-count")).hasText("4 players in the event");
        assertThat(pat.locator("#lobby-count")).hasText("4 players in the event");
        assertThat(screen.locator("#screen-names li")).hasText(new String[]{"Ann", "Ben", "Cat", "Pat"});
        browser.screenshotInView(screen, "whole-screen-lobby-projector");
        browser.screenshot(ann, "whole-phone-lobby-phone");

        // round 1, the organiser's: a single choice with a picture on double points
        command(host, "Start the quiz");
        question(players, screen, PICTURE_QUESTION, "Question 1 of 4");
        assertThat(screen.locator("#screen-question-hint")).hasText("Double points!");
        assertPicture(screen.locator("#screen-image img"));
        assertPicture(ann.locator("#question-image img"));
        assertThat(ann.locator("#answer-status")).hasText("Double points!");
        browser.screenshotInView(screen, "whole-screen-question-image-projector");
        browser.screenshot(ann, "whole-phone-question-phone");
        tap(ann, "Paris");
        tap(ben, "Paris");
        tap(cat, "Paris");
        tap(pat, "Lyon");
        assertThat(host.locator("#live-answers")).hasText("4 of 4 answered: everyone is in");
        assertThat(screen.locator("#screen-answer-count")).hasText("4 of 4 answered");
        // the organiser may look up the right answer, folded away, on the console only
        assertThat(host.locator("#live-key")).isHidden();
        host.locator("#live-key-box summary").click();
        assertThat(host.locator("#live-key")).hasText("Paris");
        browser.screenshotInView(host, "whole-console-question-laptop");
        command(host, "Reveal the answer");
        assertThat(screen.locator("#screen-correct")).hasText("Paris");
        assertThat(screen.locator("#screen-correct-count")).hasText("3 players got it right");
        assertThat(screen.locator("#screen-explanation")).hasText("Paris has been the capital since 508.");
        assertBar(screen, "Paris", 3);
        assertBar(screen, "Lyon", 1);
        assertBar(host, "Paris", 3);
        assertThat(host.locator("#live-phase")).hasText("The answer: Paris (3 players got it right)");
        for (Page right : List.of(ann, ben, cat)) {
            assertResult(right, "Correct!");
        }
        assertResult(pat, "Wrong");
        assertThat(pat.locator("#result-detail")).hasText("You chose “Lyon”. The answer was “Paris”.");
        int annAfterOne = total(ann);
        Assertions.assertThat(annAfterOne).as("double points for a right answer").isBetween(2, 2000);
        Assertions.assertThat(total(pat)).isZero();
        Assertions.assertThat(browser.lowContrastTexts(screen)).as("the big screen at the reveal").isEmpty();
        Assertions.assertThat(browser.lowContrastTexts(ann)).as("a right answer's phone").isEmpty();
        Assertions.assertThat(browser.lowContrastTexts(pat)).as("a wrong answer's phone").isEmpty();
        browser.screenshotInView(screen, "whole-screen-reveal-projector");
        browser.screenshot(ann, "whole-phone-result-phone");

        // true or false: Ben's phone reloads before it answers, comes back on the question and answers it
        next(host, players, screen, TRUE_FALSE_QUESTION, "Question 2 of 4");
        tap(ann, "True");
        ben.reload();
        assertThat(ben.locator("#question-text")).hasText(TRUE_FALSE_QUESTION);
        assertThat(ben.locator("#question-number")).hasText("Question 2 of 4");
        assertThat(ben.locator("#countdown")).hasText(Pattern.compile("^\\d+ s left$"));
        assertThat(ben.locator("#player-name")).hasText("Ben");
        tap(ben, "True");
        tap(cat, "False");
        tap(pat, "True");
        assertThat(host.locator("#live-answers")).hasText("4 of 4 answered: everyone is in");
        assertThat(screen.locator("#screen-answer-count")).hasText("4 of 4 answered");
        command(host, "Reveal the answer");
        assertThat(screen.locator("#screen-correct")).hasText("True");
        assertResult(ben, "Correct!");
        assertResult(cat, "Wrong");
        assertResult(pat, "Correct!");
        command(host, "Show the leaderboard");
        assertThat(screen.locator("#screen-leaderboard-title")).hasText("This round's top 10");
        assertThat(screen.locator("#screen-ranking li")).hasCount(4);
        assertThat(screen.locator("#screen-ranking li").first()).containsText("Ann");
        assertThat(ann.locator("#leaderboard-me")).hasText(Pattern.compile("^You are #1 with \\d+ points\\.$"));
        browser.screenshotInView(screen, "whole-screen-leaderboard-projector");

        // a slider, then an ordering
        next(host, players, screen, SLIDER_QUESTION, "Question 3 of 4");
        assertThat(screen.locator("#screen-question-hint")).hasText("Choose a number on your phone");
        slide(ann, "90");
        slide(ben, "150");
        assertThat(host.locator("#live-answers")).hasText("2 of 4 answered");
        command(host, "Reveal the answer");
        assertThat(screen.locator("#screen-correct")).hasText("90");
        assertResult(ann, "Spot on!");
        assertResult(ben, "Too far");
        assertResult(cat, "No answer");
        next(host, players, screen, ORDERING_QUESTION, "Question 4 of 4");
        order(ann, ANIMALS);
        order(ben, List.of("Horse", "Cat", "Mouse"));
        command(host, "Reveal the answer");
        assertThat(screen.locator("#screen-correct")).hasText("Mouse → Cat → Horse");
        assertResult(ann, "Correct!");
        assertResult(ben, "Wrong");

        // the round is over: every screen says so, the console names the next round
        command(host, "Next question");
        assertThat(host.locator("#live-phase")).hasText("Round 1 – Warm-up is over.");
        assertThat(host.locator("#next-round")).hasText("Next: Round 2 – Science");
        // the console shows the event's standings, as the screen does, under a title
        assertThat(host.locator("#live-ranking-title")).hasText("Standings after Round 1 – Warm-up");
        assertThat(screen.locator("#screen-leaderboard-title")).hasText("Warm-up is over");
        for (Page phone : players) {
            assertThat(phone.locator("#final-title")).hasText("Warm-up is over");
        }
        assertThat(ann.locator("#final-me")).containsText("You are #1 overall");

        // Cat is removed: its phone says so, and every count after it says three
        host.onceDialog(dialog -> dialog.accept());
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Cat")).click();
        assertThat(cat.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("You were removed from this quiz"))).isVisible();
        assertThat(host.locator("#host-notice")).hasText("Cat was removed.");
        assertThat(host.locator("#players-count")).hasText("3 players, 3 online");
        assertThat(host.locator("#players-list li > span")).hasText(new String[]{"Ann", "Ben", "Pat"});
        assertThat(ann.locator("#lobby-count")).hasText("3 players in the event");
        assertThat(screen.locator("#screen-ranking li")).hasCount(3);
        assertThat(screen.locator("#screen-ranking")).not().containsText("Cat");
        browser.screenshot(cat, "whole-phone-removed-phone");
        browser.screenshotInView(screen, "whole-screen-round-over-projector");
        browser.screenshot(ann, "whole-phone-round-over-phone");

        // round 2 is Pat's: the organiser hands it over, Pat's phone becomes the presenter's seat
        assertThat(host.locator("#presenter-select option")).hasText(new String[]{"Pat"});
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select as presenter")).click();
        assertThat(host.locator("#host-notice")).containsText("Pat presents Round 2 – Science");
        assertThat(pat.locator("#seat-title")).hasText("You present the next round: Science");
        assertThat(pat.locator("[data-seat-command]:visible")).hasText(new String[]{"Start my round"});
        browser.screenshot(pat, "whole-seat-phone");
        browser.screenshotInView(host, "whole-console-between-rounds-laptop");

        seat(pat, "Start my round");
        List<Page> playing = List.of(ann, ben);
        question(playing, screen, MULTIPLE_QUESTION, "Question 1 of 2");
        assertThat(pat.locator("#seat-title")).hasText("You are presenting: Science");
        assertThat(pat.locator("#seat-question")).hasText("1/2 · " + MULTIPLE_QUESTION);
        // the presenter reads out the answers and sees the time left; the organiser sees who presents
        assertThat(pat.locator("#seat-options .answer")).hasCount(ann.locator("#answers .answer").count());
        assertThat(pat.locator("#seat-countdown")).hasText(Pattern.compile("^\\d+ s left$"));
        assertThat(host.locator("#live-presenter")).hasText("Pat presents this round from their seat.");
        assertThat(pat.locator("#seat-pass")).isDisabled();
        assertThat(pat.locator("[data-view=seat]")).isVisible();
        assertThat(pat.locator("[data-view=question]")).isHidden();
        assertThat(pat.locator("#answers .answer")).hasCount(0);
        assertThat(cat.locator("[data-view=removed]")).isVisible();
        assertThat(cat.locator("[data-view=question]")).isHidden();
        pick(ann, "Mars", "Venus");
        pick(ben, "Mars");
        assertThat(pat.locator("#seat-answers")).hasText("2 of 2 answered: everyone is in");
        assertThat(host.locator("#live-answers")).hasText("2 of 2 answered: everyone is in");
        assertThat(screen.locator("#screen-answer-count")).hasText("2 of 2 answered");
        browser.screenshot(pat, "whole-seat-question-phone");
        browser.screenshotInView(host, "whole-console-presented-laptop");
        seat(pat, "Reveal the answer");
        assertThat(pat.locator("#seat-status")).hasText("The answer: Mars, Venus (1 player got it right)");
        assertThat(screen.locator("#screen-correct")).hasText("Mars, Venus");
        assertResult(ann, "Correct!");
        assertResult(ben, "Wrong");
        seat(pat, "Show the leaderboard");
        assertThat(pat.locator("#seat-status")).hasText("The leaderboard is on the big screen.");
        assertThat(screen.locator("#screen-leaderboard-title")).hasText("This round's top 10");
        assertThat(screen.locator("#screen-ranking li").first()).containsText("Ann");
        assertThat(screen.locator("#screen-ranking")).not().containsText("Cat");
        seat(pat, "Next question");
        question(playing, screen, TYPED_QUESTION, "Question 2 of 2");
        assertThat(pat.locator("#seat-question")).hasText("2/2 · " + TYPED_QUESTION);
        type(ann, "jupiter");
        type(ben, "Jupiter");
        assertThat(pat.locator("#seat-answers")).hasText("2 of 2 answered: everyone is in");
        seat(pat, "Reveal the answer");
        assertThat(pat.locator("#seat-status")).hasText("The answer: Jupiter (2 players got it right)");
        assertResult(ann, "Correct!");
        assertResult(ben, "Correct!");
        seat(pat, "End the round");

        // every round is over: the organiser runs the mega quiz, Pat plays in it
        assertThat(host.locator("#live-phase"))
                .hasText("Every round is over. Run the mega quiz (6 questions) or skip to the podium.");
        assertThat(screen.locator("#screen-leaderboard-title")).hasText("Science is over");
        assertThat(screen.locator("#screen-ranking li")).hasCount(3);
        assertThat(screen.locator("#screen-ranking li").first()).containsText("Ann");
        browser.screenshotInView(screen, "whole-screen-standings-projector");
        assertThat(pat.locator("[data-view=seat]")).isHidden();
        assertThat(pat.locator("#final-title")).hasText("Science is over");
        browser.screenshotInView(host, "whole-console-mega-ready-laptop");
        command(host, "Run the mega quiz");
        List<Page> megaPlayers = List.of(ann, ben, pat);
        for (int i = 1; i <= 6; i++) {
            String number = "Question " + i + " of 6";
            assertThat(ann.locator("#question-number")).hasText(number);
            String text = ann.locator("#question-text").textContent();
            Assertions.assertThat(RIGHT_ANSWERS).as("a question of the two rounds").containsKey(text);
            question(megaPlayers, screen, text, number);
            RIGHT_ANSWERS.get(text).accept(ann);
            RIGHT_ANSWERS.get(text).accept(pat);
            assertThat(host.locator("#live-answers")).hasText("2 of 3 answered");
            assertThat(screen.locator("#screen-answer-count")).hasText("2 of 3 answered");
            command(host, "Reveal the answer");
            String right = SLIDER_QUESTION.equals(text) ? "Spot on!" : "Correct!";
            assertResult(ann, right);
            assertResult(pat, right);
            assertResult(ben, "No answer");
            if (i == 6) {
                watchThePodiumRise(screen);
            }
            command(host, "Next question");
        }

        // the podium: third, second, then the winner rise on the big screen; the phones and console agree
        screen.waitForFunction("() => window.podiumStarts.length >= 3");
        Assertions.assertThat(screen.evaluate("() => window.podiumStarts"))
                .as("the places rise one by one, the winner last")
                .isEqualTo(List.of("place-3", "place-2", "place-1"));
        Locator podium = screen.locator("#screen-podium");
        assertThat(podium.locator(".place-1")).containsText("Ann");
        assertThat(podium.locator(".place-2")).containsText("Pat");
        assertThat(podium.locator(".place-3")).containsText("Ben");
        assertThat(podium).not().containsText("Cat");
        assertThat(ann.locator("#final-title")).hasText("The quiz is over");
        assertThat(ann.locator("#final-me")).hasText("You finished #1 with " + podiumScore(screen, 1) + " points.");
        assertThat(pat.locator("#final-me")).hasText("You finished #2 with " + podiumScore(screen, 2) + " points.");
        assertThat(ben.locator("#final-me")).hasText("You finished #3 with " + podiumScore(screen, 3) + " points.");
        assertThat(host.locator("#live-phase")).hasText("The event is over. The winner: Ann.");
        assertThat(host.locator("#live-podium .place-1")).containsText("Ann");
        assertThat(cat.locator("[data-view=removed]")).isVisible();
        screen.waitForFunction("() => window.podiumEnds.includes('final-ranking')");
        browser.screenshotInView(screen, "whole-screen-podium-projector");
        browser.screenshot(ann, "whole-phone-final-phone");
        browser.screenshotInView(host, "whole-console-podium-laptop");

        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    private static String registerAndCreateEvent(Page host) {
        host.getByLabel("Username (3 to 50 characters)").fill(TestAccounts.uniqueUsername("organiser"));
        host.getByLabel("Display name").fill("Quizmaster");
        host.getByLabel("Password (at least 6 characters)").fill(TestAccounts.DEFAULT_PASSWORD);
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your events"))).isVisible();
        host.getByLabel("Title").fill("Quiz Night");
        // long enough that no question's time runs out under a slow machine (nothing reveals by itself anyway)
        host.getByLabel("Seconds per question (5 to 300)").fill("120");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create event")).click();
        assertThat(host.locator("#event-heading")).hasText("Quiz Night");
        assertThat(host.locator("#live-connection")).hasText("Connected to the game.");
        // the defaults a first-time organiser keeps: the organiser moves the game on
        assertThat(host.locator("#settings-auto-reveal")).not().isChecked();
        assertThat(host.locator("#settings-auto-advance")).hasValue("0");
        assertThat(host.locator("#settings-reading")).hasValue("0");
        String code = host.locator("#join-code").textContent();
        Assertions.assertThat(code).matches("[A-Z0-9]{6}");
        return code;
    }

    private static void addRound(Page host, String presenter, String name) {
        int before = host.locator("#round-list li").count();
        host.getByLabel("New round: presenter name").fill(presenter);
        host.getByLabel("New round: name (optional)").fill(name);
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a round")).click();
        assertThat(host.locator("#round-list li")).hasCount(before + 1);
        assertThat(host.locator("#round-list li .round-name").last()).hasText("Round " + (before + 1) + " – " + name);
        assertThat(host.locator("#question-list li")).hasCount(0);
    }

    /** Writes one question of {@code type} in the console's form, into the round chosen above it. */
    private static void write(Page host, String type, String text, Consumer<Locator> fields) {
        Locator form = host.locator("#question-form");
        form.getByLabel("Type", new Locator.GetByLabelOptions().setExact(true)).selectOption(type);
        form.getByLabel("Question", new Locator.GetByLabelOptions().setExact(true)).fill(text);
        fields.accept(form);
        int before = host.locator("#question-list li").count();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add question")).click();
        assertThat(host.locator("#question-list li")).hasCount(before + 1);
        assertThat(host.locator("#question-list li").last()).containsText(text);
    }

    /** A phone signed in as {@code account} (on the console's page) that then joins: its name comes from it. */
    private Page accountOnAPhone(Account account, String code) {
        Page phone = browser.open("/host", WebBrowser.PHONE);
        phone.locator("#login-username").fill(account.username());
        phone.locator("#login-password").fill(TestAccounts.DEFAULT_PASSWORD);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your events"))).isVisible();
        phone.navigate("/join?code=" + code);
        assertThat(phone.locator("#join-account")).hasText("You join as " + account.displayName() + ", logged in.");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(phone.locator("#player-name")).hasText(account.displayName());
        return phone;
    }

    private static void command(Page host, String name) {
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static void seat(Page presenter, String name) {
        presenter.locator("[data-view=seat]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static void question(List<Page> phones, Page screen, String text, String number) {
        for (Page phone : phones) {
            assertThat(phone.locator("#question-text")).hasText(text);
            assertThat(phone.locator("#question-number")).hasText(number);
        }
        assertThat(screen.locator("#screen-question-text")).hasText(text);
        assertThat(screen.locator("#screen-question-number")).hasText(number);
    }

    private static void next(Page host, List<Page> phones, Page screen, String text, String number) {
        command(host, "Next question");
        question(phones, screen, text, number);
    }

    /** The picture is shown and its file loaded (not a broken image). */
    private static void assertPicture(Locator image) {
        assertThat(image).isVisible();
        Object width = image.evaluate("img => img.decode().then(() => img.naturalWidth)");
        Assertions.assertThat(((Number) width).intValue()).isEqualTo(1200);
    }

    private static void locked(Page phone) {
        assertThat(phone.locator("#answer-status"))
                .hasText(Pattern.compile("^Answer locked in: .*Waiting for the reveal\\.$"));
    }

    private static void tap(Page phone, String answer) {
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(answer).setExact(true)).click();
        assertThat(phone.locator("#answer-status"))
                .hasText("Answer locked in: “" + answer + "”. Waiting for the reveal.");
    }

    private static void pick(Page phone, String... answers) {
        for (String answer : answers) {
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(answer).setExact(true)).click();
        }
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        locked(phone);
    }

    private static void type(Page phone, String text) {
        phone.getByLabel("Your answer").fill(text);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        locked(phone);
    }

    private static void slide(Page phone, String value) {
        phone.locator("#slider-input").fill(value);
        assertThat(phone.locator("#slider-value")).hasText(value);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        locked(phone);
    }

    /** Moves the items with their up buttons until they stand in {@code wanted}, then sends the order. */
    private static void order(Page phone, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            List<String> now = new ArrayList<>(phone.locator("#order-list li span").allTextContents());
            for (int at = now.indexOf(wanted.get(i)); at > i; at--) {
                phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Move “" + wanted.get(i) + "” up")).click();
            }
        }
        assertThat(phone.locator("#order-list li span")).hasText(wanted.toArray(String[]::new));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my order")).click();
        locked(phone);
    }

    private static void assertResult(Page phone, String title) {
        assertThat(phone.locator("#result-title")).hasText(title);
    }

    private static void assertBar(Page page, String answer, int count) {
        assertThat(page.locator(".bar[data-answer=\"" + answer + "\"] .bar-count")).hasText(String.valueOf(count));
    }

    /** The phone's total once the reveal's scores reached it. */
    private static int total(Page phone) {
        assertThat(phone.locator("#result-rank")).hasText(TOTAL);
        Matcher m = TOTAL.matcher(phone.locator("#result-rank").textContent());
        Assertions.assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The score the big screen's podium shows for a place. */
    private static int podiumScore(Page screen, int place) {
        Locator score = screen.locator("#screen-podium .place-" + place + " .score");
        assertThat(score).hasText(PODIUM_SCORE);
        Matcher m = PODIUM_SCORE.matcher(score.textContent());
        Assertions.assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /**
     * Notes, on the big screen, each podium place as its rise begins and each rise as it ends (the animations' own
     * events, in the order the room sees them).
     */
    private static void watchThePodiumRise(Page screen) {
        screen.evaluate("() => {"
                + " window.podiumStarts = []; window.podiumEnds = [];"
                + " document.addEventListener('animationstart', e => {"
                + "   if (e.target.matches('#screen-podium li')) window.podiumStarts.push(e.target.className); });"
                + " document.addEventListener('animationend', e => {"
                + "   if (e.target.matches('#screen-podium li, .final-ranking'))"
                + "     window.podiumEnds.push(e.target.classList.contains('final-ranking')"
                + "       ? 'final-ranking' : e.target.className); });"
                + "}");
    }
}

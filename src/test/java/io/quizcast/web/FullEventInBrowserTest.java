package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * One whole event in real Chromium: the organiser's console, the big screen and three players on phones. Ann
 * answers the first question right, Ben wrong, Cat never answers; on the second, Ben is right and Ann wrong.
 */
@QuarkusTest
class FullEventInBrowserTest extends BrowserTest {

    private static final Pattern POINTS = Pattern.compile("\\+(\\d+) points");
    private static final Pattern TOTAL = Pattern.compile("Total (\\d+) points · (\\d+)(?:st|nd|rd|th)\\b.*");

    @Test
    void anOrganiserRunsAWholeEventWithTheBigScreenAndThreePlayers() {
        Page host = browser.open("/host", WebBrowser.PROJECTOR);
        registerAndCreateEvent(host);
        String code = host.locator("#join-code").textContent();
        Assertions.assertThat(code).matches("[A-Z0-9]{6}");
        assertThat(host.locator("#join-qr")).hasAttribute("src", Pattern.compile("^/qr\\.svg\\?text="));
        addTwoQuestions(host);
        browser.screenshot(host, "host-setup-projector");

        Page screen = browser.open(host.locator("#screen-link").getAttribute("href"), WebBrowser.PROJECTOR);
        assertThat(screen.locator("#screen-code")).hasText(code);
        browser.screenshot(screen, "screen-lobby-projector");

        Page ann = join(code, "Ann");
        Page ben = join(code, "Ben");
        Page cat = join(code, "Cat");
        assertThat(host.locator("#players-count")).hasText("3 players, 3 online");
        assertThat(host.locator("#players-list li > span")).hasText(new String[]{"Ann", "Ben", "Cat"});
        browser.screenshot(ann, "player-lobby-phone");

        // question 1: Ann right, Ben wrong, Cat silent
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        for (Page page : List.of(ann, ben, cat)) {
            assertThat(page.locator("#question-text")).hasText("What is the capital of France?");
            assertThat(page.locator("#question-number")).hasText("Question 1 of 2");
            assertThat(page.locator("#countdown")).hasText(Pattern.compile("^\\d+ s left$"));
        }
        assertThat(screen.locator("#screen-question-text")).hasText("What is the capital of France?");
        assertThat(screen.locator("#screen-answers li")).hasCount(4);
        answer(ann, "Paris");
        answer(ben, "Lyon");
        browser.screenshot(ann, "player-answered-phone");
        Assertions.assertThat(browser.lowContrastTexts(ann)).isEmpty();
        assertThat(host.locator("#live-answers")).hasText("2 of 3 answered");
        assertThat(screen.locator("#screen-answer-count")).hasText("2 of 3 answered");
        browser.screenshot(screen, "screen-question-projector");

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")).click();
        for (Page page : List.of(screen, host)) {
            assertBar(page, "Paris", 1);
            assertBar(page, "Lyon", 1);
            assertBar(page, "Marseille", 0);
            assertBar(page, "Nice", 0);
        }
        assertThat(screen.locator("#screen-correct")).hasText("Paris");
        browser.screenshot(screen, "screen-reveal-projector");
        Assertions.assertThat(browser.lowContrastTexts(screen)).isEmpty();
        Assertions.assertThat(browser.lowContrastTexts(host)).isEmpty();
        assertThat(ann.locator("#result-title")).hasText("Correct!");
        int annFirst = points(ann);
        Assertions.assertThat(annFirst).isBetween(1, 1000);
        assertThat(ann.locator("#result-rank")).hasText("Total " + annFirst + " points · 1st: in the lead");
        browser.screenshot(ann, "player-correct-phone");
        Assertions.assertThat(browser.lowContrastTexts(ann)).isEmpty();
        assertThat(ben.locator("#result-title")).hasText("Wrong");
        assertThat(ben.locator("#result-detail")).hasText("You chose “Lyon”. The answer was “Paris”.");
        Assertions.assertThat(points(ben)).isZero();
        assertThat(cat.locator("#result-title")).hasText("No answer");
        Assertions.assertThat(points(cat)).isZero();
        int benRankAfterFirst = rank(ben);
        int catRankAfterFirst = rank(cat);
        Assertions.assertThat(List.of(benRankAfterFirst, catRankAfterFirst)).allMatch(r -> r == 2 || r == 3);

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the leaderboard")).click();
        assertThat(screen.locator("#screen-ranking li").first()).containsText("Ann");
        assertThat(screen.locator("#screen-ranking li").first()).containsText(annFirst + " pts");
        assertThat(ann.locator("#leaderboard-me")).hasText("You are #1 with " + annFirst + " points.");
        assertThat(ann.locator("#leaderboard li.me")).containsText("Ann");
        browser.screenshot(screen, "screen-leaderboard-projector");

        // question 2: Ben right, Ann wrong, Cat silent
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
        for (Page page : List.of(ann, ben, cat)) {
            assertThat(page.locator("#question-text")).hasText("How much is 2 + 2?");
        }
        answer(ben, "4");
        answer(ann, "5");
        assertThat(screen.locator("#screen-answer-count")).hasText("2 of 3 answered");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")).click();
        assertBar(screen, "4", 1);
        assertBar(screen, "5", 1);
        assertBar(screen, "3", 0);
        assertBar(screen, "22", 0);
        assertThat(ben.locator("#result-title")).hasText("Correct!");
        int benSecond = points(ben);
        Assertions.assertThat(benSecond).isBetween(1, 1000);
        assertThat(ann.locator("#result-title")).hasText("Wrong");
        Assertions.assertThat(points(ann)).isZero();
        assertThat(cat.locator("#result-title")).hasText("No answer");
        // equal points: the faster answer leads (the contract's tie-break), which only the page can tell here
        int annRank = annFirst > benSecond ? 1 : annFirst < benSecond ? 2 : rank(ann);
        Assertions.assertThat(annRank).isIn(1, 2);
        int benRank = 3 - annRank;
        // each phone says its place and how far the next place up is ("2nd, 120 behind Ann")
        Page leader = annRank == 1 ? ann : ben;
        Page runnerUp = annRank == 1 ? ben : ann;
        String leaderName = annRank == 1 ? "Ann" : "Ben";
        String runnerUpName = annRank == 1 ? "Ben" : "Ann";
        int leaderScore = Math.max(annFirst, benSecond);
        int runnerUpScore = Math.min(annFirst, benSecond);
        assertThat(leader.locator("#result-rank")).hasText("Total " + leaderScore + " points · 1st: in the lead");
        assertThat(runnerUp.locator("#result-rank")).hasText("Total " + runnerUpScore + " points · 2nd"
                + (leaderScore > runnerUpScore ? ", " + (leaderScore - runnerUpScore) + " behind " + leaderName : ""));
        assertThat(cat.locator("#result-rank"))
                .hasText("Total 0 points · 3rd, " + runnerUpScore + " behind " + runnerUpName);

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the leaderboard")).click();
        assertThat(screen.locator("#screen-ranking li")).hasCount(3);
        assertThat(screen.locator("#screen-ranking li").nth(2)).containsText("Cat");
        assertThat(screen.locator("#screen-leaderboard-title")).hasText("This round's top 10");

        // the end: the round is over, the host skips the mega quiz, everyone sees the podium
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
        // a round without a title of its own: phone and screen never show the server's "Segment 1"
        assertThat(ann.locator("#final-title")).hasText("The round is over");
        // not the end yet: the phone says the event goes on (the podium comes after the mega quiz or its skip)
        assertThat(ann.locator("#final-me")).containsText("overall with " + annFirst + " points. The quiz goes on");
        assertThat(screen.locator("#screen-leaderboard-title")).hasText("The round is over");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip to the podium")).click();
        String first = annRank == 1 ? "Ann" : "Ben";
        String second = annRank == 1 ? "Ben" : "Ann";
        Locator podium = screen.locator("#screen-podium li");
        assertThat(podium).hasCount(3);
        assertThat(screen.locator("#screen-podium .place-1")).containsText(first);
        assertThat(screen.locator("#screen-podium .place-2")).containsText(second);
        assertThat(screen.locator("#screen-podium .place-3")).containsText("Cat");
        assertThat(host.locator("#live-podium .place-1")).containsText(first);
        assertThat(ann.locator("#final-me")).hasText("You finished #" + annRank + " with " + annFirst + " points.");
        assertThat(ben.locator("#final-me")).hasText("You finished #" + benRank + " with " + benSecond + " points.");
        assertThat(cat.locator("#final-me")).hasText("You finished #3 with 0 points.");
        browser.screenshot(screen, "screen-podium-projector");
        browser.screenshot(ann, "player-final-phone");
        browser.screenshot(host, "host-podium-projector");

        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void registerAndCreateEvent(Page host) {
        host.getByLabel("Username (3 to 50 characters)").fill(TestAccounts.uniqueUsername("organiser"));
        host.getByLabel("Display name").fill("Quizmaster");
        host.getByLabel("Password (at least 6 characters)").fill(TestAccounts.DEFAULT_PASSWORD);
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your events"))).isVisible();
        assertThat(host.locator("#host-user")).hasText("Quizmaster");
        host.getByLabel("Title").fill("Friday Quiz");
        host.getByLabel("Seconds per question (5 to 300)").fill("60");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create event")).click();
        assertThat(host.locator("#event-heading")).hasText("Friday Quiz");
        assertThat(host.locator("#join-code")).hasText(Pattern.compile("^[A-Z0-9]{6}$"));
    }

    private static void addTwoQuestions(Page host) {
        host.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill("What is the capital of France?");
        host.getByLabel("Correct answer").fill("Paris");
        host.getByLabel("Wrong answers, one per line").fill("Lyon\nMarseille\nNice");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add question")).click();
        assertThat(host.locator("#question-list li")).hasCount(1);
        host.locator("#import-text").fill("{\"questions\":[{\"question_text\":\"How much is 2 + 2?\","
                + "\"correct_answer\":\"4\",\"fake_answers\":[\"3\",\"5\",\"22\"]}]}");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(host.locator("#import-result")).containsText("Imported 1, failed 0.");
        assertThat(host.locator("#question-list li")).hasCount(2);
    }

    private Page join(String code, String name) {
        Page player = browser.open("/join?code=" + code, WebBrowser.PHONE);
        assertThat(player.locator("#event-title")).hasText("Friday Quiz");
        player.getByLabel("Your name").fill(name);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(player.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're in!")))
                .isVisible();
        assertThat(player.locator("#player-name")).hasText(name);
        return player;
    }

    private static void answer(Page player, String answer) {
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(answer).setExact(true)).click();
        assertThat(player.locator("#answer-status"))
                .hasText("Answer locked in: “" + answer + "”. Waiting for the reveal.");
    }

    private static void assertBar(Page page, String answer, int count) {
        Locator bar = page.locator(".bar[data-answer=\"" + answer + "\"]");
        assertThat(bar.locator(".bar-count")).hasText(String.valueOf(count));
    }

    private static int points(Page player) {
        assertThat(player.locator("#result-points")).hasText(POINTS);
        Matcher m = POINTS.matcher(player.locator("#result-points").textContent());
        Assertions.assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int rank(Page player) {
        assertThat(player.locator("#result-rank")).hasText(TOTAL);
        Matcher m = TOTAL.matcher(player.locator("#result-rank").textContent());
        Assertions.assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(2));
    }
}

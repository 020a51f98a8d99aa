package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;
import io.quizcast.testsupport.FakeAiProvider;
import io.quizcast.testsupport.FakeAiProvider.Reply;
import io.quizcast.testsupport.GenerationFixtures;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The talk becomes the quiz in Chromium with a fake microphone, against the fake AI provider: a presenter records
 * from the phone, stops, follows the job, edits a draft and approves; the players' phones and the big screen leave
 * "being prepared" and the round is played. And the organiser's console records with interval takes through a
 * reload: the chunks the device kept are sent first and the numbering goes on.
 */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class TalkToQuizInBrowserTest extends BrowserTest {

    private static final String FIRST = "When was the Eiffel Tower completed?";
    private static final String EDITED = "In which year was the Eiffel Tower completed?";
    private static final Path SPOKEN_TALK = WebBrowser.SCREENSHOTS.resolveSibling("talk.wav");

    FakeAiProvider fake;

    @Override
    List<String> browserArgs() {
        List<String> args = new ArrayList<>(WebBrowser.FAKE_MICROPHONE);
        // the talk's words when espeak-ng is installed; Chromium's test tone otherwise (the fake hears no audio)
        if (spokenTalk()) {
            args.add("--use-file-for-fake-audio-capture=" + SPOKEN_TALK.toAbsolutePath());
        }
        return args;
    }

    @BeforeEach
    void provider() {
        fake = GenerationFixtures.freshProvider();
        fake.speechResponder(call -> Reply.transcript(GenerationFixtures.TALK, 25));
    }

    @Test
    void aPresenterRecordsFromThePhoneReviewsTheDraftsAndTheRoomPlaysThem() {
        Account organiser = TestAccounts.register("organiser");
        Account pat = TestAccounts.register("Pat");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Tower talks",
                "questions_to_generate", 3));
        UUID round = segment(event, "Pat", "Eiffel", pat.id());

        Page ann = joinOnAPhone(event.joinCode(), "Ann");
        Page screen = browser.open("/screen/" + event.id() + "?code=" + event.joinCode(), WebBrowser.PROJECTOR);
        Page patPhone = presenterSeat(pat, event);
        assertThat(patPhone.locator("#seat-title")).hasText("Your talk: Eiffel");
        Locator talk = patPhone.locator(".talk");
        assertThat(
                talk.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("From the talk to the quiz")))
                .isVisible();
        browser.screenshot(patPhone, "talk-seat-ready-phone");

        // about 25 seconds of talk: two 10-second chunks are on the server before the stop
        button(talk, "Record the talk").click();
        assertThat(talk.locator(".talk-state")).hasText("Recording the talk");
        assertThat(talk.getByLabel("Microphone level")).isVisible();
        assertThat(talk.locator(".talk-uploads")).hasText("2 parts saved on the server",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(talk.getByRole(AriaRole.TIMER)).hasText(Pattern.compile("^0:2\\d$"),
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        patPhone.waitForTimeout(5_000);
        browser.screenshot(patPhone, "talk-seat-recording-phone");
        // the transcription is held until the stage was seen (the profile's client gives up after 3 s)
        Runnable transcribed = fake.holdSpeechReplies();
        button(talk, "Stop and make the quiz").click();

        // the room hears the quiz is on its way; the presenter follows the job
        assertThat(ann.locator("#lobby-text")).hasText("Pat's quiz is being prepared.");
        assertThat(screen.locator("#screen-lobby-text")).hasText("Pat's quiz is being prepared…");
        assertThat(talk.locator(".job-stage")).containsText("Turning the talk into text");
        assertThat(talk.getByRole(AriaRole.PROGRESSBAR)).isVisible();
        browser.screenshot(patPhone, "talk-seat-progress-phone");
        transcribed.run();
        browser.screenshot(ann, "talk-player-preparing-phone");
        browser.screenshot(screen, "talk-screen-preparing");

        // the drafts: each with its answers, quality and quote; one is edited, then all are approved
        assertThat(talk.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("3 questions to review")))
                .isVisible(new LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        Locator first = talk.locator(".draft").first();
        assertThat(first.locator(".draft-question")).hasText(FIRST);
        assertThat(first).containsText("Right answer: 1889");
        assertThat(first.locator(".quality")).containsText("Quality");
        assertThat(first.locator(".evidence")).containsText("completed in 1889");
        browser.screenshot(patPhone, "talk-seat-drafts-phone");
        Assertions.assertThat(fake.speechRequests()).as("one take, transcribed once").hasSize(1);
        Assertions.assertThat(fake.speechRequests().get(0).bytes()).isPositive();

        talk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit “" + FIRST + "”")).click();
        first.getByLabel("Question", new Locator.GetByLabelOptions().setExact(true)).fill(EDITED);
        button(first, "Save").click();
        assertThat(talk.locator(".draft-question").first()).hasText(EDITED);
        assertThat(ann.locator("#lobby-text")).hasText("Pat's quiz is being prepared.");
        button(talk, "Approve all 3 questions").click();

        // only now does the room hear the quiz is ready; the presenter's seat offers the round
        assertThat(ann.locator("#lobby-text")).hasText("The quiz is ready: waiting for the host to start it.");
        assertThat(screen.locator("#screen-lobby-text")).hasText("The quiz is ready: it starts in a moment.");
        assertThat(patPhone.locator("#seat-title")).hasText("You present the next round: Eiffel");
        List<String> questions = given().header("Authorization", organiser.bearer())
                .get("/api/segments/{sid}/questions", round).then().statusCode(200).extract().path("question_text");
        Assertions.assertThat(questions).hasSize(3).first().isEqualTo(EDITED);

        // the round is played from the seat
        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start my round")).click();
        assertThat(ann.locator("#question-text")).hasText(EDITED);
        assertThat(screen.locator("#screen-question-text")).hasText(EDITED);
        ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1889")).click();
        assertThat(patPhone.locator("#seat-answers")).hasText("1 of 1 answered: everyone is in");
        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answer")).click();
        assertThat(ann.locator("#result-title")).hasText("Correct!");
        browser.screenshot(ann, "talk-player-correct-phone");
        // "no job yet" is a 204, not an error
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void afterTheFirstRoundTheEventWaitsForTheNextTalkAndItsPresenterIsChosen() {
        Account organiser = TestAccounts.register("organiser");
        Account pat = TestAccounts.register("Pat");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Two talks",
                "questions_to_generate", 3));
        UUID warmUp = segment(event, "Organiser", "Warm-up", organiser.id());
        TestEvents.createQuestion(event, warmUp, "Ready?", "Yes", List.of("No"));
        // the second talk's round: a presenter's name and no questions, as an organiser prepares it
        TestEvents.createSegment(event, "Pat", null);

        Page ann = joinOnAPhone(event.joinCode(), "Ann");
        Page patPhone = presenterSeat(pat, event);
        Page console = logIn(organiser, WebBrowser.LAPTOP);
        console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two talks")).click();
        button(console.locator(".controls"), "Start the quiz").click();
        ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes")).click();
        button(console.locator(".controls"), "End the round").click();

        // the next round has no questions: the console says its talk makes them, and who is to give it
        assertThat(console.locator("#live-phase")).hasText("Round 1 – Warm-up is over.");
        assertThat(console.locator("#next-round")).hasText("Next: Round 2 – Pat, with no questions yet. Its talk"
                + " makes them (record it under \"From the talk to the quiz\", or its presenter from their phone),"
                + " or add them under \"Rounds and questions\".");
        assertThat(button(console.locator(".event-live"), "Skip the rounds without questions")).isVisible();
        assertThat(ann.locator("#final-me")).containsText("The quiz goes on");
        console.locator("#presenter-select").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Pat"));
        button(console.locator(".event-live"), "Select as presenter").click();
        browser.screenshotInView(console, "talk-console-next-talk-laptop");

        // Pat's phone becomes the seat of a talk: the quiz is made from pasted notes
        assertThat(patPhone.locator("#seat-title")).hasText("Your talk");
        Locator talk = patPhone.locator(".talk");
        talk.getByText("Or make the quiz from notes or a topic").click();
        talk.getByLabel("Notes of the talk (pasted text)").fill(GenerationFixtures.TALK);
        button(talk, "Make the quiz from these notes").click();
        assertThat(ann.locator("#lobby-text")).hasText("Pat's quiz is being prepared.");
        assertThat(talk.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("3 questions to review")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        button(talk, "Approve all 3 questions").click();
        assertThat(console.locator("#next-round")).hasText("Next: Round 2 – Pat");

        patPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start my round")).click();
        assertThat(ann.locator("#question-text")).hasText(FIRST);
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theConsoleRecordsInIntervalTakesAndAReloadLosesNothing() {
        Account organiser = TestAccounts.register("organiser");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Interval talks",
                "questions_to_generate", 3, "question_gen_interval_seconds", 10));
        UUID round = segment(event, "Organiser", "Keynote", organiser.id());

        Page console = logIn(organiser, WebBrowser.LAPTOP);
        console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Interval talks")).click();
        Locator talk = console.locator(".talk");
        assertThat(talk.getByLabel("Round being presented")).hasValue(round.toString());
        button(talk, "Record the talk").click();
        assertThat(talk.locator(".talk-state")).hasText("Recording the talk");
        // past the second interval: two takes are closed and a third one runs
        assertThat(talk.getByRole(AriaRole.TIMER)).hasText(Pattern.compile("^0:2[2-9]$"),
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(talk.locator(".talk-uploads")).containsText(Pattern.compile("[2-9] parts saved on the server"));
        talk.scrollIntoViewIfNeeded();
        browser.screenshotInView(console, "talk-console-recording-laptop");

        // a reload mid-talk: the page says so, and recording goes on in a new take after the highest index
        console.reload();
        assertThat(talk.locator(".talk-state")).containsText("The recording stopped when the page closed");
        button(talk, "Record on").click();
        assertThat(talk.locator(".talk-state")).hasText("Recording the talk");
        console.waitForTimeout(12_000);
        button(talk, "Stop and make the quiz").click();
        assertThat(talk.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("3 questions to review")))
                .isVisible(new LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        talk.scrollIntoViewIfNeeded();
        browser.screenshotInView(console, "talk-console-drafts-laptop");

        // each take was transcribed as one part; the parts follow each other with no chunk missing
        JsonPath transcript = given().header("Authorization", organiser.bearer())
                .get("/api/segments/{sid}/transcript", round).then().statusCode(200).extract().jsonPath();
        List<Integer> firsts = transcript.getList("parts.first_chunk", Integer.class);
        List<Integer> lasts = transcript.getList("parts.last_chunk", Integer.class);
        Assertions.assertThat(firsts).as("takes: the first, at least one interval's, the one after the reload")
                .hasSizeGreaterThanOrEqualTo(3).first().isEqualTo(0);
        Assertions.assertThat(IntStream.range(1, firsts.size()).map(i -> firsts.get(i) - lasts.get(i - 1)))
                .as("no chunk missing between takes").containsOnly(1);
        List<String> levels = given().header("Authorization", organiser.bearer())
                .get("/api/segments/{sid}/processing-logs", round).then().statusCode(200).extract().path("level");
        Assertions.assertThat(levels).as("no warning (a missing chunk) in the log").containsOnly("info");

        button(talk, "Approve all 3 questions").click();
        assertThat(talk.locator(".notice")).containsText("3 questions added to the round");
        assertThat(console.locator("#question-list li")).hasCount(3);
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A titled round presented by an account. */
    private static UUID segment(CreatedEvent event, String presenterName, String title, UUID presenter) {
        return UUID.fromString(given().header("Authorization", event.host().bearer()).contentType(ContentType.JSON)
                .body(Map.of("presenter_name", presenterName, "title", title, "presenter_user_id",
                        presenter.toString()))
                .post("/api/events/{id}/segments", event.id()).then().statusCode(201).extract().path("id"));
    }

    /** The presenter's phone: signed in to its account, then joined with the code; its seat shows its round. */
    private Page presenterSeat(Account account, CreatedEvent event) {
        Page page = logIn(account, WebBrowser.PHONE);
        page.navigate("/join?code=" + event.joinCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
        assertThat(page.locator("#player-name")).hasText(account.displayName());
        return page;
    }

    /** Writes the talk as speech (espeak-ng) once; false when espeak-ng is not installed. */
    private static synchronized boolean spokenTalk() {
        if (Files.exists(SPOKEN_TALK)) {
            return true;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/espeak-ng"))) {
            return false;
        }
        try {
            Files.createDirectories(SPOKEN_TALK.getParent());
            Process espeak = new ProcessBuilder("/usr/bin/espeak-ng", "-w", SPOKEN_TALK.toString(),
                    GenerationFixtures.TALK).redirectErrorStream(true).start();
            return espeak.waitFor(30, TimeUnit.SECONDS) && espeak.exitValue() == 0 && Files.exists(SPOKEN_TALK);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

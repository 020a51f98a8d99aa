package io.quizcast.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.testsupport.TestAccounts;
import io.quizcast.testsupport.TestAccounts.Account;
import io.quizcast.testsupport.TestEvents;
import io.quizcast.testsupport.TestEvents.CreatedEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The pages speak the browser's language (English and French here), switch by hand, and leave no text
 * untranslated: one event is played in each language, every page's texts read at each step (hidden views too), and
 * no French page may hold a text its English twin holds, but for the event's own data.
 */
@QuarkusTest
class LanguagesInBrowserTest extends BrowserTest {

    private static final Pattern MISSING_KEY = Pattern
            .compile("^(common|landing|host|player|screen|generation)\\.[\\w.]+$");
    private static final String PASSWORD = TestAccounts.DEFAULT_PASSWORD;

    @Test
    void theBrowsersLanguageChoosesAndTheSwitchChangesAndIsRemembered() {
        Page french = browser.open("/", WebBrowser.PHONE, "fr-FR");
        assertThat(french.locator("html")).hasAttribute("lang", "fr");
        assertThat(french.locator("h1")).hasText("Des quiz en direct pour votre événement");
        assertThat(french.getByLabel("Langue")).hasValue("fr");

        Page page = browser.open("/", WebBrowser.PHONE, "en-GB");
        assertThat(page.locator("h1")).hasText("Live quizzes for your event");
        page.getByLabel("Language").selectOption("fr");
        assertThat(page.locator("h1")).hasText("Des quiz en direct pour votre événement");
        page.navigate("/join");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByLabel("Langue")).hasValue("fr");
        page.getByLabel("Langue").selectOption("en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        // a language without catalogues falls back to English
        Page german = browser.open("/", WebBrowser.PHONE, "de-DE");
        assertThat(german.locator("h1")).hasText("Live quizzes for your event");
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void everyPageReadsInFrenchWithNoTextLeftInEnglish() {
        Map<String, Set<String>> english = playAnEventIn("en-US");
        Map<String, Set<String>> french = playAnEventIn("fr-FR");
        List<Pattern> sameInBoth = sameInBothCatalogues();

        Map<String, Set<String>> untranslated = new TreeMap<>();
        Map<String, Set<String>> missingKeys = new TreeMap<>();
        french.forEach((step, texts) -> {
            for (String text : texts) {
                if (MISSING_KEY.matcher(text).matches()) {
                    missingKeys.computeIfAbsent(step, s -> new TreeSet<>()).add(text);
                } else if (english.getOrDefault(step, Set.of()).contains(text) && !isData(text)
                        && sameInBoth.stream().noneMatch(p -> p.matcher(text).matches())) {
                    untranslated.computeIfAbsent(step, s -> new TreeSet<>()).add(text);
                }
            }
        });
        Assertions.assertThat(missingKeys).as("keys without a text").isEmpty();
        Assertions.assertThat(untranslated).as("French pages with English texts").isEmpty();
        Assertions.assertThat(english.keySet()).as("every step read in both").isEqualTo(french.keySet());
        Assertions.assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * The same event in one language: the landing page, the join form, the console (login, events, the event with
     * its settings), the big screen and a phone through a question, its reveal, the leaderboard and the podium.
     */
    private Map<String, Set<String>> playAnEventIn(String locale) {
        Map<String, Set<String>> texts = new TreeMap<>();
        Account organiser = TestAccounts.register("org");
        CreatedEvent event = TestEvents.createEvent(organiser, Map.of("title", "Quiz 42", "time_per_question", 120));
        UUID round = TestEvents.createSegment(event, "Org", null);
        TestEvents.createQuestion(event, round, "2 + 2 = ?", "4", List.of("5", "3"));

        read(texts, "landing", browser.open("/", WebBrowser.PHONE, locale));
        read(texts, "join-code", browser.open("/join", WebBrowser.PHONE, locale));

        Page console = browser.open("/host", WebBrowser.LAPTOP, locale);
        assertThat(console.locator("#login-form")).isVisible();
        read(texts, "console-account", console);
        console.locator("#login-username").fill(organiser.username());
        console.locator("#login-password").fill(PASSWORD);
        console.locator("#login-password").press("Enter");
        assertThat(console.locator("[data-view=events]")).isVisible();
        assertThat(console.locator("#event-list")).containsText("Quiz 42");
        read(texts, "console-events", console);
        console.locator("#event-list a").first().click();
        assertThat(console.locator("[data-view=event]")).isVisible();
        console.locator("#settings-card summary").click();
        read(texts, "console-event", console);

        Page screen = browser.open("/screen/" + event.id() + "?code=" + event.joinCode(), WebBrowser.PROJECTOR,
                locale);
        Page phone = browser.open("/join?code=" + event.joinCode(), WebBrowser.PHONE, locale);
        assertThat(phone.locator("[data-view=join]")).isVisible();
        read(texts, "phone-join", phone);
        phone.locator("#name-input").fill("Ann");
        phone.locator("#name-input").press("Enter");
        assertThat(phone.locator("[data-view=lobby]")).isVisible();
        assertThat(screen.locator("#screen-names li")).hasText(new String[]{"Ann"});
        read(texts, "phone-lobby", phone);
        read(texts, "screen-lobby", screen);

        console.locator("[data-command=start_game]").click();
        assertThat(phone.locator("#question-text")).hasText("2 + 2 = ?");
        assertThat(screen.locator("#screen-question-text")).hasText("2 + 2 = ?");
        read(texts, "console-question", console);
        read(texts, "screen-question", screen);
        read(texts, "phone-question", phone);
        phone.locator("#answers button[data-answer='4']").click();
        assertThat(console.locator("#live-answers")).containsText("1");
        read(texts, "phone-answered", phone);

        console.locator("[data-command=reveal_answer]").click();
        assertThat(screen.locator("[data-view=reveal]")).isVisible();
        assertThat(phone.locator("[data-view=result]")).isVisible();
        read(texts, "console-reveal", console);
        read(texts, "screen-reveal", screen);
        read(texts, "phone-result", phone);

        console.locator("[data-command=show_leaderboard]").click();
        assertThat(screen.locator("[data-view=leaderboard]")).isVisible();
        read(texts, "screen-leaderboard", screen);
        read(texts, "phone-leaderboard", phone);
        console.locator("[data-command=next_question]").click();
        assertThat(console.locator("[data-command=skip_mega_quiz]")).isVisible();
        read(texts, "console-round-over", console);
        read(texts, "phone-round-over", phone);
        console.locator("[data-command=skip_mega_quiz]").click();
        assertThat(screen.locator("[data-view=podium]")).isVisible();
        assertThat(phone.locator("[data-view=final]")).isVisible();
        read(texts, "screen-podium", screen);
        read(texts, "phone-final", phone);
        read(texts, "console-final", console);
        return texts;
    }

    private void read(Map<String, Set<String>> texts, String step, Page page) {
        assertThat(page.locator("html")).hasAttribute("data-language", Pattern.compile("^[a-z]+$"));
        texts.computeIfAbsent(step, s -> new LinkedHashSet<>()).addAll(browser.pageTexts(page));
    }

    /** The event's own texts, numbers and the product's name: the same in every language. */
    private static boolean isData(String text) {
        String rest = text;
        for (String data : List.of("quizcast", "Quiz 42", "2 + 2 = ?", "Ann", "Org", "org", "English", "Français")) {
            rest = rest.replace(data, "");
        }
        return !rest.matches("(?s).*\\p{L}.*") || rest.matches("(?s).*/api/.*|.*/join.*");
    }

    /**
     * Texts the catalogues give alike in English and French (a word both languages use, "{count} pts"), as patterns:
     * the parameters stand for anything; spaces of any kind are one space, as the pages' texts are read.
     */
    private static List<Pattern> sameInBothCatalogues() {
        TreeMap<String, String> en = CataloguesTest.catalogue("en");
        TreeMap<String, String> fr = CataloguesTest.catalogue("fr");
        List<Pattern> same = new java.util.ArrayList<>();
        en.forEach((key, text) -> {
            String english = spaced(text);
            if (english.equals(spaced(fr.get(key)))) {
                StringBuilder pattern = new StringBuilder();
                for (String part : english.split("\\{\\w+}", -1)) {
                    pattern.append(Pattern.quote(part)).append(".+");
                }
                String regex = pattern.substring(0, pattern.length() - 2);
                same.add(Pattern.compile(regex));
            }
        });
        return same;
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").trim();
    }
}

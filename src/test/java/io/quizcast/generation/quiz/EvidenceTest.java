package io.quizcast.generation.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The evidence score: a quote found as it is, found with changes, or not found. */
class EvidenceTest {

    static final String DEFAULT_TALK = "Bonjour à tous. Aujourd'hui, je vais vous parler de la façon dont nous avons"
            + " réduit nos temps de compilation. Au départ, une compilation complète prenait quarante minutes. En"
            + " mars 2023, nous avons déplacé les tests vers un cache distant, et la compilation médiane est tombée à"
            + " six minutes. La plus grande surprise : les tests instables, pas les tests lents, nous coûtaient le"
            + " plus de temps.";
    static final Evidence DEFAULT_EVIDENCE = new Evidence(DEFAULT_TALK);

    @Test
    void aQuoteFoundAsItIsScoresOneWhateverItsCaseAccentsOrPunctuation() {
        assertThat(DEFAULT_EVIDENCE.score("Au départ, une compilation complète prenait quarante minutes."))
                .isEqualTo(1.0);
        assertThat(DEFAULT_EVIDENCE.score("au depart une COMPILATION complete prenait quarante minutes"))
                .isEqualTo(1.0);
    }

    @Test
    void aQuoteWithOneWordChangedInTwentyScoresALittleLess() {
        String quote = "Mars 2023 : nous avons déplacé les tests vers un cache distant, et la compilation médiane"
                + " est descendue à six minutes.";

        assertThat(QuizText.words(quote)).hasSize(20);
        assertThat(DEFAULT_EVIDENCE.score(quote)).isCloseTo(0.925, within(1e-9));
    }

    @Test
    void aQuoteWithAWordAddedOrLeftOutLosesHalfAWordEach() {
        // 8 words, 6 found in order with one added between them; the one added after them only counts as not found
        assertThat(DEFAULT_EVIDENCE.score("une compilation complète prenait alors quarante minutes environ"))
                .isCloseTo((6 - 0.5) / 8, within(1e-9));
        // 5 words, all found, with the source's "complète" left out
        assertThat(DEFAULT_EVIDENCE.score("une compilation prenait quarante minutes")).isCloseTo((5 - 0.5) / 5,
                within(1e-9));
    }

    @Test
    void wordsOfTheTalkInAnotherOrderScoreLow() {
        assertThat(DEFAULT_EVIDENCE.score("Les minutes de la surprise sont un cache pour les tests lents."))
                .isLessThan(0.5);
        assertThat(DEFAULT_EVIDENCE.score("Kafka garde les messages pendant sept jours.")).isLessThan(0.5);
    }

    @Test
    void anEmptyQuoteScoresZero() {
        assertThat(DEFAULT_EVIDENCE.score("")).isZero();
        assertThat(DEFAULT_EVIDENCE.score(" ... ")).isZero();
        assertThat(new Evidence("").score("quarante minutes")).isZero();
    }
}

package io.quizcast.generation.quiz;

import java.util.List;
import java.util.Set;

/**
 * Answers that speak about the other answers ("all of the above", "both"), in English, French, German and Spanish. A
 * phrase that can only mean that counts wherever it appears in an answer; a word that could also be a real answer
 * ("both", "beide", "les deux") counts only when it is the whole answer. Compared by {@link QuizText#key}.
 */
final class MetaAnswers {

    /** Found anywhere in an answer. */
    private static final List<List<String>> PHRASES = List.of(
            // English
            "all of the above", "none of the above", "all the above", "none the above", "both of the above",
            "neither of the above", "all of these", "none of these", "both of these", "neither of these",
            "all of them", "none of them", "both of them", "neither of them", "all answers are correct",
            "all the answers are correct", "all of the answers are correct", "none of the answers", "all are correct",
            "all are true", "none are correct", "none is correct", "none are true",
            // French
            "toutes les reponses", "aucune des reponses", "aucune de ces reponses", "toutes ces reponses",
            "ci dessus", "tout ce qui precede", "aucun des deux", "aucune des deux", "aucune de ces propositions",
            "toutes ces propositions", "toutes les propositions",
            // German
            "oben genannte", "oben genannten", "alle genannten", "keine der genannten", "alle antworten",
            "keine der antworten", "keine antwort ist richtig", "keine dieser antworten", "alle diese antworten",
            "keine von beiden", "keines von beiden", "keiner von beiden", "alle sind richtig", "alle richtig",
            "keine ist richtig",
            // Spanish
            "todas las anteriores", "todos los anteriores", "ninguna de las anteriores", "ninguno de los anteriores",
            "todas las respuestas", "ninguna de las respuestas", "todas son correctas", "ninguna es correcta",
            "ninguno de los dos", "ninguna de las dos", "ambas respuestas", "ambas son correctas")
            .stream().map(QuizText::words).toList();

    /** Counted only as the whole answer. */
    private static final Set<String> WHOLE = Set.of("all", "none", "both", "neither", "all three", "all four",
            "les deux", "tous les deux", "toutes les deux", "tous", "toutes", "aucun", "aucune", "aucune d elles",
            "beide", "beides", "alle", "keine",
            "keines", "ambas", "ambos", "las dos", "los dos", "todas", "todos", "ninguna", "ninguno");

    private MetaAnswers() {
    }

    /** Whether the answer speaks about the other answers instead of answering. */
    static boolean isMeta(String answer) {
        if (WHOLE.contains(QuizText.key(answer))) {
            return true;
        }
        List<String> words = QuizText.words(answer);
        for (List<String> phrase : PHRASES) {
            if (QuizText.containsRun(words, phrase)) {
                return true;
            }
        }
        return false;
    }
}

package io.quizcast.game.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizcast.game.message.GameException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transition table, row by row against the contract's "valid phases" list (websocket.md, "Precise points"). */
class TransitionsTest {

    @ParameterizedTest(name = "{0} is valid in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            start_game       | not_started segment_complete
            reveal_answer    | showing_question
            show_leaderboard | revealing_answer
            next_question    | revealing_answer showing_leaderboard
            end_game         | showing_question revealing_answer showing_leaderboard
            start_mega_quiz  | mega_quiz_ready
            skip_mega_quiz   | mega_quiz_ready
            """)
    void aCommandIsValidInExactlyTheContractsPhases(String command, String phases) {
        Command c = Arrays.stream(Command.values()).filter(x -> x.wire().equals(command)).findFirst().orElseThrow();
        Set<Phase> valid = Arrays.stream(phases.split(" ")).map(Phase::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));

        for (Phase phase : Phase.values()) {
            assertThat(Transitions.allows(c, phase)).as("%s in %s", command, phase.wire())
                    .isEqualTo(valid.contains(phase));
            if (!valid.contains(phase)) {
                assertThatThrownBy(() -> Transitions.require(c, phase)).isInstanceOfSatisfying(GameException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_phase"));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"not_started", "showing_question", "revealing_answer", "showing_leaderboard", "segment_complete",
            "mega_quiz_ready", "mega_quiz", "event_complete", "presenter_paused"})
    void everyPhaseOfTheContractHasItsWireName(String wire) {
        assertThat(Phase.of(wire).wire()).isEqualTo(wire);
    }
}

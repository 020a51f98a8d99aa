package io.quizcast.game.rules;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.room.Phase;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state machine on one page: in which phases each host command is valid (the contract's "valid phases"
 * list), and where it leads. A command outside its phases gets {@code invalid_phase} and changes nothing.
 */
public final class Transitions {

    /** The host's and presenter's game commands. */
    public enum Command {

        START_GAME("start_game"), REVEAL_ANSWER("reveal_answer"), SHOW_LEADERBOARD("show_leaderboard"), NEXT_QUESTION(
                "next_question"), END_GAME(
                        "end_game"), START_MEGA_QUIZ("start_mega_quiz"), SKIP_MEGA_QUIZ("skip_mega_quiz");

        private final String wire;

        Command(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    //   command            valid in                                               leads to
    //   start_game         not_started, segment_complete                          showing_question (or paused)
    //   reveal_answer      showing_question                                       revealing_answer
    //   show_leaderboard   revealing_answer                                       showing_leaderboard
    //   next_question      revealing_answer, showing_leaderboard                  showing_question / segment_complete
    //   end_game           showing_question, revealing_answer, showing_leaderboard  segment_complete
    //   start_mega_quiz    mega_quiz_ready                                        mega_quiz, then showing_question
    //   skip_mega_quiz     mega_quiz_ready                                        event_complete
    private static final Map<Command, Set<Phase>> VALID = new EnumMap<>(Map.of(
            Command.START_GAME, EnumSet.of(Phase.NOT_STARTED, Phase.SEGMENT_COMPLETE),
            Command.REVEAL_ANSWER, EnumSet.of(Phase.SHOWING_QUESTION),
            Command.SHOW_LEADERBOARD, EnumSet.of(Phase.REVEALING_ANSWER),
            Command.NEXT_QUESTION, EnumSet.of(Phase.REVEALING_ANSWER, Phase.SHOWING_LEADERBOARD),
            Command.END_GAME, EnumSet.of(Phase.SHOWING_QUESTION, Phase.REVEALING_ANSWER, Phase.SHOWING_LEADERBOARD),
            Command.START_MEGA_QUIZ, EnumSet.of(Phase.MEGA_QUIZ_READY),
            Command.SKIP_MEGA_QUIZ, EnumSet.of(Phase.MEGA_QUIZ_READY)));

    private Transitions() {
    }

    public static boolean allows(Command command, Phase phase) {
        return VALID.get(command).contains(phase);
    }

    /** Refuses a command outside its phases with the contract's {@code invalid_phase}. */
    static void require(Command command, Phase phase) {
        if (!allows(command, phase)) {
            throw invalidPhase(command.wire());
        }
    }

    static GameException invalidPhase(String command) {
        return new GameException(ErrorCodes.INVALID_PHASE, command + " does not fit the current phase");
    }
}

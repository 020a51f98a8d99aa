package io.quizcast.game.rules;

import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.core.Automation;
import io.quizcast.game.core.Command;
import io.quizcast.game.core.EventSettings;
import io.quizcast.game.core.PauseReason;
import io.quizcast.game.core.Round;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.game.core.Transitions;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.game.store.AnswerStore;
import io.quizcast.game.store.RoomStore;
import io.quizcast.game.store.RoundStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The question loop of a round (a presenter's segment or the mega quiz): start, reveal, leaderboard, next, end.
 * A command's checks run under the room's lock on the room's game; what it returns runs as the room's turn,
 * on the turn's draft of the room, inside the turn's transaction: the next game comes from {@link Transitions}, is
 * stored, and then the draft takes it and the messages are queued (nothing is sent before the commit).
 */
@ApplicationScoped
public class RoundFlow {

    private static final String START_FORBIDDEN = "Only the host or the round's presenter may start it";

    private final RoomStore roomStore;
    private final RoundStore roundStore;
    private final AnswerStore answerStore;
    private final RoundEnd ends;
    private final QuestionOpener opener;
    private final RevealFlow reveals;
    private final int megaDefault;

    RoundFlow(RoomStore roomStore, RoundStore roundStore, AnswerStore answerStore, RoundEnd ends,
            QuestionOpener opener, RevealFlow reveals, QuizcastConfig config) {
        this.roomStore = roomStore;
        this.roundStore = roundStore;
        this.answerStore = answerStore;
        this.ends = ends;
        this.opener = opener;
        this.reveals = reveals;
        this.megaDefault = config.game().megaQuizDefaultQuestions();
    }

    Supplier<Uni<Void>> startGame(Room room, Member sender, UUID requestedSegment, Outbox out) {
        // the role before any look-up (the contract's order of checks): a participant without an account can be
        // neither the host nor a presenter, and must not learn whether a segment id exists
        if (sender.userId == null) {
            throw new GameException(ErrorCodes.FORBIDDEN, START_FORBIDDEN);
        }
        return () -> roomStore.event(room.eventId).chain(event -> {
            boolean host = event.isHostedBy(sender.userId);
            return roundStore.segmentToStart(room.eventId, requestedSegment)
                    // only the host may learn that a segment does not exist; anyone else is refused as such
                    .onFailure(f -> f instanceof GameException g && ErrorCodes.NOT_FOUND.equals(g.code()) && !host)
                    .transform(f -> new GameException(ErrorCodes.FORBIDDEN, START_FORBIDDEN))
                    .chain(segment -> {
                        // with no round to start, only the host may go on to the event's end
                        if (!host && (segment == null || !segment.isPresentedBy(sender.userId))) {
                            throw new GameException(ErrorCodes.FORBIDDEN, START_FORBIDDEN);
                        }
                        Transitions.require(Command.START_GAME, room.game().phase());
                        EventSettings settings = RoomStates.settings(event);
                        room.game(room.game().with(settings));
                        if (segment == null) {
                            // no round with questions is waiting: after a round, the event goes on to its end
                            return ends.afterLastRound(room, out);
                        }
                        return roundStore.startSegmentRound(event, segment)
                                .chain(round -> begin(room, round, settings, out));
                    });
        });
    }

    Supplier<Uni<Void>> startMega(Room room, Member sender, Integer count, Outbox out) {
        Transitions.requireHost(room.game(), sender.userId);
        Transitions.require(Command.START_MEGA_QUIZ, room.game().phase());
        int questions = count != null ? count : megaDefault;
        return () -> roomStore.event(room.eventId).chain(event -> {
            EventSettings settings = RoomStates.settings(event);
            room.game(room.game().with(settings));
            return roundStore.startMegaRound(event, questions).chain(mega -> {
                // stored with its first question (begin opens it, or pauses for players)
                StepWriter.take(room, Transitions.megaStarted(room.game(), mega, room.eventId), out);
                return begin(room, mega, settings, out);
            });
        });
    }

    Supplier<Uni<Void>> skipMega(Room room, Member sender, Outbox out) {
        Transitions.requireHost(room.game(), sender.userId);
        Transitions.require(Command.SKIP_MEGA_QUIZ, room.game().phase());
        return () -> ends.completeEvent(room, out);
    }

    /** The round's questions as stored, its scores so far, then its first question not yet asked opens. */
    private Uni<Void> begin(Room room, Round round, EventSettings settings, Outbox out) {
        UUID segmentId = round.segmentId();
        return answerStore.segmentScores(segmentId).invoke(room::segmentScores)
                .chain(() -> roundStore.loadRound(segmentId)).chain(stored -> {
                    int first = stored.firstUnasked();
                    if (first < 0) {
                        throw new GameException(ErrorCodes.INVALID_PHASE,
                                "Every question of this round was already asked");
                    }
                    List<RoundQuestion> questions = stored.questions();
                    StepWriter.take(room,
                            Transitions.roundStarted(room.game(), round.withQuestions(questions), first, settings),
                            out);
                    room.clearAnswers();
                    room.answers().eligibleOnly();
                    if (room.onlinePlayers().isEmpty()) {
                        return opener.pause(room, PauseReason.NO_PARTICIPANTS, out);
                    }
                    return opener.open(room, first, out);
                });
    }

    Supplier<Uni<Void>> reveal(Room room, Member sender, Outbox out) {
        Transitions.requireStaff(room.game(), sender.userId);
        Transitions.require(Command.REVEAL_ANSWER, room.game().phase());
        return () -> reveals.reveal(room, out);
    }

    Supplier<Uni<Void>> showLeaderboard(Room room, Member sender, Outbox out) {
        Transitions.requireStaff(room.game(), sender.userId);
        Transitions.require(Command.SHOW_LEADERBOARD, room.game().phase());
        return () -> reveals.leaderboard(room, out);
    }

    Supplier<Uni<Void>> next(Room room, Member sender, Outbox out) {
        Transitions.requireStaff(room.game(), sender.userId);
        Transitions.require(Command.NEXT_QUESTION, room.game().phase());
        return () -> advance(room, out);
    }

    /** The next question opens, or after the last one the round ends (the open one's missing answers zero-filled). */
    private Uni<Void> advance(Room room, Outbox out) {
        return reveals.zeroFill(room).chain(() -> room.game().hasNextQuestion()
                ? opener.open(room, room.game().questionIndex() + 1, out)
                : ends.endRound(room, out));
    }

    /** The game's own move (auto-reveal, auto-advance), planned for the phase it is in (see GameAutomation). */
    Supplier<Uni<Void>> auto(Room room, Automation.Action action, Outbox out) {
        return switch (action) {
            case REVEAL -> {
                Transitions.require(Command.REVEAL_ANSWER, room.game().phase());
                yield () -> reveals.reveal(room, out);
            }
            case SHOW_LEADERBOARD -> {
                Transitions.require(Command.SHOW_LEADERBOARD, room.game().phase());
                yield () -> reveals.leaderboard(room, out);
            }
            case NEXT -> {
                Transitions.require(Command.NEXT_QUESTION, room.game().phase());
                yield () -> advance(room, out);
            }
            case OPEN_ANSWERS -> throw new IllegalArgumentException("the answers open without a turn");
        };
    }

    Supplier<Uni<Void>> endGame(Room room, Member sender, Outbox out) {
        Transitions.requireStaff(room.game(), sender.userId);
        Transitions.require(Command.END_GAME, room.game().phase());
        return () -> reveals.zeroFill(room).chain(() -> ends.endRound(room, out));
    }
}

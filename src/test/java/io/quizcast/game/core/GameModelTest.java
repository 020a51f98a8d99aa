package io.quizcast.game.core;

import static io.quizcast.game.core.Games.HOST;
import static io.quizcast.game.core.Games.PRESENTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Model-based test of the pure game: random sequences of commands (from random senders), answers, joins, leaves and
 * clock steps go through {@link Transitions} and {@link AnswerRules} as the flows call them, and the invariants are
 * checked after every step. Seeded: a failure names its seed and its last steps, and runs again the same.
 */
class GameModelTest {

    static final int SEQUENCES = 2_000;
    static final int STEPS = 150;

    // what the sequences reached, so the test cannot pass by never getting anywhere
    private static final Set<Phase> REACHED = EnumSet.noneOf(Phase.class);
    private static final Set<Command> ACCEPTED = EnumSet.noneOf(Command.class);
    private static final Set<PauseReason> PAUSED_FOR = EnumSet.noneOf(PauseReason.class);
    private static final Set<String> TOLD = new HashSet<>();
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final Tops NO_TOPS = new Tops(List.of(), List.of());
    private static long answersCounted;

    @Test
    void randomSequencesKeepEveryInvariant() {
        long steps = 0;
        for (long seed = 1; seed <= SEQUENCES; seed++) {
            steps += new Run(seed).play(STEPS);
        }
        System.out.printf("GameModelTest: %d sequences, %d steps, %d answers counted%n", SEQUENCES, steps,
                answersCounted);
        assertThat(steps).isEqualTo((long) SEQUENCES * STEPS);
        assertThat(REACHED).containsExactlyInAnyOrder(Phase.values());
        assertThat(ACCEPTED).containsAll(EnumSet.range(Command.START_GAME, Command.SKIP_MEGA_QUIZ));
        assertThat(PAUSED_FOR).containsExactlyInAnyOrder(PauseReason.values());
        assertThat(answersCounted).isPositive();
        assertThat(TOLD).as("the last message of each kind of step").contains("Question", "PresenterPaused",
                "Reveal", "Leaderboard", "SegmentComplete", "MegaQuizReady", "EventComplete", "PhaseChanged");
    }

    /** One sequence: the game, and what the model knows beside it (who is here, the rounds, the answers). */
    private static final class Run {

        private final Random random;
        private final long seed;
        private final List<String> trace = new ArrayList<>();
        private final List<UUID> people = new ArrayList<>();
        private final Set<UUID> players = new LinkedHashSet<>();
        private final Set<UUID> online = new HashSet<>();
        private final List<Round> rounds = new ArrayList<>();
        private final Set<UUID> completed = new HashSet<>();
        private final Set<UUID> eligible = new HashSet<>();
        private final Map<UUID, Map<UUID, Integer>> answers = new HashMap<>();
        private final Map<UUID, Integer> scores = new HashMap<>();
        private Game game = Games.initial();
        // what the last step told everyone (nothing after an answer, a tick or a refusal)
        private List<ServerMessage> told = List.of();
        private Instant now = Games.T0;

        Run(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            people.addAll(List.of(HOST, PRESENTER, UUID.randomUUID()));
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                UUID p = new UUID(seed, i);
                people.add(p);
                players.add(p);
            }
            for (int r = 0; r < 1 + random.nextInt(3); r++) {
                // some rounds are left without questions
                rounds.add(Games.round(UUID.randomUUID(), Round.Kind.PRESENTER, random.nextInt(4)));
            }
        }

        int play(int steps) {
            for (int i = 0; i < steps; i++) {
                Game before = game;
                Map<UUID, Integer> scoresBefore = new HashMap<>(scores);
                told = List.of();
                switch (random.nextInt(7)) {
                    case 0, 1 -> command(before);
                    case 2, 3, 4 -> answer();
                    case 5 -> presence();
                    default -> tick();
                }
                check(before, scoresBefore);
            }
            return steps;
        }

        private void command(Game before) {
            Command c = Command.values()[random.nextInt(7)];
            UUID sender = people.get(random.nextInt(people.size()));
            try {
                take(apply(c, sender));
                trace.add(c.wire() + " by " + who(sender) + " -> " + game.phase().wire());
                ACCEPTED.add(c);
                assertThat(c.leadsTo()).as(failure("the table's 'leads to' of " + c.wire())).contains(game.phase());
            } catch (GameException e) {
                trace.add(c.wire() + " by " + who(sender) + " refused: " + e.code());
                assertThat(game).as(failure("a refused command changes nothing")).isSameAs(before);
            }
        }

        /** The command as the flows run it, with the model's rounds standing for the database. */
        private Step apply(Command c, UUID sender) {
            Game g = game;
            switch (c) {
                case START_GAME -> {
                    if (!g.isHost(sender) && !PRESENTER.equals(sender)) {
                        throw new GameException("forbidden", "not staff");
                    }
                    Transitions.require(c, g.phase());
                    Round next = rounds.stream().filter(r -> !completed.contains(r.segmentId()))
                            .filter(r -> !r.questions().isEmpty()).findFirst().orElse(null);
                    if (next == null) {
                        if (g.phase() != Phase.SEGMENT_COMPLETE || !allPlayed()) {
                            throw new GameException("not_found", "nothing to start");
                        }
                        return afterRounds(g);
                    }
                    return begin(Transitions.roundStarted(g, next, 0, g.settings()));
                }
                case REVEAL_ANSWER -> {
                    Transitions.requireStaff(g, sender);
                    return Transitions.revealed(g, List.of(), NO_TOPS);
                }
                case SHOW_LEADERBOARD -> {
                    Transitions.requireStaff(g, sender);
                    return Transitions.leaderboardShown(g, NO_TOPS);
                }
                case NEXT_QUESTION, END_GAME -> {
                    Transitions.requireStaff(g, sender);
                    Transitions.require(c, g.phase());
                    Game filled = Transitions.zeroFilled(g);
                    return c == Command.NEXT_QUESTION && filled.hasNextQuestion()
                            ? open(filled, filled.questionIndex() + 1)
                            : endRound(filled);
                }
                case START_MEGA_QUIZ -> {
                    Transitions.requireHost(g, sender);
                    Round mega = Games.round(UUID.randomUUID(), Round.Kind.MEGA, 1 + random.nextInt(3));
                    Step started = Transitions.megaStarted(g, mega, EVENT);
                    return begin(started.then(Transitions.roundStarted(started.game(), mega, 0, g.settings())));
                }
                case SKIP_MEGA_QUIZ -> {
                    Transitions.requireHost(g, sender);
                    Transitions.require(c, g.phase());
                    return podium(g);
                }
                default -> throw new IllegalStateException(c.wire());
            }
        }

        private Step begin(Step started) {
            Game g = started.game();
            return started.then(online.stream().anyMatch(players::contains)
                    ? open(g, g.questionIndex())
                    : Transitions.paused(g, PauseReason.NO_PARTICIPANTS, now));
        }

        private Step open(Game g, int index) {
            eligible.clear();
            eligible.addAll(players);
            return Transitions.opened(g, index, now);
        }

        private Step endRound(Game g) {
            completed.add(g.segmentId());
            if (g.round().mega()) {
                Step ended = Transitions.megaEnded(g);
                return ended.then(podium(ended.game()));
            }
            Step ended = Transitions.roundEnded(g, NO_TOPS);
            return allPlayed() ? ended.then(afterRounds(ended.game())) : ended;
        }

        private Step afterRounds(Game g) {
            return completed.isEmpty() ? podium(g) : Transitions.megaOffered(g, EVENT, 3, List.of(), false);
        }

        private Step podium(Game g) {
            return Transitions.eventCompleted(g, EVENT, List.of(), List.of());
        }

        private void take(Step step) {
            game = step.game();
            told = step.told();
        }

        private boolean allPlayed() {
            return rounds.stream().allMatch(r -> r.questions().isEmpty() || completed.contains(r.segmentId()));
        }

        private void answer() {
            List<UUID> here = players.stream().filter(online::contains).toList();
            if (here.isEmpty() || game.openQuestion() == null) {
                return;
            }
            UUID p = here.get(random.nextInt(here.size()));
            RoundQuestion q = game.openQuestion();
            Map<UUID, Integer> play = answers.computeIfAbsent(q.playId(), id -> new HashMap<>());
            String choice = random.nextInt(10) == 0 ? "nonsense" : q.answers().get(random.nextInt(q.answers().size()));
            UUID questionId = random.nextInt(10) == 0 ? UUID.randomUUID() : q.questionId();
            boolean had = play.containsKey(p);
            try {
                AnswerRules.Accepted a = AnswerRules.check(game, false,
                        new AnswerRules.Player(true, eligible.contains(p), had), questionId,
                        AnswerShapes.Submitted.choice(choice), now);
                assertThat(had).as(failure("an answer counts once per player and play")).isFalse();
                play.put(p, a.points());
                scores.merge(p, a.points(), Integer::sum);
                answersCounted++;
                trace.add(who(p) + " answers " + choice + ": " + a.points());
            } catch (GameException e) {
                trace.add(who(p) + " answers " + choice + " refused: " + e.code());
            }
        }

        private void presence() {
            UUID p = people.get(random.nextInt(people.size()));
            boolean presenter = game.isPresenter(p);
            if (online.remove(p)) {
                PauseReason reason = Transitions.leavePauses(game, online.isEmpty(), presenter);
                if (reason != null) {
                    take(Transitions.paused(game, reason, now));
                }
                trace.add(who(p) + " leaves -> " + game.phase().wire());
            } else {
                online.add(p);
                if (Transitions.joinResumes(game, players.contains(p), presenter)) {
                    take(Transitions.resumeReopens(game)
                            ? open(game, Transitions.resumeQuestion(game))
                            : Transitions.resumed(game, now));
                }
                trace.add(who(p) + " joins -> " + game.phase().wire());
            }
        }

        private void tick() {
            now = now.plusMillis(random.nextInt(30_000));
        }

        private void check(Game before, Map<UUID, Integer> scoresBefore) {
            REACHED.add(game.phase());
            if (game.pause() != null) {
                PAUSED_FOR.add(game.pause().reason());
                // mega_quiz lasts only until its first question opens: seen when that waits for players
                REACHED.add(game.pause().from());
            }
            assertThat(game.paused()).as(failure("paused exactly when a pause is kept"))
                    .isEqualTo(game.pause() != null);
            assertThat(game.questionIndex()).as(failure("the question is in the round"))
                    .isBetween(-1, Math.max(-1, game.questionCount() - 1));
            if (game.phase() == Phase.SHOWING_QUESTION) {
                assertThat(game.questionIsOpen()).as(failure("a shown question is open, with its clock")).isTrue();
            }
            if (before.phase() == Phase.EVENT_COMPLETE) {
                assertThat(game.phase()).as(failure("the podium is the end")).isEqualTo(Phase.EVENT_COMPLETE);
            }
            scoresBefore.forEach((p, s) -> assertThat(scores.get(p)).as(failure("scores only grow"))
                    .isGreaterThanOrEqualTo(s));
            answers.values().forEach(play -> assertThat(play.size()).as(failure("at most one answer per player"))
                    .isLessThanOrEqualTo(players.size()));
            checkTold(before);
        }

        /** Everyone is told what changed: the new phase, and a question when one opened (as the game has it). */
        private void checkTold(Game before) {
            List<String> phases = told.stream().filter(ServerMessage.PhaseChanged.class::isInstance)
                    .map(m -> ((ServerMessage.PhaseChanged) m).phase()).toList();
            if (game.phase() != before.phase()) {
                assertThat(phases).as(failure("a new phase is told, last")).isNotEmpty();
                assertThat(phases.get(phases.size() - 1)).as(failure("a new phase is told, last"))
                        .isEqualTo(game.phase().wire());
            }
            if (game == before) {
                assertThat(told).as(failure("nothing changed, nothing told")).isEmpty();
            }
            boolean opened = game.questionIsOpen()
                    && (!game.openedAt().equals(before.openedAt()) || !before.questionIsOpen());
            List<ServerMessage.Question> questions = told.stream().filter(ServerMessage.Question.class::isInstance)
                    .map(ServerMessage.Question.class::cast).toList();
            if (opened) {
                assertThat(questions).as(failure("an opened question is told")).isNotEmpty();
                ServerMessage.Question q = questions.get(questions.size() - 1);
                assertThat(q.playId()).as(failure("the question told is the open one"))
                        .isEqualTo(game.openQuestion().playId());
                assertThat(q.deadline()).as(failure("its deadline is the game's"))
                        .isEqualTo(game.openedAt().plusMillis(game.openQuestion().timeLimitMs()));
            } else {
                assertThat(questions).as(failure("no question told unless one opened")).isEmpty();
            }
            if (!told.isEmpty()) {
                TOLD.add(told.get(told.size() - 1).getClass().getSimpleName());
            }
        }

        private String failure(String invariant) {
            List<String> last = trace.subList(Math.max(0, trace.size() - 12), trace.size());
            return invariant + " (seed " + seed + ", step " + trace.size() + "; last steps: " + last + ")";
        }

        private String who(UUID id) {
            return id.equals(HOST) ? "host" : id.equals(PRESENTER) ? "presenter"
                    : players.contains(id) ? "player " + id.getLeastSignificantBits() : "stranger";
        }
    }
}

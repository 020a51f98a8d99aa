// The player's live game: one socket with the participant's session token; each server message moves the
// page to the matching view.

import { $, setText, showAlert, showView } from '../shared/dom.js';
import { GameSocket } from '../shared/game-socket.js';
import { describeClose, describeGameError } from '../shared/game-errors.js';
import { language, t } from '../shared/i18n.js';
import { renderPodium, renderRanking } from '../shared/rankings.js';
import { ownTitle } from '../shared/round-names.js';
import { PresenterSeat } from './presenter-seat.js';
import { QuestionView, describe } from './question-view.js';
import { restoredQuestion } from '../shared/restored-question.js';

// an answer refused with one of these does not count; the last two may be sent again
const REFUSED_ANSWER_CODES = [
  'not_joined',
  'paused',
  'no_question',
  'stale',
  'late_join',
  'too_early',
  'too_late',
  'unavailable',
  'rate_limited',
];
const RETRYABLE_CODES = ['unavailable', 'rate_limited'];

export class PlayerGame {
  constructor(session, onSessionLost, onRemoved = () => {}, onDeleted = () => {}) {
    this.session = session;
    this.onSessionLost = onSessionLost;
    this.onRemoved = onRemoved;
    this.onDeleted = onDeleted;
    this.me = null;
    this.score = 0;
    this.rank = null;
    this.question = new QuestionView((questionId, fields) => this.answer(questionId, fields));
    this.seat = new PresenterSeat(session.eventId, (frame) => this.socket.send(frame));
  }

  start() {
    setText('#player-name', this.session.displayName);
    this.socket = new GameSocket({
      eventId: this.session.eventId,
      token: this.session.sessionToken,
      joinFrame: { type: 'join' },
      onMessage: (message) => this.handle(message),
      onStatus: (status, code) => this.connectionChanged(status, code),
    });
    this.socket.connect();
  }

  connectionChanged(status, code) {
    if (status === 'open') setText('#connection', '');
    else if (code === 4401) {
      this.socket.close();
      this.onSessionLost();
    } else if (code === 4403) {
      // removed by the organiser: nothing to reconnect to
      this.socket.close();
      this.question.close();
      this.onRemoved();
      showView('removed');
    } else if (code === 4404) {
      // the organiser deleted the event: nothing to reconnect to, nor to come back to
      this.question.close();
      this.onDeleted();
      setText('#connection', '');
      showView('deleted');
    } else setText('#connection', describeClose(code));
  }

  /** Sends an answer: fields of the question's shape (selected_answer, selected_answers, value or order). */
  answer(questionId, fields) {
    showAlert('#player-alert', '');
    const sent = this.socket.send({ type: 'answer', question_id: questionId, ...fields, response_time_ms: 0 });
    if (!sent) showAlert('#player-alert', t('player.notSent'));
    return sent;
  }

  handle(message) {
    // the round this account presents is shown by its seat, not as a player's question
    const seated = this.seat.handle(message);
    if (seated && message.type !== 'connected') return;
    const handler = this[`on_${message.type}`];
    if (handler) handler.call(this, message);
  }

  on_connected(message) {
    this.me = message.you.id;
    setText('#player-name', message.you.username);
    // the players but the host, as the console counts them (1.3's player_count; 1.0 servers: everyone)
    this.showLobbyCount(message.player_count ?? message.participant_count);
    if (message.current_phase === 'event_complete') {
      showView('final');
    } else if (['not_started', 'segment_complete', 'mega_quiz_ready'].includes(message.current_phase)) {
      showView('lobby');
    } else {
      this.waitForNextQuestion();
    }
  }

  on_state_restored(message) {
    this.score = message.your_score;
    this.rank = message.your_rank;
    const question = restoredQuestion(message);
    if (question) {
      this.question.show(question, message.remaining_ms, message.your_answers ?? message.your_answer);
    } else {
      this.waitForNextQuestion();
    }
  }

  waitForNextQuestion() {
    showView('lobby');
    setText(
      '#lobby-text',
      this.rank
        ? t('player.waitingNextRanked', { score: this.score, rank: this.rank })
        : t('player.waitingNext', { score: this.score }),
    );
  }

  showLobbyCount(count) {
    if (count === undefined || count === null) return;
    this.playerCount = count;
    setText('#lobby-count', t('player.playersInEvent', { count }));
  }

  // a small event tells each join and removal; a large one sends participant_count instead
  on_participant_joined(message) {
    if (!message.reconnected && !message.user?.is_host && this.playerCount !== undefined) {
      this.showLobbyCount(this.playerCount + 1);
    }
  }

  on_participant_removed() {
    if (this.playerCount) this.showLobbyCount(this.playerCount - 1);
  }

  on_participant_count(message) {
    this.showLobbyCount(message.player_count ?? message.total);
  }

  // a talk's quiz on its way: "<presenter>'s quiz is being prepared" until it is ready, made nothing, or starts
  on_quiz_generating(message) {
    this.preparing = message.segment_id;
    const text = message.presenter_name
      ? t('player.quizPreparing', { presenter: message.presenter_name })
      : t('player.quizPreparingAnon');
    // a round being played keeps the screen: the word goes above it
    if (!$('[data-view="question"]').hidden || !$('[data-view="result"]').hidden) {
      setText('#player-notice', text);
      return;
    }
    setText('#player-notice', '');
    showView('lobby');
    setText('#lobby-text', text);
  }

  on_quiz_ready(message) {
    if (this.preparing === message.segment_id) this.preparedAs(t('player.quizReady'));
  }

  on_no_questions_generated(message) {
    if (this.preparing !== message.segment_id) return;
    this.preparedAs(
      message.presenter_name ? t('player.noQuiz', { presenter: message.presenter_name }) : t('player.waitingForHost'),
    );
  }

  /** The word after "being prepared" (the segment stays known until its round starts: a late quiz_ready is told). */
  preparedAs(text) {
    if ($('#player-notice').textContent) setText('#player-notice', '');
    else setText('#lobby-text', text);
  }

  on_game_started() {
    this.preparing = null;
    setText('#player-notice', '');
    showView('lobby');
    setText('#lobby-text', t('player.starting'));
  }

  on_question_preview(message) {
    setText('#player-notice', '');
    showAlert('#player-alert', '');
    this.question.preview(message);
  }

  on_question(message) {
    setText('#player-notice', '');
    showAlert('#player-alert', '');
    this.question.show(message, Date.parse(message.deadline) - Date.parse(message.question_started_at), null);
  }

  on_answer_received(message) {
    if (message.user_id === this.me) this.question.confirm(message);
  }

  on_error(message) {
    if (message.code === 'duplicate') this.question.lock();
    if (REFUSED_ANSWER_CODES.includes(message.code)) this.question.reject(RETRYABLE_CODES.includes(message.code));
    showAlert('#player-alert', describeGameError(message));
  }

  on_reveal(message) {
    this.question.close();
    const chosen = this.question.answerTo(message);
    this.lastReveal = message;
    const type = message.question_type ?? 'single';
    const shown = chosen === null ? null : describe(chosen);
    if (type === 'poll') {
      result(t(chosen === null ? 'player.noAnswer' : 'player.thanksForVoting'), '');
      setText('#result-detail', chosen === null ? t('player.didNotVote') : t('player.voted', { answer: shown }));
    } else {
      // exact types are told here; a typed answer or a slider's is told by its points (scores_update)
      const exact = ['single', 'true_false'].includes(type);
      const correct = exact && chosen !== null && chosen === message.correct_answer;
      result(
        chosen === null ? t('player.noAnswer') : exact ? t(correct ? 'player.correct' : 'player.wrong') : '',
        correct ? 'correct' : exact && chosen !== null ? 'wrong' : '',
      );
      const answer = describe(message.correct_answers?.length ? message.correct_answers : message.correct_answer);
      setText(
        '#result-detail',
        chosen === null
          ? t('player.didNotAnswer', { answer })
          : correct
            ? t('player.isRight', { answer: shown })
            : t('player.chose', { chosen: shown, answer }),
      );
    }
    setText('#result-explanation', message.explanation ?? '');
    setText('#result-points', '');
    setText('#result-rank', '');
    showView('result');
  }

  on_scores_update(message) {
    const mine = message.scores.find((entry) => entry.user_id === this.me);
    if (!mine) return;
    this.score = mine.score;
    this.rank = mine.rank;
    const type = this.lastReveal?.question_type ?? 'single';
    if (!['single', 'true_false', 'poll'].includes(type) && this.question.answerTo(this.lastReveal ?? {}) !== null) {
      // a set, an order, a typed answer or a slider: the server says whether it was right
      const right = mine.correct ?? mine.delta > 0;
      result(t(right ? 'player.correct' : 'player.wrong'), right ? 'correct' : 'wrong');
      if (type === 'slider') this.sliderResult(Number(this.question.answerTo(this.lastReveal)), mine.delta > 0);
    }
    setText(
      '#result-points',
      mine.streak_bonus
        ? t('player.pointsWithBonus', { count: mine.delta, bonus: mine.streak_bonus, streak: mine.streak })
        : t('player.pointsGained', { count: mine.delta }),
    );
    setText('#result-rank', t('player.total', { count: mine.score, standing: standing(mine) }));
  }

  /** A slider is rarely exact: how far off the answer was, and whether that still scored. */
  sliderResult(chosen, scored) {
    const right = Number(this.lastReveal.correct_answer);
    const off = Math.round(Math.abs(chosen - right) * 1e6) / 1e6; // a step of 0.1 must not say 0.30000000000000004
    result(t(off === 0 ? 'player.spotOn' : scored ? 'player.close' : 'player.tooFar'), scored ? 'correct' : 'wrong');
    setText(
      '#result-detail',
      off === 0 ? t('player.exactlyRight', { answer: right }) : t('player.sliderOff', { chosen, off, answer: right }),
    );
  }

  on_leaderboard(message) {
    // the event's standings, as the line above them counts (a v1 server sends only the round's)
    renderRanking($('#leaderboard'), message.event_rankings ?? message.rankings, { meId: this.me });
    setText('#leaderboard-me', this.rank ? t('player.leaderboardMe', { rank: this.rank, count: this.score }) : '');
    showView('leaderboard');
  }

  on_presenter_paused() {
    this.question.pause();
    setText('#player-notice', t('common.gameError.paused'));
  }

  on_segment_complete(message) {
    setText('#final-title', t('player.roundOver', { round: ownTitle(message.segment_title) ?? t('player.theRound') }));
    this.showFinal(message.event_leaderboard, false);
  }

  on_mega_quiz_started(message) {
    showView('lobby');
    setText('#lobby-text', t('player.megaQuiz', { count: message.question_count }));
  }

  on_event_complete(message) {
    setText('#final-title', t('player.quizOver'));
    this.showFinal(message.final_leaderboard, true);
  }

  /** The standings after a round (the event goes on) or the final podium. */
  showFinal(leaderboard, over) {
    renderPodium($('#final-podium'), leaderboard);
    const mine = leaderboard.find((entry) => entry.user_id === this.me);
    const rank = mine?.rank ?? this.rank;
    const score = mine?.score ?? this.score;
    if (over) {
      setText(
        '#final-me',
        rank ? t('player.finishedRanked', { rank, count: score }) : t('player.finishedScore', { count: score }),
      );
    } else {
      setText(
        '#final-me',
        rank ? t('player.goesOnRanked', { rank, count: score }) : t('player.goesOnScore', { count: score }),
      );
    }
    showView('final');
  }

  on_participant_name_changed(message) {
    if (message.user_id === this.me) setText('#player-name', message.new_name);
  }
}

/** The result's title, and the whole screen green (right) or red (wrong) or plain (no answer, a poll). */
function result(title, kind) {
  setText('#result-title', title);
  $('#result-title').className = kind ? `result-${kind}` : '';
  if (kind) document.body.dataset.result = kind;
  else delete document.body.dataset.result;
}

const ordinals = new Intl.PluralRules(language, { type: 'ordinal' });
const ORDINAL_FORMS = ['one', 'two', 'few', 'other'];

/** "1st", "2nd": a place in the page's language (player.ordinal.one, .two, .few, .other). */
function ordinal(n) {
  const form = ordinals.select(n);
  return t(`player.ordinal.${ORDINAL_FORMS.includes(form) ? form : 'other'}`, { n });
}

/** "1st", "2nd, 120 behind Sam": where the player stands, and how far from the next place up. */
export function standing(entry) {
  const place = ordinal(entry.rank);
  if (entry.ahead_name == null) return entry.rank === 1 ? t('player.inTheLead', { place }) : place;
  return t('player.behind', { place, count: entry.ahead_by, name: entry.ahead_name });
}

// The player's live game: one socket with the participant's session token; each server message moves the
// page to the matching view.

import { $, setText, showAlert, showView } from '../shared/dom.js';
import { GameSocket } from '../shared/game-socket.js';
import { describeClose, describeGameError } from '../shared/game-errors.js';
import { renderPodium, renderRanking } from '../shared/rankings.js';
import { ownTitle } from '../shared/round-names.js';
import { PresenterSeat } from './presenter-seat.js';
import { QuestionView, describe } from './question-view.js';

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
  constructor(session, onSessionLost, onRemoved = () => {}) {
    this.session = session;
    this.onSessionLost = onSessionLost;
    this.onRemoved = onRemoved;
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
    } else setText('#connection', describeClose(code));
  }

  /** Sends an answer: fields of the question's shape (selected_answer, selected_answers, value or order). */
  answer(questionId, fields) {
    showAlert('#player-alert', '');
    const sent = this.socket.send({ type: 'answer', question_id: questionId, ...fields, response_time_ms: 0 });
    if (!sent) showAlert('#player-alert', 'Not connected: your answer was not sent. Reconnecting…');
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
    this.showLobbyCount(message.participant_count);
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
    if (message.current_phase === 'showing_question' && message.current_question_id) {
      this.question.show(
        {
          question_id: message.current_question_id,
          play_id: message.current_play_id,
          question_number: message.question_number,
          total_questions: message.total_questions,
          text: message.question_text,
          answers: message.answers,
          question_type: message.question_type,
          points: message.points,
          slider: message.slider,
          image_url: message.image_url,
        },
        message.remaining_ms,
        message.your_answers ?? message.your_answer,
      );
    } else {
      this.waitForNextQuestion();
    }
  }

  waitForNextQuestion() {
    showView('lobby');
    setText(
      '#lobby-text',
      `Waiting for the next question. Your score: ${this.score}${this.rank ? `, rank #${this.rank}` : ''}.`,
    );
  }

  showLobbyCount(count) {
    if (count !== undefined) setText('#lobby-count', `${count} ${count === 1 ? 'player' : 'players'} in the event`);
  }

  on_participant_count(message) {
    this.showLobbyCount(message.total);
  }

  on_game_started() {
    setText('#player-notice', '');
    showView('lobby');
    setText('#lobby-text', 'The quiz is starting. Get ready!');
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
      result(chosen === null ? 'No answer' : 'Thanks for voting', '');
      setText('#result-detail', chosen === null ? 'You did not vote.' : `You voted ${shown}.`);
    } else {
      // exact types are told here; a typed answer or a slider's is told by its points (scores_update)
      const exact = ['single', 'true_false'].includes(type);
      const correct = exact && chosen !== null && chosen === message.correct_answer;
      result(
        chosen === null ? 'No answer' : exact ? (correct ? 'Correct!' : 'Wrong') : '',
        correct ? 'correct' : exact && chosen !== null ? 'wrong' : '',
      );
      const answer = describe(message.correct_answers?.length ? message.correct_answers : message.correct_answer);
      setText(
        '#result-detail',
        chosen === null
          ? `You did not answer. The answer was ${answer}.`
          : correct
            ? `${shown} is right.`
            : `You chose ${shown}. The answer was ${answer}.`,
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
      result(right ? 'Correct!' : 'Wrong', right ? 'correct' : 'wrong');
      if (type === 'slider') this.sliderResult(Number(this.question.answerTo(this.lastReveal)), mine.delta > 0);
    }
    const bonus = mine.streak_bonus ? ` (${mine.streak_bonus} for a streak of ${mine.streak})` : '';
    setText('#result-points', `+${mine.delta} points${bonus}`);
    setText('#result-rank', `Total ${mine.score} points · ${standing(mine)}`);
  }

  /** A slider is rarely exact: how far off the answer was, and whether that still scored. */
  sliderResult(chosen, scored) {
    const right = Number(this.lastReveal.correct_answer);
    const off = Math.round(Math.abs(chosen - right) * 1e6) / 1e6; // a step of 0.1 must not say 0.30000000000000004
    result(off === 0 ? 'Spot on!' : scored ? 'Close!' : 'Too far', scored ? 'correct' : 'wrong');
    setText(
      '#result-detail',
      off === 0 ? `${right} is exactly right.` : `You chose ${chosen}: ${off} away from ${right}.`,
    );
  }

  on_leaderboard(message) {
    // the event's standings, as the line above them counts (a v1 server sends only the round's)
    renderRanking($('#leaderboard'), message.event_rankings ?? message.rankings, { meId: this.me });
    setText('#leaderboard-me', this.rank ? `You are #${this.rank} with ${this.score} points.` : '');
    showView('leaderboard');
  }

  on_presenter_paused() {
    this.question.pause();
    setText('#player-notice', 'Quiz is paused while the presenter reconnects.');
  }

  on_segment_complete(message) {
    setText('#final-title', `${ownTitle(message.segment_title) ?? 'The round'} is over`);
    this.showFinal(message.event_leaderboard, false);
  }

  on_mega_quiz_started(message) {
    showView('lobby');
    setText('#lobby-text', `The mega quiz starts: ${message.question_count} questions. Get ready!`);
  }

  on_event_complete(message) {
    setText('#final-title', 'The quiz is over');
    this.showFinal(message.final_leaderboard, true);
  }

  /** The standings after a round (the event goes on) or the final podium. */
  showFinal(leaderboard, over) {
    renderPodium($('#final-podium'), leaderboard);
    const mine = leaderboard.find((entry) => entry.user_id === this.me);
    const rank = mine?.rank ?? this.rank;
    const score = mine?.score ?? this.score;
    if (over) {
      setText('#final-me', rank ? `You finished #${rank} with ${score} points.` : `You scored ${score} points.`);
    } else {
      const standing = rank ? `You are #${rank} overall with ${score} points.` : `You have ${score} points.`;
      setText('#final-me', `${standing} The quiz goes on: stay on this page.`);
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

const ORDINAL_SUFFIXES = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });

/** "1st", "2nd, 120 behind Sam": where the player stands, and how far from the next place up. */
export function standing(entry) {
  const place = `${entry.rank}${ORDINAL_SUFFIXES[ordinals.select(entry.rank)]}`;
  if (entry.ahead_name == null) return entry.rank === 1 ? `${place}: in the lead` : place;
  return `${place}, ${entry.ahead_by} behind ${entry.ahead_name}`;
}

// The live game from the organiser's seat: the host's socket, the controls valid in the current step, the round
// that Start starts (named in start_game: by default the first in play order that can start, or another the organiser
// picks), and what the room sees (question, time left, answer count, distribution, leaderboard, podium).

import { api, download } from '../shared/api.js';
import { $, el, setText, showAlert } from '../shared/dom.js';
import { Countdown } from '../shared/countdown.js';
import { correctCountText, correctText, renderReveal } from '../shared/reveal-view.js';
import { describeClose, describeGameError } from '../shared/game-errors.js';
import { GameSocket } from '../shared/game-socket.js';
import { t } from '../shared/i18n.js';
import { dropFromRankings, renderPodium, renderRanking } from '../shared/rankings.js';
import { ownTitle } from '../shared/round-names.js';
import { COMMANDS_BY_STEP } from '../shared/round-steps.js';
import { shape } from '../shared/shapes.js';
import { PlayersPanel } from './players-panel.js';
import { rightAnswerText } from './question-form.js';
import { roundName, startable, toCome } from './rounds.js';

// the reasons a game pauses (presenter_paused.reason), each in words
const PAUSE_REASONS = ['no_participants', 'presenter_disconnected', 'all_disconnected'];

const STEP_BY_PHASE = {
  not_started: 'lobby',
  showing_question: 'question',
  revealing_answer: 'revealed',
  showing_leaderboard: 'leaderboard',
  segment_complete: 'round_over',
  mega_quiz_ready: 'mega_ready',
  presenter_paused: 'paused',
  event_complete: 'over',
};

export class LiveConsole {
  constructor(signedIn, event, joinLock, onRoundChanged) {
    this.signedIn = signedIn;
    this.event = event;
    this.joinLock = joinLock;
    this.onRoundChanged = onRoundChanged;
    this.players = new PlayersPanel(signedIn.token, event.id);
    this.countdown = new Countdown($('#live-countdown'));
    this.rounds = [];
    this.chosenRoundId = null;
    this.connectedBefore = false;
    // questions by id, for the open question's right answer
    this.keys = new Map();
    // the talk's recorder and review (js/generation/talk-panel.js), when the server makes quizzes from talks
    this.talk = null;
  }

  connect() {
    for (const button of document.querySelectorAll('[data-command]')) {
      button.onclick = () => this.command(button.dataset.command);
    }
    $('#round-select').onchange = () => {
      const chosen = $('#round-select').value;
      this.chosenRoundId = chosen === startable(this.rounds)[0]?.id ? null : chosen;
      this.showNextRound();
    };
    // the rounds are prepared: the chosen account presents the round that starts next (it sees it on its phone)
    $('#select-presenter').onclick = () => {
      const round = this.roundToCome();
      if (!round) {
        showAlert('#host-alert', t('host.noRoundReady'));
        return;
      }
      this.send({
        type: 'admin_select_presenter',
        presenter_user_id: $('#presenter-select').value,
        segment_id: round.id,
      });
    };
    // the rounds left have no questions (their talks will not come): on to the mega quiz or the podium
    $('#skip-empty-rounds').onclick = () => this.send({ type: 'start_game' });
    $('#pass-presenter').onclick = () =>
      this.send({ type: 'pass_presenter', next_presenter_user_id: $('#presenter-select').value });
    $('#export-csv').onclick = () => this.export('csv');
    $('#export-json').onclick = () => this.export('json');
    this.setStep('lobby');
    this.socket = new GameSocket({
      eventId: this.event.id,
      token: this.signedIn.token,
      joinFrame: { type: 'join', user_id: this.signedIn.user.id, session_code: this.event.id },
      onMessage: (message) => {
        this[`on_${message.type}`]?.call(this, message);
        this.talk?.handle(message);
      },
      onStatus: (status, code) =>
        setText('#live-connection', status === 'open' ? t('host.connected') : describeClose(code)),
    });
    this.socket.connect();
  }

  command(type) {
    if (type !== 'start_game') {
      this.send({ type });
      return;
    }
    const round = this.nextRound();
    if (round) this.send({ type, segment_id: round.id });
    else showAlert('#host-alert', t('host.noRoundReady'));
  }

  /** The rounds in play order, fresh from the server (the question editor loads them). */
  showRounds(rounds) {
    this.rounds = rounds;
    this.talk?.setRounds(rounds);
    // read again at the next question: the questions may have been edited with the rounds
    this.keys.clear();
    this.showNextRound();
  }

  /** The round Start starts: the organiser's choice while it can start, else the first in play order that can. */
  nextRound() {
    const candidates = startable(this.rounds);
    return candidates.find((round) => round.id === this.chosenRoundId) ?? candidates[0] ?? null;
  }

  /** The round a presenter is chosen for: the next that can start, else the next still without questions. */
  roundToCome() {
    return this.nextRound() ?? toCome(this.rounds)[0] ?? null;
  }

  showNextRound() {
    const candidates = startable(this.rounds);
    const next = this.nextRound();
    const empty = next ? null : toCome(this.rounds)[0];
    const select = $('#round-select');
    select.replaceChildren(
      ...candidates.map((round, index) =>
        el('option', {
          value: round.id,
          text: index === 0 ? t('host.nextInOrder', { round: roundName(round) }) : roundName(round),
        }),
      ),
    );
    if (next) select.value = next.id;
    $('#round-choice').hidden = candidates.length < 2;
    // with talk-to-quiz on, an empty round to come is a talk to be given: the console says how it gets questions
    setText(
      '#next-round',
      next
        ? t('host.nextRound', { round: roundName(next) })
        : empty && this.talk
          ? t('host.nextRoundEmpty', { round: roundName(empty) })
          : t('host.noRoundYet'),
    );
    // the first start starts the quiz; later ones name the round they start
    const played = this.rounds.some((round) => round.status === 'completed');
    setText(
      '[data-command="start_game"]',
      next && played ? t('host.startRound', { round: roundName(next) }) : t('host.startQuiz'),
    );
    if (this.step) this.setStep(this.step);
  }

  send(message) {
    showAlert('#host-alert', '');
    if (!this.socket.send(message)) showAlert('#host-alert', t('host.notConnected'));
  }

  async export(format) {
    try {
      await download(`/api/events/${this.event.id}/export?format=${format}`, this.signedIn.token, `results.${format}`);
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  }

  setStep(step, text) {
    this.step = step;
    const allowed = COMMANDS_BY_STEP[step] ?? [];
    for (const button of document.querySelectorAll('[data-command]')) {
      button.disabled = !allowed.includes(button.dataset.command);
    }
    const mayStart = allowed.includes('start_game');
    $('#next-round-panel').hidden = !mayStart;
    if (mayStart && !this.nextRound()) $('[data-command="start_game"]').disabled = true;
    // choosing a presenter fits while a round is to come; passing one on while a round runs
    const running = ['question', 'revealed', 'leaderboard', 'paused'].includes(step);
    $('.presenters').hidden = step === 'over' || (!running && !this.roundToCome());
    $('#skip-empty-rounds').hidden = step !== 'round_over' || Boolean(this.nextRound());
    $('#pass-presenter').hidden = !running;
    if (text !== undefined) setText('#live-phase', text);
  }

  clearStage() {
    $('#live-question').hidden = true;
    this.countdown.stop();
    for (const id of ['#live-chart', '#live-ranking', '#live-podium', '#live-options']) $(id).replaceChildren();
    $('#live-ranking-title').hidden = true;
  }

  /** A ranking under its title: the round's, the event's after a round, the final one. */
  showRanking(title, entries) {
    setText('#live-ranking-title', title);
    $('#live-ranking-title').hidden = false;
    renderRanking($('#live-ranking'), entries);
  }

  on_connected(message) {
    // the rounds may have changed while the socket was away
    if (this.connectedBefore) this.onRoundChanged();
    this.connectedBefore = true;
    this.players.reset(message.participants);
    this.setStep(
      STEP_BY_PHASE[message.current_phase] ?? 'lobby',
      message.current_phase === 'not_started' ? t('host.waitingForPlayers') : undefined,
    );
  }

  on_participant_joined(message) {
    this.players.joined(message.user);
    if (this.droppedPresenter && message.user.user_id === this.droppedPresenter) {
      this.droppedPresenter = null;
      setText('#host-notice', t('host.playerBack', { name: message.user.username }));
    }
  }

  on_participant_left(message) {
    this.players.left(message.user_id);
  }

  on_participant_name_changed(message) {
    this.players.renamed(message.user_id, message.new_name);
  }

  on_participant_removed(message) {
    this.players.removed(message.user_id);
    setText('#host-notice', t('host.playerRemoved', { name: message.username }));
    dropFromRankings($('#live-ranking'), message.user_id);
  }

  on_question_preview(message) {
    this.clearStage();
    this.setStep('question', t('host.stepReading'));
    $('#live-question').hidden = false;
    setText(
      '#live-question-number',
      t('host.questionNumber', { number: message.question_number, total: message.total_questions }),
    );
    setText('#live-question-text', message.text);
    setText('#live-answers', t('host.readingTime'));
    this.countdown.stop();
  }

  on_join_lock_status_changed(message) {
    this.joinLock.show(message.join_locked, message.locked_at, true);
  }

  on_question(message) {
    this.clearStage();
    this.setStep('question', t('host.stepQuestion'));
    $('#live-question').hidden = false;
    setText(
      '#live-question-number',
      t('host.questionNumber', { number: message.question_number, total: message.total_questions }),
    );
    setText('#live-question-text', message.text);
    setText('#live-answers', t('host.answered', { count: 0, total: this.players.online().length }));
    // what the players choose from, in their tiles' colours and shapes (a typed answer or a slider has none)
    $('#live-options').replaceChildren(
      ...(message.answers ?? []).map((answer, i) => el('li', {}, el('div', { class: 'answer' }, shape(i), answer))),
    );
    this.everyoneIn = false;
    this.countdown.startFromQuestion(message);
    this.showKey(message.question_id);
  }

  /**
   * The open question's right answer, from the rounds' questions (the organiser's own, read with its token; the
   * players' messages never carry it before the reveal). Read again when a question is not known yet.
   */
  async showKey(questionId) {
    setText('#live-key', '');
    if (!this.keys.has(questionId)) {
      const lists = await Promise.all(
        this.rounds.map((round) =>
          api(`/api/segments/${round.id}/questions`, { token: this.signedIn.token }).catch(() => []),
        ),
      );
      for (const question of lists.flat()) this.keys.set(question.id, question);
    }
    const question = this.keys.get(questionId);
    if (question) setText('#live-key', rightAnswerText(question));
  }

  on_answer_received(message) {
    // a late count (an answer that was in flight) must not hide that everyone is in
    const key = this.everyoneIn ? 'host.answeredAll' : 'host.answered';
    setText('#live-answers', t(key, { count: message.answer_count, total: message.total_players }));
  }

  on_answer_count(message) {
    this.on_answer_received(message);
  }

  on_all_answered(message) {
    this.everyoneIn = true;
    setText('#live-answers', t('host.answeredAll', { count: message.answer_count, total: message.total_players }));
  }

  on_reveal(message) {
    this.countdown.stop();
    setText('#live-key', '');
    const right = correctCountText(message);
    const answer = correctText(message);
    this.setStep('revealed', right ? t('host.theAnswerRight', { answer, right }) : t('host.theAnswer', { answer }));
    $('#live-options').replaceChildren();
    renderReveal($('#live-chart'), message);
    this.showRanking(t('host.ranking.round'), message.segment_leaderboard);
  }

  on_leaderboard(message) {
    this.clearStage();
    this.setStep('leaderboard', t('common.leaderboard'));
    this.showRanking(t('host.ranking.round'), message.rankings);
  }

  on_presenter_paused(message) {
    this.countdown.stop();
    const reason = message.reason ?? '';
    this.setStep(
      'paused',
      PAUSE_REASONS.includes(reason)
        ? t(`host.paused.${reason}`)
        : t('host.paused.other', { reason: reason.replaceAll('_', ' ') }),
    );
  }

  on_game_started(message) {
    this.chosenRoundId = null;
    this.onRoundChanged();
    // a round another account presents: the organiser sees who runs it from their seat
    const round = this.rounds.find((item) => item.id === message.segment_id);
    const presenter = round && round.presenter_user_id && round.presenter_user_id !== this.event.host_id;
    setText('#live-presenter', presenter ? t('host.livePresenter', { name: round.presenter_name }) : '');
    $('#live-presenter').hidden = !presenter;
  }

  on_segment_complete(message) {
    const round = this.rounds.find((item) => item.id === message.segment_id);
    // never offered as next, not even until the fresh list arrives
    if (round) round.status = 'completed';
    this.showNextRound();
    this.onRoundChanged();
    this.clearStage();
    $('#live-presenter').hidden = true;
    const name = round ? roundName(round) : (ownTitle(message.segment_title) ?? t('host.theRound'));
    this.setStep('round_over', t('host.roundOver', { round: name }));
    // the event's standings, as the big screen shows them
    this.showRanking(t('host.ranking.event', { round: name }), message.event_leaderboard);
  }

  on_mega_quiz_ready(message) {
    this.setStep('mega_ready', t('host.megaQuizReady', { count: message.available_questions }));
  }

  on_mega_quiz_started(message) {
    this.setStep('mega_starting', t('host.megaQuizStarted', { count: message.question_count }));
  }

  on_event_complete(message) {
    this.clearStage();
    this.setStep(
      'over',
      message.winner ? t('host.eventOverWinner', { name: message.winner.username }) : t('host.eventOver'),
    );
    renderPodium($('#live-podium'), message.final_leaderboard);
    this.showRanking(t('host.ranking.final'), message.final_leaderboard);
  }

  on_presenter_selected(message) {
    setText('#host-notice', t('host.presenterSelected', { name: message.presenter_name }));
  }

  on_presenter_changed(message) {
    this.droppedPresenter = null;
    const round = this.rounds?.find((r) => r.id === message.segment_id);
    setText(
      '#host-notice',
      round && round.status !== 'quizzing'
        ? t('host.presenterOfRound', { name: message.new_presenter_name, round: roundName(round) })
        : t('host.presenterNow', { name: message.new_presenter_name }),
    );
    this.onRoundChanged();
  }

  // a round was added or got its questions elsewhere (a presenter's own device)
  on_presentation_started() {
    this.onRoundChanged();
  }

  on_quiz_ready() {
    this.onRoundChanged();
  }

  on_no_questions_generated() {
    this.onRoundChanged();
  }

  on_presenter_override_needed(message) {
    this.droppedPresenter = message.presenter_id;
    setText('#host-notice', t('host.presenterDropped', { name: message.presenter_name }));
  }

  on_error(message) {
    showAlert('#host-alert', describeGameError(message));
  }
}

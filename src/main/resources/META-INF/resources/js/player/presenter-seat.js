// The presenter's seat on the phone of an account that presents a round: "You present the next round" once the
// organiser hands it over, then the round's controls (start, reveal, leaderboard, next, end, pass on) instead of the
// answer tiles. A presenter does not answer in its own round; in the others and the mega quiz it plays as anyone.

import { api } from '../shared/api.js';
import { $, el, setText, showAlert, showView } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { correctCountText, correctText } from '../shared/reveal-view.js';
import { ownTitle } from '../shared/round-names.js';
import { COMMANDS_BY_STEP } from '../shared/round-steps.js';
import { Countdown } from '../shared/countdown.js';
import { shape } from '../shared/shapes.js';
import { account } from '../shared/storage.js';
import { generation } from '../shared/capabilities.js';

// the messages after which the seat looks again at who presents what
const REFRESH_AFTER = [
  'connected',
  'presenter_changed',
  'presenter_selected',
  'presentation_started',
  'segment_complete',
  'game_ended',
  'mega_quiz_ready',
  'quiz_ready',
];

// what the server says about a talk's quiz: the seat's own round's go to its talk panel, not to the player's view
const TALK_MESSAGES = ['processing_status', 'quiz_generating', 'quiz_ready', 'no_questions_generated'];

export class PresenterSeat {
  constructor(eventId, send) {
    this.eventId = eventId;
    this.send = send;
    this.me = null;
    this.round = null; // the round this account presents next or now
    this.presenting = false;
    this.step = null;
    this.countdown = new Countdown($('#seat-countdown'));
    for (const button of document.querySelectorAll('[data-seat-command]')) {
      button.onclick = () => this.command(button.dataset.seatCommand);
    }
    // nobody is chosen until the presenter chooses: one tap must not hand the round away
    $('#seat-pass-select').onchange = () => ($('#seat-pass').disabled = !$('#seat-pass-select').value);
    $('#seat-pass').onclick = () => {
      const target = $('#seat-pass-select').value;
      if (target) this.send({ type: 'pass_presenter', next_presenter_user_id: target });
    };
  }

  /** Takes the messages of the round it presents (true: handled here, not by the player's view). */
  handle(message) {
    if (message.type === 'connected') this.me = message.you.id;
    if (REFRESH_AFTER.includes(message.type)) this.refresh();
    if (TALK_MESSAGES.includes(message.type) && this.talkRound && message.segment_id === this.talkRound.id) {
      this.talk?.handle(message);
      return true;
    }
    if (message.type === 'game_started') {
      if (this.round && message.segment_id === this.round.id) {
        this.presenting = true;
        this.show('question', t('player.seat.started'));
        return true;
      }
      this.presenting = false;
      return false;
    }
    if (!this.presenting) return false;
    return this.inRound(message);
  }

  inRound(message) {
    switch (message.type) {
      case 'question_preview':
        this.countdown.stop();
        setText('#seat-countdown', '');
        setText('#seat-question', message.text);
        this.showOptions([]);
        this.show('question', t('player.seat.reading'));
        return true;
      case 'question':
        this.allIn = false;
        setText('#seat-question', `${message.question_number}/${message.total_questions} · ${message.text}`);
        setText('#seat-answers', t('player.seat.noAnswers', { count: 0 }));
        this.showOptions(message.answers ?? []);
        this.countdown.startFromQuestion(message);
        this.show('question', t('player.seat.answersOpen'));
        return true;
      case 'answer_count':
      case 'answer_received':
      case 'all_answered':
        // "everyone is in" stays until the next question, whatever count arrives after it
        this.allIn = this.allIn || message.type === 'all_answered';
        setText(
          '#seat-answers',
          t(this.allIn ? 'player.seat.allAnswered' : 'player.seat.answered', {
            count: message.answer_count,
            total: message.total_players,
          }),
        );
        return true;
      case 'reveal': {
        this.countdown.stop();
        setText('#seat-countdown', '');
        const answer = correctText(message);
        const right = correctCountText(message);
        this.show(
          'revealed',
          right ? t('player.seat.theAnswerCount', { answer, right }) : t('player.seat.theAnswer', { answer }),
        );
        return true;
      }
      case 'leaderboard':
        this.show('leaderboard', t('player.seat.onBigScreen'));
        return true;
      case 'state_restored':
        setText('#seat-question', message.question_text ?? '');
        this.showOptions(message.answers ?? []);
        if (message.current_phase === 'showing_question' && message.remaining_ms) {
          this.countdown.start(message.remaining_ms);
        }
        this.show(
          message.current_phase === 'revealing_answer'
            ? 'revealed'
            : message.current_phase === 'showing_leaderboard'
              ? 'leaderboard'
              : 'question',
          t('player.seat.presenting'),
        );
        return true;
      case 'scores_update':
      case 'question_closed':
        return true;
      default:
        return false;
    }
  }

  /** Looks up which round this account presents: the running one, or the next one to start. */
  async refresh() {
    const signedIn = account.get();
    if (!signedIn || !this.me) return;
    let rounds;
    try {
      rounds = await api(`/api/events/${this.eventId}/segments`, { token: signedIn.token });
    } catch {
      return; // the seat is a convenience: the player's page goes on without it
    }
    const ordered = [...rounds].filter((round) => round.kind !== 'mega').sort((a, b) => a.order_index - b.order_index);
    const running = ordered.find((round) => round.status === 'quizzing');
    const next = ordered.find((round) => round.status !== 'completed' && round.question_count > 0);
    const mine = (round) => round && round.presenter_user_id === this.me;
    // the account's own round without questions yet: its talk is recorded here, where the server makes quizzes
    const toRecord = ordered.find(
      (round) => mine(round) && !['completed', 'quizzing'].includes(round.status) && !round.question_count,
    );
    const talkOn = toRecord && !running && (await generation());
    if (mine(running)) {
      this.round = running;
      if (!this.presenting) {
        this.presenting = true;
        this.show(this.step && this.step !== 'next' ? this.step : 'question', t('player.seat.presenting'));
      }
    } else if (!running && mine(next)) {
      this.round = next;
      this.presenting = false;
      this.show('next', t('player.seat.startWhenReady'));
    } else if (talkOn) {
      this.round = toRecord;
      this.presenting = false;
      await this.showTalk(toRecord, talkOn);
    } else {
      const wasSeated = this.round !== null;
      this.round = null;
      this.presenting = false;
      if (wasSeated && !$('[data-view="seat"]').hidden) showView('lobby');
    }
  }

  /** The talk of the account's next round: recorded (or written from notes) and reviewed from the seat. */
  async showTalk(round, settings) {
    this.talkRound = round;
    if (!this.talk) {
      const token = account.get().token;
      try {
        const [{ createTalkPanel }, event] = await Promise.all([
          import('../generation/talk-panel.js'),
          api(`/api/events/${this.eventId}`, { token }).catch(() => ({})),
        ]);
        this.talk = await createTalkPanel({
          token,
          settings,
          rotateSeconds: event.question_gen_interval_seconds,
          onChanged: () => this.refresh(),
        });
        $('#seat-talk').append(this.talk.root);
      } catch (error) {
        showAlert('#player-alert', error.message);
        return;
      }
    }
    this.talk.show(round);
    this.show('talk', t('player.seat.talkStatus'));
  }

  show(step, status) {
    this.step = step;
    const own = ownTitle(this.round?.title);
    const round = own ?? t('player.seat.yourRound');
    const title =
      { next: 'player.seat.nextTitle', talk: own ? 'player.seat.talkTitle' : 'player.seat.talkUntitled' }[step] ??
      'player.seat.presentingTitle';
    setText('#seat-title', t(title, { round }));
    $('#seat-talk').hidden = step !== 'talk';
    setText('#seat-status', status);
    if (step === 'next' || step === 'talk') {
      setText('#seat-question', '');
      setText('#seat-answers', '');
      this.showOptions([]);
    }
    const allowed = COMMANDS_BY_STEP[step] ?? [];
    for (const button of document.querySelectorAll('[data-seat-command]')) {
      button.hidden = !allowed.includes(button.dataset.seatCommand);
    }
    const ahead = step === 'next' || step === 'talk';
    $('#seat-pass-row').hidden = ahead;
    if (!ahead) this.loadPassTargets();
    showView('seat');
  }

  /** The question's answers as the phones show them (shapes and colours), so the presenter can read them out. */
  showOptions(answers) {
    $('#seat-options').replaceChildren(
      ...answers.map((answer, i) => el('li', {}, el('div', { class: 'answer' }, shape(i), answer))),
    );
  }

  command(type) {
    showAlert('#player-alert', '');
    if (type === 'start_game') this.send({ type, segment_id: this.round.id });
    else this.send({ type });
  }

  /** Who can take the round over: the participants with an account (their id is not their participant id). */
  async loadPassTargets() {
    try {
      const people = await api(`/api/events/${this.eventId}/participants`);
      const select = $('#seat-pass-select');
      const chosen = select.value;
      select.replaceChildren(
        el('option', { value: '', text: t('player.seat.chooseWho') }),
        ...people
          .filter((p) => p.id !== p.participant_id && p.id !== this.me)
          .map((p) => el('option', { value: p.id, text: p.display_name })),
      );
      select.value = chosen;
      $('#seat-pass').disabled = !select.value;
    } catch {
      // the list only feeds the pass-on choice
    }
  }
}

// The open question on the player's phone: the text, large answer buttons and the countdown. It remembers
// the answer given to each play of a question (play_id: the mega quiz asks a round's question again, and that is a
// new question to answer), also across a reload (the server's your_answer).

import { $, el, setText, showView } from '../shared/dom.js';
import { Countdown } from '../shared/countdown.js';

export class QuestionView {
  constructor(onAnswer) {
    this.onAnswer = onAnswer;
    this.countdown = new Countdown($('#countdown'), () => this.timeUp());
    this.questionId = null;
    this.playId = null;
    this.answers = new Map();
  }

  show(question, remainingMs, answeredBefore) {
    this.questionId = question.question_id;
    this.playId = playOf(question);
    const alreadyAnswered = answeredBefore ?? this.answers.get(this.playId) ?? null;
    if (alreadyAnswered) this.answers.set(this.playId, alreadyAnswered);
    setText('#question-number', `Question ${question.question_number} of ${question.total_questions}`);
    setText('#question-text', question.text);
    const buttons = question.answers.map((answer) =>
      el(
        'li',
        {},
        el('button', {
          class: 'answer',
          type: 'button',
          'aria-pressed': String(answer === alreadyAnswered),
          disabled: Boolean(alreadyAnswered),
          text: answer,
          onclick: () => this.choose(answer),
        }),
      ),
    );
    $('#answers').replaceChildren(...buttons);
    setText('#answer-status', alreadyAnswered ? `Your answer: “${alreadyAnswered}”. Waiting for the reveal.` : '');
    showView('question');
    this.countdown.start(remainingMs);
  }

  choose(answer) {
    if (this.answers.has(this.playId)) return;
    if (!this.onAnswer(this.questionId, answer)) return;
    this.answers.set(this.playId, answer);
    for (const button of document.querySelectorAll('#answers .answer')) {
      button.setAttribute('aria-pressed', String(button.textContent === answer));
    }
    this.lock();
    setText('#answer-status', `Sending “${answer}”…`);
  }

  /** The server stored the answer (answer_received, or any message naming the play). */
  confirm(message) {
    const play = playOf(message);
    if (play !== this.playId) return;
    setText('#answer-status', `Answer locked in: “${this.answers.get(play)}”. Waiting for the reveal.`);
  }

  /** The server refused the answer: it does not count; where it may be sent again, the buttons come back. */
  reject(mayRetry) {
    this.answers.delete(this.playId);
    setText('#answer-status', '');
    if (!mayRetry || !this.countdown.timer) return;
    for (const button of document.querySelectorAll('#answers .answer')) {
      button.disabled = false;
      button.setAttribute('aria-pressed', 'false');
    }
  }

  lock() {
    for (const button of document.querySelectorAll('#answers .answer')) button.disabled = true;
  }

  timeUp() {
    this.lock();
    if (!this.answers.has(this.playId)) setText('#answer-status', 'Time is up. Waiting for the reveal.');
  }

  pause() {
    this.countdown.stop();
  }

  close() {
    this.countdown.stop();
  }

  /** What this phone answered to the play a message names (a reveal), or null. */
  answerTo(message) {
    return this.answers.get(playOf(message)) ?? null;
  }
}

// a server before play_id named plays by their question id alone
function playOf(message) {
  return message.play_id ?? message.question_id;
}

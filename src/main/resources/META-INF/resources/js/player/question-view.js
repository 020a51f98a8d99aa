// The open question on the player's phone: the text, large answer buttons and the countdown. It remembers
// the answer given to each question, also across a reload (the server's your_answer).

import { $, el, setText, showView } from '../shared/dom.js';
import { Countdown } from '../shared/countdown.js';

export class QuestionView {
  constructor(onAnswer) {
    this.onAnswer = onAnswer;
    this.countdown = new Countdown($('#countdown'), () => this.timeUp());
    this.questionId = null;
    this.answers = new Map();
  }

  show(question, remainingMs, answeredBefore) {
    this.questionId = question.question_id;
    const alreadyAnswered = answeredBefore ?? this.answers.get(question.question_id) ?? null;
    if (alreadyAnswered) this.answers.set(question.question_id, alreadyAnswered);
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
    if (this.answers.has(this.questionId)) return;
    if (!this.onAnswer(this.questionId, answer)) return;
    this.answers.set(this.questionId, answer);
    for (const button of document.querySelectorAll('#answers .answer')) {
      button.setAttribute('aria-pressed', String(button.textContent === answer));
    }
    this.lock();
    setText('#answer-status', `Sending “${answer}”…`);
  }

  confirm(questionId) {
    if (questionId !== this.questionId) return;
    setText('#answer-status', `Answer locked in: “${this.answers.get(questionId)}”. Waiting for the reveal.`);
  }

  /** The server refused the answer: it does not count; where it may be sent again, the buttons come back. */
  reject(mayRetry) {
    this.answers.delete(this.questionId);
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
    if (!this.answers.has(this.questionId)) setText('#answer-status', 'Time is up. Waiting for the reveal.');
  }

  pause() {
    this.countdown.stop();
  }

  close() {
    this.countdown.stop();
  }

  answerTo(questionId) {
    return this.answers.get(questionId) ?? null;
  }
}

// The open question on the player's phone: the text, its image, an input for its type (answer tiles, a set to
// tick, a text box, a slider, items to order) and the countdown. It remembers the answer given to each play of a
// question (play_id: the mega quiz asks a round's question again, and that is a new question to answer), also
// across a reload (the server's your_answer / your_answers).

import { shape } from '../shared/shapes.js';
import { $, el, setText, showView } from '../shared/dom.js';
import { Countdown } from '../shared/countdown.js';
import { t } from '../shared/i18n.js';

export class QuestionView {
  constructor(onAnswer) {
    this.onAnswer = onAnswer;
    this.countdown = new Countdown($('#countdown'), () => this.timeUp());
    this.questionId = null;
    this.playId = null;
    this.type = 'single';
    this.answers = new Map();
  }

  /** The question shown before its answers open (the event's reading time). */
  preview(message) {
    this.countdown.stop();
    setText('#question-number', questionNumber(message));
    setText('#question-text', message.text);
    showImage(message.image_url);
    $('#answers').replaceChildren();
    $('#answer-input').replaceChildren();
    // counted from the server's own two instants, so a phone's wrong clock cannot shorten it
    const opensAt = performance.now() + (Date.parse(message.answers_open_at) - Date.parse(message.shown_at));
    const tick = () => {
      const seconds = Math.max(1, Math.ceil((opensAt - performance.now()) / 1000));
      setText('#answer-status', t('player.answersOpenIn', { count: seconds }));
    };
    tick();
    this.stopReading();
    this.readingTimer = setInterval(tick, 250);
    setText('#countdown', '');
    showView('question');
  }

  stopReading() {
    clearInterval(this.readingTimer);
    this.readingTimer = null;
  }

  show(question, remainingMs, answeredBefore) {
    this.stopReading();
    this.questionId = question.question_id;
    this.playId = playOf(question);
    this.type = question.question_type ?? 'single';
    const alreadyAnswered = answeredBefore ?? this.answers.get(this.playId) ?? null;
    if (alreadyAnswered) this.answers.set(this.playId, alreadyAnswered);
    setText('#question-number', questionNumber(question));
    setText('#question-text', question.text);
    showImage(question.image_url);
    $('#answers').replaceChildren();
    $('#answer-input').replaceChildren();
    const render = RENDERERS[this.type] ?? RENDERERS.single;
    render.call(this, question, alreadyAnswered);
    setText(
      '#answer-status',
      alreadyAnswered ? t('player.yourAnswerWaiting', { answer: describe(alreadyAnswered) }) : '',
    );
    if (question.points === 'double') {
      setText('#answer-status', $('#answer-status').textContent || t('player.doublePoints'));
    }
    showView('question');
    this.countdown.start(remainingMs);
  }

  /** Sends an answer of the question's shape: {selected_answer}, {selected_answers}, {value} or {order}. */
  submit(fields, shown) {
    if (this.answers.has(this.playId)) return;
    if (!this.onAnswer(this.questionId, fields)) return;
    this.answers.set(this.playId, shown);
    this.lock();
    setText('#answer-status', t('player.sending', { answer: describe(shown) }));
  }

  /** The server stored the answer (answer_received, or any message naming the play). */
  confirm(message) {
    const play = playOf(message);
    if (play !== this.playId) return;
    setText('#answer-status', t('player.lockedIn', { answer: describe(this.answers.get(play)) }));
  }

  /** The server refused the answer: it does not count; where it may be sent again, the inputs come back. */
  reject(mayRetry) {
    this.answers.delete(this.playId);
    setText('#answer-status', '');
    if (!mayRetry || !this.countdown.timer) return;
    for (const input of inputs()) {
      input.disabled = false;
      if (input.classList.contains('answer')) input.setAttribute('aria-pressed', 'false');
    }
  }

  lock() {
    for (const input of inputs()) input.disabled = true;
  }

  timeUp() {
    this.lock();
    if (!this.answers.has(this.playId)) setText('#answer-status', t('player.timeUpWaiting'));
  }

  pause() {
    this.countdown.stop();
  }

  close() {
    this.countdown.stop();
    this.stopReading();
  }

  /** What this phone answered to the play a message names (a reveal), or null. */
  answerTo(message) {
    return this.answers.get(playOf(message)) ?? null;
  }
}

// one input per question type; `this` is the view
const RENDERERS = {
  single(question, answered) {
    choiceTiles(this, question.answers, answered);
  },
  true_false(question, answered) {
    choiceTiles(this, question.answers, answered);
  },
  poll(question, answered) {
    choiceTiles(this, question.answers, answered);
  },
  multiple(question, answered) {
    const chosen = new Set(Array.isArray(answered) ? answered : []);
    const tiles = question.answers.map((answer, i) =>
      tile(i, answer, chosen.has(answer), answered, (event) => {
        const pressed = event.currentTarget.getAttribute('aria-pressed') === 'true';
        event.currentTarget.setAttribute('aria-pressed', String(!pressed));
      }),
    );
    $('#answers').replaceChildren(...tiles);
    $('#answer-input').replaceChildren(
      el('p', { class: 'muted', text: t('player.hint.multiple') }),
      el('button', {
        type: 'button',
        class: 'submit-answer',
        disabled: Boolean(answered),
        text: t('player.sendAnswers'),
        onclick: () => {
          const picked = [...document.querySelectorAll('#answers .answer[aria-pressed="true"]')].map(
            (b) => b.dataset.answer,
          );
          if (picked.length === 0) {
            setText('#answer-status', t('player.pickOne'));
            return;
          }
          this.submit({ selected_answers: picked }, picked);
        },
      }),
    );
  },
  type_answer(question, answered) {
    const box = el('input', {
      id: 'typed-answer',
      type: 'text',
      maxlength: '200',
      autocomplete: 'off',
      'aria-label': t('player.yourAnswer'),
      disabled: Boolean(answered),
    });
    if (typeof answered === 'string') box.value = answered;
    const form = el(
      'form',
      {
        class: 'typed-form',
        onsubmit: (event) => {
          event.preventDefault();
          const text = box.value.trim();
          if (text) this.submit({ selected_answer: text }, text);
        },
      },
      box,
      el('button', { type: 'submit', disabled: Boolean(answered), text: t('player.send') }),
    );
    $('#answer-input').replaceChildren(form);
    if (!answered) box.focus();
  },
  slider(question, answered) {
    const s = question.slider;
    const start =
      answered ??
      String(Number(s.min) + Math.round((Number(s.max) - Number(s.min)) / Number(s.step) / 2) * Number(s.step));
    const value = el('output', { id: 'slider-value', class: 'slider-value', text: String(start) });
    const range = el('input', {
      id: 'slider-input',
      type: 'range',
      min: String(s.min),
      max: String(s.max),
      step: String(s.step),
      value: String(start),
      'aria-label': t('player.sliderLabel', { min: s.min, max: s.max }),
      disabled: Boolean(answered),
      oninput: () => setText('#slider-value', range.value),
    });
    $('#answer-input').replaceChildren(
      value,
      range,
      el('p', { class: 'muted', text: `${s.min} – ${s.max}` }),
      el('button', {
        type: 'button',
        class: 'submit-answer',
        disabled: Boolean(answered),
        text: t('player.send'),
        onclick: () => this.submit({ value: Number(range.value) }, range.value),
      }),
    );
  },
  ordering(question, answered) {
    const items = Array.isArray(answered) ? [...answered] : [...question.answers];
    const list = el('ol', { id: 'order-list', class: 'order-list' });
    const draw = () => {
      list.replaceChildren(
        ...items.map((item, i) =>
          el(
            'li',
            {},
            el('span', { text: item }),
            el('button', {
              type: 'button',
              class: 'move',
              'aria-label': t('player.moveUp', { item }),
              disabled: Boolean(answered) || i === 0,
              text: '↑',
              onclick: () => {
                [items[i - 1], items[i]] = [items[i], items[i - 1]];
                draw();
              },
            }),
            el('button', {
              type: 'button',
              class: 'move',
              'aria-label': t('player.moveDown', { item }),
              disabled: Boolean(answered) || i === items.length - 1,
              text: '↓',
              onclick: () => {
                [items[i + 1], items[i]] = [items[i], items[i + 1]];
                draw();
              },
            }),
          ),
        ),
      );
    };
    draw();
    $('#answer-input').replaceChildren(
      el('p', { class: 'muted', text: t('player.hint.ordering') }),
      list,
      el('button', {
        type: 'button',
        class: 'submit-answer',
        disabled: Boolean(answered),
        text: t('player.sendOrder'),
        onclick: () => this.submit({ order: [...items] }, [...items]),
      }),
    );
  },
};

function choiceTiles(view, answers, answered) {
  const buttons = answers.map((answer, i) =>
    tile(i, answer, answer === answered, answered, () => {
      for (const b of document.querySelectorAll('#answers .answer')) {
        b.setAttribute('aria-pressed', String(b.dataset.answer === answer));
      }
      view.submit({ selected_answer: answer }, answer);
    }),
  );
  $('#answers').replaceChildren(...buttons);
}

/** One answer tile: its colour and shape by position, pressed or not, locked once the question is answered. */
function tile(i, answer, pressed, answered, onclick) {
  return el(
    'li',
    {},
    el(
      'button',
      {
        class: `answer shape-${i}`,
        type: 'button',
        'aria-pressed': String(pressed),
        disabled: Boolean(answered),
        'data-answer': answer,
        onclick,
      },
      shape(i),
      answer,
    ),
  );
}

function inputs() {
  return document.querySelectorAll('#answers button, #answer-input button, #answer-input input');
}

function showImage(url) {
  const figure = $('#question-image');
  if (!url) {
    figure.hidden = true;
    figure.replaceChildren();
    return;
  }
  figure.replaceChildren(el('img', { src: url, alt: t('player.questionImage') }));
  figure.hidden = false;
}

/** An answer as words: one text in quotes, a set or an order joined. */
export function describe(answer) {
  if (Array.isArray(answer)) return answer.map((a) => t('player.quoted', { answer: a })).join(', ');
  return t('player.quoted', { answer });
}

function questionNumber(message) {
  return t('player.questionNumber', { number: message.question_number, total: message.total_questions });
}

// a server before play_id named plays by their question id alone
function playOf(message) {
  return message.play_id ?? message.question_id;
}

// Rounds (segments) and their questions: add rounds, move them up or down in play order, add questions one by one,
// or import JSON/CSV with the per-row errors shown.

import { api } from '../shared/api.js';
import { $, el, setText, showAlert } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { fillForm, questionBody, questionSummary, showTypeFields, uploadPicture } from './question-form.js';
import { importQuestions, importReport } from './question-import.js';
import { inPlayOrder, roundDetails, roundName } from './rounds.js';

export class QuestionEditor {
  /** onRoundsLoaded(rounds) hears every fresh list of the rounds, in play order. */
  constructor(signedIn, event, onRoundsLoaded = () => {}) {
    this.token = signedIn.token;
    this.hostName = signedIn.user.display_name;
    this.event = event;
    this.onRoundsLoaded = onRoundsLoaded;
    this.rounds = [];
  }

  async load() {
    $('#segment-presenter').value = this.hostName;
    $('#segment-form').onsubmit = (submit) => {
      submit.preventDefault();
      this.guard(() => this.addSegment($('#segment-presenter').value.trim(), $('#segment-title').value.trim()));
    };
    $('#segment-select').onchange = () => this.guard(() => this.showQuestions());
    $('#question-form').onsubmit = (submit) => {
      submit.preventDefault();
      this.guard(() => (this.editing ? this.saveQuestion() : this.addQuestion()));
    };
    $('#question-cancel').onclick = () => this.stopEditing();
    $('#question-type').onchange = showTypeFields;
    showTypeFields();
    $('#import-form').onsubmit = (submit) => {
      submit.preventDefault();
      this.guard(() => this.importFromForm());
    };
    await this.guard(() => this.loadSegments());
  }

  async guard(action) {
    showAlert('#host-alert', '');
    setText('#host-notice', '');
    try {
      await action();
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  }

  /** Reloads the rounds after a change elsewhere (the game, another device), leaving the page's messages alone. */
  async refresh() {
    try {
      await this.loadSegments($('#segment-select').value);
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  }

  async loadSegments(selectId) {
    const select = $('#segment-select');
    const before = select.value;
    this.rounds = inPlayOrder(await api(`/api/events/${this.event.id}/segments`, { token: this.token }));
    // a round the organiser picked while the list was loading stays picked (a live change reloads the list often)
    const picked = select.value !== before ? select.value : selectId;
    select.replaceChildren(
      ...this.rounds.map((round) =>
        el('option', { value: round.id, text: `${roundName(round)} (${roundDetails(round)})` }),
      ),
    );
    if (picked && this.rounds.some((round) => round.id === picked)) select.value = picked;
    else if (this.rounds.length) select.value = this.rounds[this.rounds.length - 1].id;
    this.renderRoundList();
    this.onRoundsLoaded(this.rounds);
    await this.showQuestions();
  }

  /** The rounds in play order, each with buttons that move it one place up or down. */
  renderRoundList() {
    const last = this.rounds.length - 1;
    $('#round-list').replaceChildren(
      ...this.rounds.map((round, index) => {
        const name = roundName(round);
        const moveButton = (direction, neighbour) =>
          el('button', {
            type: 'button',
            class: 'secondary',
            'data-move': direction,
            'aria-label': t(direction === 'up' ? 'host.moveRoundUp' : 'host.moveRoundDown', { round: name }),
            disabled: !neighbour,
            text: t(direction === 'up' ? 'host.up' : 'host.down'),
            onclick: () => this.guard(() => this.move(round, neighbour, direction)),
          });
        return el(
          'li',
          { 'data-round': round.id },
          el('span', { class: 'round-name', text: name }),
          el('span', { class: 'muted', text: ` · ${roundDetails(round)} ` }),
          moveButton('up', index > 0 ? this.rounds[index - 1] : null),
          moveButton('down', index < last ? this.rounds[index + 1] : null),
          el('button', {
            type: 'button',
            class: 'secondary',
            'aria-label': t('host.renameNamed', { name }),
            text: t('host.rename'),
            onclick: () => this.guard(() => this.renameRound(round)),
          }),
          el('button', {
            type: 'button',
            class: 'secondary',
            'aria-label': t('host.deleteNamed', { name }),
            text: t('host.delete'),
            onclick: () => this.guard(() => this.deleteRound(round)),
          }),
        );
      }),
    );
  }

  /** Swaps the round's place with its neighbour's (the server swaps the two), then keeps the focus on the round. */
  async move(round, neighbour, direction) {
    await api(`/api/segments/${round.id}`, {
      method: 'PATCH',
      token: this.token,
      body: { order_index: neighbour.order_index },
    });
    await this.loadSegments($('#segment-select').value);
    const moved = this.rounds.find((item) => item.id === round.id);
    setText(
      '#host-notice',
      t(direction === 'up' ? 'host.roundMovedUp' : 'host.roundMovedDown', { round: roundName(moved) }),
    );
    const row = $(`#round-list li[data-round="${round.id}"]`);
    const button = $(`button[data-move="${direction}"]`, row);
    (button.disabled ? $('button:not(:disabled)', row) : button)?.focus();
  }

  async renameRound(round) {
    const title = prompt(t('host.renameRoundPrompt', { round: roundName(round) }), round.title ?? '');
    if (title === null || !title.trim()) return;
    await api(`/api/segments/${round.id}`, { method: 'PATCH', token: this.token, body: { title: title.trim() } });
    await this.loadSegments($('#segment-select').value);
    setText('#host-notice', t('host.roundRenamed'));
  }

  async deleteRound(round) {
    if (!confirm(t('host.confirmDeleteRound', { round: roundName(round), count: round.question_count }))) return;
    await api(`/api/quizzes/${this.event.id}/questions/${round.id}`, { method: 'DELETE', token: this.token });
    await this.loadSegments();
    setText('#host-notice', t('host.roundDeleted'));
  }

  async addSegment(presenterName, title = '') {
    const segment = await api(`/api/events/${this.event.id}/segments`, {
      method: 'POST',
      token: this.token,
      body: { presenter_name: presenterName || this.hostName, ...(title ? { title } : {}) },
    });
    $('#segment-title').value = '';
    await this.loadSegments(segment.id);
    return segment.id;
  }

  /** The selected round, or a new one presented by the host when the event has none yet. */
  async segmentId() {
    return $('#segment-select').value || this.addSegment(this.hostName);
  }

  async showQuestions() {
    const segmentId = $('#segment-select').value;
    if (!segmentId) {
      $('#question-list').replaceChildren();
      return;
    }
    const questions = await api(`/api/segments/${segmentId}/questions`, { token: this.token });
    // another round was picked meanwhile: its own call shows it (an older answer must not overwrite it)
    if ($('#segment-select').value !== segmentId) return;
    const last = questions.length - 1;
    $('#question-list').replaceChildren(
      ...questions.map((question, index) => {
        const { answer, extras } = questionSummary(question);
        const madeUp = (this.event.num_fake_answers ?? 3) - (question.fake_answers?.length ?? 0);
        if ((question.type ?? 'single') === 'single' && madeUp > 0) {
          extras.push(t('host.summary.madeUp', { count: madeUp }));
        }
        return el(
          'li',
          { 'data-question': question.id },
          el('strong', { text: question.question_text }),
          ` → ${answer}`,
          question.fake_answers?.length
            ? el('span', {
                class: 'muted',
                text: ` ${t('host.summary.wrong', { answers: question.fake_answers.join(', ') })}`,
              })
            : null,
          extras.length ? el('span', { class: 'muted', text: ` · ${extras.join(' · ')}` }) : null,
          ' ',
          el('button', {
            type: 'button',
            class: 'secondary small',
            'aria-label': t('host.moveQuestionUp', { question: question.question_text }),
            disabled: index === 0,
            text: '↑',
            onclick: () => this.guard(() => this.moveQuestion(questions, index, index - 1)),
          }),
          el('button', {
            type: 'button',
            class: 'secondary small',
            'aria-label': t('host.moveQuestionDown', { question: question.question_text }),
            disabled: index === last,
            text: '↓',
            onclick: () => this.guard(() => this.moveQuestion(questions, index, index + 1)),
          }),
          el('button', {
            type: 'button',
            class: 'secondary small',
            'aria-label': t('host.editQuestionNamed', { question: question.question_text }),
            text: t('host.edit'),
            onclick: () => this.edit(question),
          }),
          el('button', {
            type: 'button',
            class: 'secondary small',
            'aria-label': t('host.deleteQuestionNamed', { question: question.question_text }),
            text: t('host.delete'),
            onclick: () => this.guard(() => this.deleteQuestion(question)),
          }),
        );
      }),
    );
  }

  /** The form takes the question, to be saved in place (its type can change too). */
  edit(question) {
    this.editing = question;
    fillForm(question);
    setText('#question-form-heading', t('host.editQuestionHeading'));
    setText('#question-submit', t('host.saveQuestion'));
    $('#question-cancel').hidden = false;
    $('#question-image-remove-row').hidden = !question.image_id;
    $('#question-form').scrollIntoView({ block: 'start' });
    $('#question-text-input').focus();
  }

  stopEditing() {
    this.editing = null;
    $('#question-form').reset();
    showTypeFields();
    setText('#question-form-heading', t('host.addQuestionHeading'));
    setText('#question-submit', t('host.addQuestion'));
    $('#question-cancel').hidden = true;
    $('#question-image-remove-row').hidden = true;
  }

  async saveQuestion() {
    const question = this.editing;
    const body = questionBody();
    // in an update an absent field keeps its value: these say "the event's time" and "no explanation"
    body.time_limit = body.time_limit ?? 0;
    body.explanation = body.explanation ?? '';
    const imageId = await uploadPicture(this.token, this.event.id);
    if (imageId) body.image_id = imageId;
    else if ($('#question-image-remove').checked) body.image_id = '';
    await api(`/api/questions/${question.id}`, { method: 'PUT', token: this.token, body });
    this.stopEditing();
    await this.loadSegments($('#segment-select').value);
    setText('#host-notice', t('host.questionSaved'));
    // said beside the form too: the page's notice is far above it
    setText('#question-status', t('host.questionSaved'));
    $(`#question-list li[data-question="${question.id}"] button`)?.focus();
  }

  /** Swaps two neighbours; every question whose place changes gets its new index (imports may share one). */
  async moveQuestion(questions, from, to) {
    const order = [...questions];
    [order[from], order[to]] = [order[to], order[from]];
    for (const [index, question] of order.entries()) {
      if (question.order_index !== index) {
        await api(`/api/questions/${question.id}`, {
          method: 'PUT',
          token: this.token,
          body: { order_index: index },
        });
      }
    }
    await this.showQuestions();
    const moved = questions[from];
    setText('#host-notice', t('host.questionMoved', { question: moved.question_text, number: to + 1 }));
    $(`#question-list li[data-question="${moved.id}"] button:not(:disabled)`)?.focus();
  }

  async deleteQuestion(question) {
    if (!confirm(t('host.confirmDeleteQuestion', { question: question.question_text }))) return;
    await api(`/api/questions/${question.id}`, { method: 'DELETE', token: this.token });
    if (this.editing?.id === question.id) this.stopEditing();
    await this.loadSegments($('#segment-select').value);
    setText('#host-notice', t('host.questionDeleted'));
  }

  async addQuestion() {
    const segmentId = await this.segmentId();
    const body = questionBody();
    const imageId = await uploadPicture(this.token, this.event.id);
    if (imageId) body.image_id = imageId;
    await api(`/api/segments/${segmentId}/questions`, { method: 'POST', token: this.token, body });
    const type = $('#question-type').value;
    $('#question-form').reset();
    // the next question is most likely of the same type
    $('#question-type').value = type;
    showTypeFields();
    setText('#host-notice', t('host.questionAdded'));
    // said beside the form too: the page's notice is far above it
    setText('#question-status', t('host.questionAdded'));
    // the round's question count changes, and with it whether the round can start
    await this.loadSegments(segmentId);
    $('#question-text-input').focus();
  }

  async importFromForm() {
    const file = $('#import-file').files[0];
    const text = file ? await file.text() : $('#import-text').value;
    const segmentId = await this.segmentId();
    const result = await importQuestions(this.token, segmentId, text);
    $('#import-result').replaceChildren(...importReport(result));
    if (!result.errors?.length) $('#import-form').reset();
    await this.loadSegments(segmentId);
  }
}

// Rounds (segments) and their questions: add one by one, or import JSON/CSV with the per-row errors shown.

import { api } from '../shared/api.js';
import { $, el, setText, showAlert } from '../shared/dom.js';
import { importQuestions, importReport } from './question-import.js';

export class QuestionEditor {
  constructor(signedIn, event) {
    this.token = signedIn.token;
    this.hostName = signedIn.user.display_name;
    this.event = event;
    this.segments = [];
  }

  async load() {
    $('#segment-presenter').value = this.hostName;
    $('#segment-form').onsubmit = (submit) => {
      submit.preventDefault();
      this.guard(() => this.addSegment($('#segment-presenter').value.trim()));
    };
    $('#segment-select').onchange = () => this.guard(() => this.showQuestions());
    $('#question-form').onsubmit = (submit) => {
      submit.preventDefault();
      this.guard(() => this.addQuestion());
    };
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

  async loadSegments(selectId) {
    this.segments = await api(`/api/events/${this.event.id}/segments`, { token: this.token });
    const select = $('#segment-select');
    select.replaceChildren(
      ...this.segments.map((segment, index) =>
        el('option', {
          value: segment.id,
          text: `Round ${index + 1}: ${segment.title ?? segment.presenter_name} (${segment.status})`,
        }),
      ),
    );
    if (selectId) select.value = selectId;
    else if (this.segments.length) select.value = this.segments[this.segments.length - 1].id;
    await this.showQuestions();
  }

  async addSegment(presenterName) {
    const segment = await api(`/api/events/${this.event.id}/segments`, {
      method: 'POST',
      token: this.token,
      body: { presenter_name: presenterName || this.hostName },
    });
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
    $('#question-list').replaceChildren(
      ...questions.map((question) =>
        el(
          'li',
          {},
          el('strong', { text: question.question_text }),
          ` → ${question.correct_answer}`,
          question.fake_answers?.length
            ? el('span', { class: 'muted', text: ` (wrong: ${question.fake_answers.join(', ')})` })
            : null,
        ),
      ),
    );
  }

  async addQuestion() {
    const segmentId = await this.segmentId();
    const wrong = $('#question-wrong-input')
      .value.split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    await api(`/api/segments/${segmentId}/questions`, {
      method: 'POST',
      token: this.token,
      body: {
        question_text: $('#question-text-input').value.trim(),
        correct_answer: $('#question-correct-input').value.trim(),
        fake_answers: wrong,
      },
    });
    $('#question-form').reset();
    setText('#host-notice', 'Question added.');
    await this.showQuestions();
    $('#question-text-input').focus();
  }

  async importFromForm() {
    const file = $('#import-file').files[0];
    const text = file ? await file.text() : $('#import-text').value;
    const segmentId = await this.segmentId();
    const result = await importQuestions(this.token, segmentId, text);
    $('#import-result').replaceChildren(...importReport(result));
    if (!result.errors?.length) $('#import-form').reset();
    await this.showQuestions();
  }
}

// "From the talk to the quiz" for one segment, on the organiser's console and on a presenter's phone: record the
// talk (recorder.js, every chunk kept on the device until the server has it: chunk-queue.js), stop cleanly (the last
// chunk and every upload first, then recording/stop and finalize-and-transcribe), or write the quiz from notes or a
// topic; then follow the job (job-progress.js) and review its drafts (drafts-review.js). Loaded only when the server
// says generation is on: its texts (i18n/{language}/generation.json) and its stylesheet come with it.

import { api } from '../shared/api.js';
import { errorWords } from './error-words.js';
import { el } from '../shared/dom.js';
import { loadCatalogue, t } from '../shared/i18n.js';
import { ChunkQueue } from './chunk-queue.js';
import { DraftsReview } from './drafts-review.js';
import { JobProgress, duringTalk, isLive } from './job-progress.js';
import { TalkRecorder, canRecord } from './recorder.js';

const DEFAULT_ROTATE_SECONDS = 600; // a take (one uploaded file) stays well under a provider's size limit
const CLOSED = ['completed', 'quizzing'];
let unique = 0;

function addStylesheet() {
  if (document.querySelector('link[href="/css/generation.css"]')) return;
  document.head.append(el('link', { rel: 'stylesheet', href: '/css/generation.css' }));
}

/** m:ss (h:mm:ss past an hour). */
function clock(ms) {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Rounds a talk can still be recorded or written for: not played, not playing. */
export const recordable = (round) => !CLOSED.includes(round.status) && round.kind !== 'mega';

/**
 * Loads the panel's texts and look, then builds it. Options: token, settings (the capabilities' generation part),
 * rotateSeconds (the event's question_gen_interval_seconds, null, or a function that reads it), nameOf(round) (a round's name: with it the
 * panel has a round chooser), onChanged() (the round's status or questions changed).
 */
export async function createTalkPanel(options) {
  addStylesheet();
  await loadCatalogue('generation');
  return new TalkPanel(options);
}

export class TalkPanel {
  constructor({ token, settings, rotateSeconds, nameOf = null, onChanged = () => {} }) {
    Object.assign(this, { token, settings, nameOf, onChanged });
    // the event's question_gen_interval_seconds (or a function reading it at each start), else every 10 minutes
    this.rotateSeconds = () =>
      (typeof rotateSeconds === 'function' ? rotateSeconds() : rotateSeconds) || DEFAULT_ROTATE_SECONDS;
    this.segment = null;
    this.phase = 'idle'; // idle | starting | recording | stopping
    this.queue = null;
    this.elapsed = 0;
    const id = (name) => `talk-${name}-${++unique}`;
    this.job = new JobProgress(token, {
      onSettled: (job) => this.jobSettled(job),
      onError: (error) => this.alert(errorWords(error)),
    });
    this.drafts = new DraftsReview(token, {
      onJob: (job) => this.jobStarted(job),
      onApproved: (result) => this.approved(result),
      onError: (error) => this.alert(errorWords(error)),
      onNotice: (text) => this.notice(text),
    });
    this.build(id);
  }

  build(id) {
    const heading = el('h2', { id: id('heading'), text: t('generation.heading') });
    this.roundSelect = el('select', { id: id('round'), onchange: () => this.choose(this.roundSelect.value) });
    this.alertBox = el('p', { class: 'alert', role: 'alert' });
    this.noticeBox = el('p', { class: 'notice', role: 'status' });
    this.state = el('p', { class: 'talk-state', role: 'status' });
    this.elapsedText = el('span', { class: 'talk-elapsed', role: 'timer', text: clock(0) });
    this.level = el('meter', { id: id('level'), min: '0', max: '1', low: '0.6', high: '0.9', value: '0' });
    this.startButton = el('button', { type: 'button', onclick: () => this.start() });
    this.stopButton = el('button', {
      type: 'button',
      class: 'stop',
      text: t('generation.stop'),
      onclick: () => this.stop(),
    });
    this.uploads = el('p', { class: 'talk-uploads muted', 'aria-live': 'polite' });
    this.uploadFailure = el('p', { class: 'alert', role: 'alert' });
    this.uploadRetry = el('button', {
      type: 'button',
      class: 'secondary small',
      text: t('generation.uploads.retry'),
      onclick: () => this.queue?.retryNow(),
    });
    this.uploadDiscard = el('button', {
      type: 'button',
      class: 'secondary small',
      text: t('generation.uploads.discard'),
      onclick: () => this.discard(),
    });
    this.recorderBox = el(
      'div',
      { class: 'talk-recorder' },
      this.state,
      el(
        'div',
        { class: 'talk-meter' },
        el('span', { class: 'talk-dot', 'aria-hidden': 'true' }),
        this.elapsedText,
        el('label', { for: this.level.id, text: t('generation.level') }),
        this.level,
      ),
      el('p', { class: 'talk-buttons' }, this.startButton, this.stopButton),
      this.uploads,
      el('div', { class: 'talk-upload-failure' }, this.uploadFailure, this.uploadRetry, this.uploadDiscard),
    );
    this.cannotRecord = el('p', { class: 'muted', text: t('generation.cannotRecord') });
    this.notes = this.notesForm(id);
    this.root = el(
      'section',
      { class: 'card talk', 'aria-labelledby': heading.id },
      heading,
      this.nameOf ? el('label', { for: this.roundSelect.id, text: t('generation.round') }) : null,
      this.nameOf ? this.roundSelect : null,
      this.alertBox,
      this.noticeBox,
      this.recorderBox,
      this.cannotRecord,
      this.job.root,
      this.drafts.root,
      this.notes,
    );
    // with a round chooser, hidden until the rounds are known
    this.root.hidden = Boolean(this.nameOf);
    this.render();
  }

  /** "Make the quiz from notes or a topic": the same pipeline without speech to text. */
  notesForm(id) {
    const notes = el('textarea', {
      id: id('notes'),
      rows: '5',
      maxlength: String(this.settings.max_transcript_chars ?? 100000),
    });
    const topic = el('input', { id: id('topic'), maxlength: '300' });
    const send = (body, input) => async (event) => {
      event.preventDefault();
      if (!input.value.trim()) {
        input.focus();
        return;
      }
      await this.guard(async () => {
        const job = await api(`/api/segments/${this.segment.id}/generate`, {
          method: 'POST',
          token: this.token,
          body: body(input.value.trim()),
        });
        input.value = '';
        this.jobStarted(job);
      });
    };
    return el(
      'details',
      { class: 'talk-notes' },
      el('summary', { text: t('generation.notes.summary') }),
      el(
        'form',
        { onsubmit: send((text) => ({ notes: text }), notes) },
        el('label', { for: notes.id, text: t('generation.notes.label') }),
        notes,
        el('button', { type: 'submit', class: 'secondary', text: t('generation.notes.submit') }),
      ),
      el(
        'form',
        { onsubmit: send((text) => ({ topic: text }), topic) },
        el('label', { for: topic.id, text: t('generation.notes.topicLabel') }),
        topic,
        el('button', { type: 'submit', class: 'secondary', text: t('generation.notes.topicSubmit') }),
      ),
    );
  }

  /** The console: the event's rounds; the one being presented stays chosen while it can be recorded. */
  setRounds(rounds) {
    this.rounds = rounds.filter(recordable);
    const current = this.rounds.find((round) => round.id === this.segment?.id);
    const chosen =
      current ??
      this.rounds.find((round) => round.status === 'recording') ??
      this.rounds.find((round) => !round.question_count) ??
      this.rounds[0];
    this.roundSelect.replaceChildren(
      ...this.rounds.map((round) => el('option', { value: round.id, text: this.nameOf(round) })),
    );
    this.root.hidden = !chosen;
    if (chosen) {
      this.roundSelect.value = chosen.id;
      this.show(chosen);
    } else if (this.phase === 'idle') {
      this.leave();
    }
  }

  choose(id) {
    const round = this.rounds.find((item) => item.id === id);
    if (round) this.show(round);
  }

  /** Shows a segment: what the server and this device hold for it, its job and its drafts. */
  async show(segment) {
    if (this.segment?.id === segment.id) {
      // the same round, fresh from the server: its status may have moved (recording, stopped elsewhere)
      this.segment = { ...this.segment, ...segment };
      this.render();
      return;
    }
    if (this.phase !== 'idle') return; // never leaves a round while recording or stopping
    this.leave();
    this.segment = segment;
    this.render();
    await this.guard(async () => {
      this.queue = new ChunkQueue(segment.id, this.token, () => this.renderUploads());
      // the chunks only where the server transcribes (with a chat model alone, notes and topics only)
      const restoring = this.settings.transcription ? this.queue.restore() : null;
      await Promise.all([restoring, this.loadJob(), this.drafts.load(segment.id)]);
    });
    this.render();
  }

  leave() {
    this.queue?.close();
    this.queue = null;
    this.job.close();
    this.job.show(null);
    this.drafts.clear();
    this.segment = null;
    this.alert('');
    this.notice('');
  }

  async loadJob() {
    const segmentId = this.segment.id;
    try {
      const job = await api(`/api/segments/${segmentId}/job`, { token: this.token });
      if (this.segment?.id === segmentId) this.job.show(job);
    } catch (error) {
      if (error.status !== 404) throw error;
      this.job.show(null);
    }
    this.drafts.setBusy(isLive(this.job.job));
  }

  /** The live messages about this segment (processing_status and the quiz's announcements). */
  handle(message) {
    if (!this.segment || message.segment_id !== this.segment.id) return;
    if (message.type === 'processing_status') {
      this.job.update(message);
      this.drafts.setBusy(isLive(this.job.job));
      this.render();
    } else if (message.type === 'quiz_generating' && !isLive(this.job.job)) {
      this.guard(() => this.loadJob()).then(() => this.render());
    } else if (message.type === 'no_questions_generated') {
      this.guard(() => this.loadJob()).then(() => this.render());
    } else if (message.type === 'quiz_ready') {
      // approved here or on another device: the drafts are questions now
      this.guard(() => this.drafts.load(this.segment.id)).then(() => this.render());
    }
  }

  async start() {
    this.alert('');
    this.notice('');
    this.phase = 'starting';
    this.render();
    const segmentId = this.segment.id;
    this.recorder = new TalkRecorder({
      chunkSeconds: this.settings.chunk_seconds ?? 10,
      rotateSeconds: this.rotateSeconds(),
      onChunk: (blob, takeStart) => this.queue.add(blob, takeStart),
      onLevel: (level) => (this.level.value = level),
      onTick: (ms) => (this.elapsedText.textContent = clock((this.elapsed = ms))),
      onError: (error) => this.alert(t('generation.chunkNotKept', { reason: errorWords(error) })),
      onEnded: () => {
        this.alert(t('generation.micEnded'));
        this.stop();
      },
    });
    try {
      if (!this.queue.store) await this.queue.restore();
      await this.recorder.start(async () => {
        const segment = await api(`/api/segments/${segmentId}/recording/start`, { method: 'POST', token: this.token });
        this.segment = { ...this.segment, ...(segment ?? { status: 'recording' }) };
      });
      this.phase = 'recording';
      // the round's status changed (recording): the page's lists say so
      this.onChanged();
    } catch (error) {
      this.recorder = null;
      this.phase = 'idle';
      this.alert(error.name === 'NotAllowedError' ? t('generation.micRefused') : errorWords(error));
    }
    this.render();
  }

  /** Waits for the last chunk and every upload, then closes the recording and starts the job. */
  async stop() {
    if (this.phase === 'stopping') return;
    this.phase = 'stopping';
    this.render();
    const segmentId = this.segment.id;
    try {
      await this.recorder?.stop();
      this.recorder = null;
      this.render();
      await this.queue.drained();
      const segment = await api(`/api/segments/${segmentId}/recording/stop`, { method: 'POST', token: this.token });
      this.segment = { ...this.segment, ...(segment ?? {}) };
      const job = await api(`/api/segments/${segmentId}/finalize-and-transcribe`, {
        method: 'POST',
        token: this.token,
      });
      this.phase = 'idle';
      this.jobStarted(job);
      this.onChanged();
    } catch (error) {
      this.phase = 'idle';
      this.alert(errorWords(error));
    }
    this.render();
  }

  async discard() {
    if (!confirm(t('generation.uploads.confirmDiscard', { count: this.queue.pending.length }))) return;
    await this.queue.discard();
  }

  jobStarted(job) {
    this.job.show(job);
    this.drafts.setBusy(isLive(job));
    this.render();
  }

  async jobSettled(job) {
    this.drafts.setBusy(false);
    if (job.status === 'drafts_ready') {
      await this.guard(async () => {
        await this.drafts.load(job.segment_id ?? this.segment.id);
        this.notice(t(this.drafts.drafts.length ? 'generation.drafts.ready' : 'generation.drafts.none'));
      });
    }
    this.render();
  }

  approved(result) {
    const count = result?.approved ?? result?.questions?.length ?? 0;
    this.notice(t('generation.drafts.approved', { count }));
    this.onChanged();
    this.render();
  }

  async guard(action) {
    try {
      await action();
    } catch (error) {
      this.alert(errorWords(error));
    }
  }

  alert(text) {
    this.alertBox.textContent = text ?? '';
  }

  notice(text) {
    this.noticeBox.textContent = text ?? '';
  }

  /** Whether this device still holds a recording to finish: the segment records, or chunks wait to be sent. */
  interrupted() {
    return this.phase === 'idle' && (this.segment?.status === 'recording' || (this.queue?.pending.length ?? 0) > 0);
  }

  render() {
    const segment = this.segment;
    const job = this.job.job;
    const live = isLive(job);
    const recording = ['starting', 'recording', 'stopping'].includes(this.phase);
    // recording goes on while interval generation transcribes the takes already ended
    const mayRecord = Boolean(segment) && this.settings.transcription && (!job || recording || duringTalk(job));
    this.roundSelect.disabled = this.phase !== 'idle';
    this.recorderBox.hidden = !mayRecord || !canRecord();
    this.cannotRecord.hidden = !mayRecord || canRecord();
    this.notes.hidden = !segment || !this.settings.from_notes || recording || live || this.interrupted();
    this.root.dataset.phase = this.phase;
    this.startButton.textContent = t(this.interrupted() ? 'generation.resume' : 'generation.start');
    this.startButton.hidden = recording;
    this.startButton.disabled = !segment;
    this.stopButton.hidden = !(this.phase === 'recording' || this.phase === 'stopping' || this.interrupted());
    this.stopButton.disabled = this.phase === 'stopping';
    this.state.textContent = this.stateWords();
    this.renderUploads();
  }

  stateWords() {
    const pending = this.queue?.pending.length ?? 0;
    if (this.phase === 'starting') return t('generation.state.starting');
    if (this.phase === 'recording') return t('generation.state.recording');
    if (this.phase === 'stopping') {
      return this.recorder ? t('generation.state.lastChunk') : t('generation.state.stopping', { count: pending });
    }
    if (this.interrupted()) return t('generation.state.interrupted');
    return t('generation.state.ready');
  }

  renderUploads() {
    const queue = this.queue;
    if (!queue) {
      this.uploads.textContent = '';
      this.uploadFailure.parentElement.hidden = true;
      return;
    }
    const parts = [t('generation.uploads.saved', { count: queue.saved })];
    if (queue.pending.length) parts.push(t('generation.uploads.pending', { count: queue.pending.length }));
    if (queue.retrying && !queue.failure) parts.push(t('generation.uploads.retrying'));
    this.uploads.textContent = queue.saved || queue.pending.length ? parts.join(' · ') : '';
    this.uploadFailure.parentElement.hidden = !queue.failure;
    this.uploadFailure.textContent = queue.failure
      ? t('generation.uploads.failed', { reason: errorWords(queue.failure) })
      : '';
    if (this.phase === 'stopping' && !this.recorder) this.state.textContent = this.stateWords();
  }
}

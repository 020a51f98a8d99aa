// A segment's generation job as the presenter follows it: the stage in words, a progress bar, and on failure the
// reason with Retry; Cancel while it runs. Fed by processing_status messages; while it runs and no message came for a
// while (a socket that reconnects, a page without one), it reads the job again.

import { api } from '../shared/api.js';
import { el } from '../shared/dom.js';
import { SERVER_LANGUAGE, has, language, t } from '../shared/i18n.js';

const LIVE = ['queued', 'running'];
const STAGES = ['queued', 'transcribing', 'generating', 'checking', 'done'];
const POLL_MS = 5000;

export const isLive = (job) => Boolean(job && LIVE.includes(job.status));

/** An audio job of interval generation while the talk goes on: it transcribes each take as it ends. */
export const duringTalk = (job) => isLive(job) && job.source === 'audio' && job.finalized === false;

/** The job's state in words: its stage while it runs, else its outcome. */
export function jobWords(job) {
  if (job.status === 'failed') return t('generation.job.failed');
  if (job.status === 'cancelled') return t('generation.job.cancelled');
  if (job.status === 'drafts_ready') return t('generation.job.ready');
  if (duringTalk(job)) return t('generation.stage.duringTalk');
  return t(`generation.stage.${STAGES.includes(job.stage) ? job.stage : 'queued'}`);
}

/** Why a job failed: the catalogue's words for its code, with the server's own message on an English page. */
function failureWords(job) {
  const known = job.error_code && has(`generation.error.${job.error_code}`);
  const words = known ? t(`generation.error.${job.error_code}`) : t('generation.error.other');
  const detail = language === SERVER_LANGUAGE && job.error_message ? job.error_message : null;
  return detail && detail !== words ? `${words} (${detail})` : words;
}

const STATUS_ORDER = ['queued', 'running'];
const rank = (job) => [
  LIVE.includes(job.status) ? STATUS_ORDER.indexOf(job.status) : STATUS_ORDER.length,
  STAGES.indexOf(job.stage),
  job.progress ?? 0,
];

/**
 * Whether a read of a running job is older than what is shown: a reply that left the server before a message that
 * came first (the stop's answer after the worker's "transcribing"). A live job only moves forward.
 */
function behind(job, shown) {
  if (!job || !isLive(job)) return false;
  const [a, b] = [rank(job), rank(shown)];
  const i = a.findIndex((value, index) => value !== b[index]);
  return i >= 0 && a[i] < b[i];
}

const progressOf = (job) => ({ status: job.status, stage: job.stage, progress: job.progress });

export class JobProgress {
  /** onSettled(job) hears a job that left queued/running (drafts ready, failed, cancelled); onError(error) refusals. */
  constructor(token, { onSettled, onError }) {
    this.token = token;
    this.onSettled = onSettled;
    this.onError = onError;
    this.job = null;
    this.stage = el('p', { class: 'job-stage', id: `job-stage-${Math.random().toString(36).slice(2)}` });
    this.bar = el('progress', { max: '100', value: '0', 'aria-labelledby': this.stage.id });
    this.note = el('p', { class: 'muted job-note' });
    this.failure = el('p', { class: 'alert', role: 'alert' });
    this.retryButton = el('button', { type: 'button', text: t('generation.job.retry'), onclick: () => this.retry() });
    this.cancelButton = el('button', {
      type: 'button',
      class: 'secondary',
      text: t('generation.job.cancel'),
      onclick: () => this.cancel(),
    });
    this.root = el(
      'div',
      { class: 'job', hidden: true },
      el('h3', { text: t('generation.job.heading') }),
      el('div', { 'aria-live': 'polite' }, this.stage, this.note),
      this.bar,
      this.failure,
      el('p', {}, this.retryButton, this.cancelButton),
    );
  }

  /** Shows a job (null hides the panel). */
  show(job) {
    const wasLive = isLive(this.job) && this.job.id === job?.id;
    this.job = wasLive && behind(job, this.job) ? { ...job, ...progressOf(this.job) } : job;
    this.lastNews = performance.now();
    this.render();
    this.watch();
    if (wasLive && !isLive(job)) this.onSettled(job);
  }

  /** A processing_status message for this job's segment. */
  update(message) {
    const same = this.job?.id === message.job_id;
    const job = { ...(same ? this.job : {}), id: message.job_id, segment_id: message.segment_id };
    Object.assign(job, { status: message.status, stage: message.stage, progress: message.progress });
    this.message = message.message;
    this.show(job);
    // a job first heard of here (its source, whether the talk is over), or a failure (its code and words): the job
    // itself has them
    if (!same || (!isLive(job) && job.status !== 'drafts_ready')) this.reload(job.id);
  }

  render() {
    const job = this.job;
    // a job that wrote its drafts is told by the review below it
    this.root.hidden = !job || job.status === 'drafts_ready';
    if (!job) return;
    const live = isLive(job);
    // while the talk goes on its length is unknown: a share of it would stand still, so none is shown
    const measured = live && !duringTalk(job);
    this.stage.textContent = measured
      ? t('generation.job.live', { stage: jobWords(job), progress: job.progress ?? 0 })
      : jobWords(job);
    this.bar.value = job.status === 'drafts_ready' ? 100 : (job.progress ?? 0);
    this.bar.hidden = !measured;
    // the server's words for the step (English), on an English page only
    this.note.textContent = live && language === SERVER_LANGUAGE ? (this.message ?? '') : '';
    this.failure.textContent = job.status === 'failed' ? failureWords(job) : '';
    this.failure.hidden = job.status !== 'failed';
    this.retryButton.hidden = !['failed', 'cancelled'].includes(job.status);
    // while the talk goes on, the recorder's Stop ends it: no second stop button beside it
    this.cancelButton.hidden = !live || duringTalk(job);
  }

  /** While the job runs, reads it again when no message came for a while. */
  watch() {
    clearTimeout(this.poll);
    if (!isLive(this.job)) return;
    this.poll = setTimeout(() => {
      if (performance.now() - this.lastNews >= POLL_MS) this.reload(this.job.id);
      else this.watch();
    }, POLL_MS);
  }

  async reload(jobId) {
    try {
      this.message = null;
      this.show(await api(`/api/jobs/${jobId}`, { token: this.token }));
    } catch (error) {
      this.onError(error);
      this.watch();
    }
  }

  async retry() {
    await this.act(`/api/jobs/${this.job.id}/retry`);
  }

  async cancel() {
    await this.act(`/api/jobs/${this.job.id}/cancel`);
  }

  async act(path) {
    try {
      this.message = null;
      const job = await api(path, { method: 'POST', token: this.token });
      this.show(job ?? this.job);
      if (!job) await this.reload(this.job.id);
    } catch (error) {
      this.onError(error);
    }
  }

  close() {
    clearTimeout(this.poll);
  }
}

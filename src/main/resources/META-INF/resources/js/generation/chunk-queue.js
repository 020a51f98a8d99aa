// The recorded chunks on their way to the server. Each chunk gets the next index, is stored on the device
// (chunk-store.js) and only then uploaded; uploads go one at a time in index order, and a chunk leaves the device
// only when the server answered 200. A network failure, a timeout, 429 or a 5xx is tried again after a growing
// delay (the server's Retry-After when it gives one, at once when the browser comes back online); any other refusal
// stops the queue until the user tries again or discards the chunks. After a reload the queue first uploads what
// the device still holds, and numbering goes on after the highest index the server or the device has.

import { api } from '../shared/api.js';
import { chunkStore } from './chunk-store.js';

const TRANSIENT = [0, 408, 425, 429, 500, 502, 503, 504];
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30000;
const EXTENSIONS = { 'audio/webm': 'webm', 'audio/ogg': 'ogg', 'audio/mp4': 'mp4' };

const extension = (type) => EXTENSIONS[type.split(';')[0]] ?? 'bin';

export class ChunkQueue {
  /** onChange(queue) hears every change of the counts or the state. */
  constructor(segmentId, token, onChange = () => {}) {
    this.segmentId = segmentId;
    this.token = token;
    this.onChange = onChange;
    this.pending = []; // indexes on the device, not yet acknowledged, in order
    this.saved = 0; // chunks the server holds
    this.nextIndex = 0;
    this.failure = null; // the refusal that stopped the queue
    this.retrying = null; // the last transient failure, while waiting to try again
    this.waiters = [];
    this.online = () => this.wake?.();
    addEventListener('online', this.online);
  }

  /** Reads what the server and the device hold, starts uploading what the device still has; resolves when known. */
  async restore() {
    this.store = await chunkStore();
    const [server, local] = await Promise.all([
      api(`/api/segments/${this.segmentId}/audio-chunks`, { token: this.token }),
      this.store.list(this.segmentId),
    ]);
    const serverIndexes = (server?.chunks ?? []).map((chunk) => chunk.chunk_index);
    this.saved = serverIndexes.length;
    this.pending = local.map((chunk) => chunk.index).sort((a, b) => a - b);
    this.nextIndex = Math.max(-1, ...serverIndexes, ...this.pending) + 1;
    this.changed();
    this.pump();
  }

  /** Numbers a recorded chunk, keeps it on the device, then queues its upload. */
  async add(blob, takeStart) {
    const index = this.nextIndex++;
    const chunk = {
      segmentId: this.segmentId,
      index,
      bytes: await blob.arrayBuffer(),
      type: blob.type || 'audio/webm',
      takeStart,
      savedAt: Date.now(),
    };
    await this.store.put(chunk);
    this.pending.push(index);
    this.changed();
    this.pump();
  }

  /** Resolves once every chunk on the device is on the server (it waits through retries and a stopped queue). */
  drained() {
    if (!this.pending.length) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** After a refusal: tries the first chunk again now. */
  retryNow() {
    this.failure = null;
    this.changed();
    this.wake?.();
    this.pump();
  }

  /** After a refusal: drops every chunk still on the device (the server will never take them). */
  async discard() {
    for (const index of this.pending) await this.store.remove(this.segmentId, index);
    this.pending = [];
    this.failure = null;
    this.changed();
    this.settle();
  }

  close() {
    removeEventListener('online', this.online);
    this.closed = true;
    this.wake?.();
  }

  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    let delay = FIRST_DELAY_MS;
    try {
      while (this.pending.length && !this.failure && !this.closed) {
        try {
          await this.upload(this.pending[0]);
          this.pending.shift();
          this.retrying = null;
          delay = FIRST_DELAY_MS;
          this.changed();
        } catch (error) {
          if (!TRANSIENT.includes(error.status)) {
            this.failure = error;
            this.changed();
            break;
          }
          this.retrying = error;
          this.changed();
          await this.sleep(Math.max(delay, (error.retryAfter ?? 0) * 1000));
          delay = Math.min(MAX_DELAY_MS, delay * 2);
        }
      }
    } finally {
      this.pumping = false;
      this.settle();
    }
  }

  async upload(index) {
    const chunk = await this.store.get(this.segmentId, index);
    if (chunk) {
      const form = new FormData();
      form.append('chunk_index', String(index));
      form.append(
        'audio_chunk',
        new Blob([chunk.bytes], { type: chunk.type }),
        `chunk-${index}.${extension(chunk.type)}`,
      );
      const result = await api(`/api/segments/${this.segmentId}/audio-chunk?chunk_index=${index}`, {
        method: 'POST',
        token: this.token,
        body: form,
      });
      // stored: false: the server had these bytes already (sent before a reload), and counted them then
      if (result?.stored !== false) this.saved++;
    }
    await this.store.remove(this.segmentId, index);
  }

  sleep(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (this.wake = null));
  }

  settle() {
    if (this.pending.length) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  changed() {
    this.onChange(this);
  }
}

// The microphone while a talk is recorded: MediaRecorder in timeslices (a chunk every chunkSeconds), a level meter
// (an AnalyserNode), the elapsed time and a screen wake lock (taken again when the page comes back into view).
//
// One MediaRecorder's output is a take: its first chunk carries the container's header and its chunks in order make
// one playable file. Every rotateSeconds a new take starts (the new recorder starts before the old one stops, so no
// sound falls between them); chunks are handed on in order, a take's only after every chunk of the take before.

const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

/** The first recording format this browser offers (WebM/Opus, else Ogg, else MP4), or '' for its default. */
export function recordingType() {
  return TYPES.find((type) => MediaRecorder.isTypeSupported?.(type)) ?? '';
}

export function canRecord() {
  return Boolean(navigator.mediaDevices?.getUserMedia && window.MediaRecorder);
}

export class TalkRecorder {
  /**
   * onChunk(blob, takeStart) stores a chunk (awaited, in order); onLevel(0..1) and onTick(elapsedMs) feed the view;
   * onError(error) hears a chunk that could not be kept; onEnded() a microphone that went away while recording.
   */
  constructor({
    chunkSeconds = 10,
    rotateSeconds = 600,
    onChunk,
    onLevel = () => {},
    onTick = () => {},
    onError = () => {},
    onEnded = () => {},
  }) {
    Object.assign(this, { chunkSeconds, rotateSeconds, onChunk, onLevel, onTick, onError, onEnded });
    this.chain = Promise.resolve();
    this.recording = false;
    this.visibility = () => this.keepAwake();
  }

  /**
   * Asks for the microphone, then awaits ready() (the server's recording/start: nothing is recorded if it refuses),
   * then starts the first take.
   */
  async start(ready = async () => {}) {
    this.stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: false, noiseSuppression: true, autoGainControl: true },
    });
    try {
      await ready();
    } catch (error) {
      this.release();
      throw error;
    }
    this.type = recordingType();
    // unplugged, or the permission taken back: the owner stops (and so keeps what was recorded)
    for (const track of this.stream.getAudioTracks()) {
      track.addEventListener('ended', () => this.recording && this.onEnded(), { once: true });
    }
    this.recording = true;
    this.startedAt = performance.now();
    this.lastTake = null;
    this.startTake();
    this.rotation = setInterval(() => this.rotate(), this.rotateSeconds * 1000);
    this.clock = setInterval(() => this.onTick(performance.now() - this.startedAt), 1000);
    this.onTick(0);
    this.startMeter();
    document.addEventListener('visibilitychange', this.visibility);
    this.keepAwake();
  }

  startTake() {
    // speech needs little: 32 kbit/s keeps an hour near 15 MB, far under the server's limits
    const options = { audioBitsPerSecond: 32000, ...(this.type ? { mimeType: this.type } : {}) };
    const recorder = new MediaRecorder(this.stream, options);
    const previous = this.lastTake?.stopped ?? Promise.resolve();
    const take = { recorder, first: true, previous };
    take.stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve, { once: true }));
    recorder.addEventListener('dataavailable', (event) => {
      if (!event.data.size) return;
      const takeStart = take.first;
      take.first = false;
      // queued once the take before has stopped: its last chunk (sent just before its stop) goes first
      previous.then(() => {
        this.chain = this.chain.then(() => this.onChunk(event.data, takeStart)).catch((error) => this.onError(error));
      });
    });
    recorder.start(this.chunkSeconds * 1000);
    this.lastTake = take;
  }

  /** A new take: the new recorder runs before the old one stops. */
  rotate() {
    const old = this.lastTake;
    this.startTake();
    old.recorder.stop();
  }

  /** Stops; resolves once the last chunk (the final dataavailable) has been handed to onChunk and kept. */
  async stop() {
    if (!this.recording) return;
    this.recording = false;
    clearInterval(this.rotation);
    clearInterval(this.clock);
    const take = this.lastTake;
    if (take.recorder.state !== 'inactive') take.recorder.stop();
    await take.stopped;
    // the last chunk joins the chain once the take before has stopped (a then() registered before this one)
    await take.previous;
    await this.chain;
    this.release();
  }

  release() {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    clearInterval(this.meterTimer);
    this.audio?.close().catch(() => {});
    this.audio = null;
    this.onLevel(0);
    document.removeEventListener('visibilitychange', this.visibility);
    this.wakeLock?.release().catch(() => {});
    this.wakeLock = null;
  }

  /** The microphone's level, ten times a second: the peak of the last samples, 0 to 1. */
  startMeter() {
    try {
      this.audio = new AudioContext();
      const analyser = this.audio.createAnalyser();
      analyser.fftSize = 1024;
      this.audio.createMediaStreamSource(this.stream).connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      this.meterTimer = setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        let peak = 0;
        for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
        this.onLevel(Math.min(1, peak));
      }, 100);
    } catch {
      // no Web Audio: the recording goes on without its meter
    }
  }

  /** Keeps the screen on while recording (a phone that sleeps would stop the microphone). */
  async keepAwake() {
    if (!this.recording || document.visibilityState !== 'visible' || !navigator.wakeLock) return;
    if (this.wakeLock && !this.wakeLock.released) return;
    try {
      this.wakeLock = await navigator.wakeLock.request('screen');
    } catch {
      // refused (battery saver, no user gesture): the recording goes on
    }
  }
}

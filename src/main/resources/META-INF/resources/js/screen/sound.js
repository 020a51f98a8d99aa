// The big screen's sound, off until the organiser turns it on (a browser plays nothing before a click anyway):
// a quiet lobby tune, a tick in the last five seconds, a chord at the reveal. Synthesised with the Web Audio API,
// so nothing is downloaded.

// a pentatonic loop (Hz): cheerful, and never a wrong note whatever follows

import { t } from '../shared/i18n.js';
const LOBBY_TUNE = [392, 440, 523, 587, 659, 587, 523, 440];
const REVEAL_CHORD = [523, 659, 784];

export class Sound {
  constructor(button) {
    this.on = false;
    this.inLobby = true;
    this.button = button;
    button.onclick = () => this.toggle();
  }

  toggle() {
    this.on = !this.on;
    this.button.setAttribute('aria-pressed', String(this.on));
    this.button.textContent = t(this.on ? 'screen.soundOn' : 'screen.soundOff');
    if (this.on) {
      this.context ??= new AudioContext();
      this.context.resume();
    }
    this.lobby(this.inLobby);
  }

  /** The lobby tune plays while the lobby shows (and the sound is on). */
  lobby(showing) {
    this.inLobby = showing;
    clearInterval(this.tune);
    this.tune = null;
    if (!showing || !this.on) return;
    let note = 0;
    this.tune = setInterval(() => {
      this.beep(LOBBY_TUNE[note % LOBBY_TUNE.length], 0.25, 0.05);
      note += 1;
    }, 400);
  }

  tick() {
    this.beep(880, 0.08, 0.12);
  }

  timeUp() {
    this.beep(330, 0.4, 0.15);
  }

  reveal() {
    REVEAL_CHORD.forEach((frequency, i) => this.beep(frequency, 0.5, 0.1, i * 0.08));
  }

  beep(frequency, seconds, volume, delay = 0) {
    if (!this.on || !this.context) return;
    const start = this.context.currentTime + delay;
    const oscillator = this.context.createOscillator();
    const gain = this.context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(volume, start);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    oscillator.connect(gain).connect(this.context.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds);
  }
}

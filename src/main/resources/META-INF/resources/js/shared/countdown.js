// A countdown to the server's deadline. The remaining time is taken from the server's own clock
// (deadline − question_started_at, or state_restored's remaining_ms) and counted down on this device's
// monotonic clock, so a device whose wall clock is off still shows the right time.

import { t } from './i18n.js';

/** The phones' and console's way: "12 s left", then "Time is up". */
function inWords(element, seconds) {
  element.textContent = seconds > 0 ? t('common.secondsLeft', { count: seconds }) : t('common.timeUp');
}

export class Countdown {
  /** render(element, seconds, share): shows the seconds left and the share of the time left (1 to 0). */
  constructor(element, onTimeUp = () => {}, render = inWords) {
    this.element = element;
    this.onTimeUp = onTimeUp;
    this.render = render;
  }

  /** totalMs: the question's whole time, for the share left (a restored question has less left than it had). */
  start(remainingMs, totalMs = remainingMs) {
    this.stop();
    this.totalMs = Math.max(1, totalMs);
    this.endsAt = performance.now() + Math.max(0, remainingMs);
    this.tick();
    this.timer = setInterval(() => this.tick(), 250);
  }

  /** Starts from a question message: its deadline, measured against its own start time. */
  startFromQuestion(question) {
    this.start(Date.parse(question.deadline) - Date.parse(question.question_started_at));
  }

  stop() {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  tick() {
    const leftMs = Math.max(0, this.endsAt - performance.now());
    const seconds = Math.ceil(leftMs / 1000);
    this.element.dataset.seconds = String(seconds);
    this.render(this.element, seconds, Math.min(1, leftMs / this.totalMs));
    if (seconds === 0) {
      this.stop();
      this.onTimeUp();
    }
  }
}

// A countdown to the server's deadline. The remaining time is taken from the server's own clock
// (deadline − question_started_at, or state_restored's remaining_ms) and counted down on this device's
// monotonic clock, so a device whose wall clock is off still shows the right time.

export class Countdown {
  constructor(element, onTimeUp = () => {}) {
    this.element = element;
    this.onTimeUp = onTimeUp;
  }

  start(remainingMs) {
    this.stop();
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
    const seconds = Math.max(0, Math.ceil((this.endsAt - performance.now()) / 1000));
    this.element.dataset.seconds = String(seconds);
    this.element.textContent = seconds > 0 ? `${seconds} s left` : 'Time is up';
    if (seconds === 0) {
      this.stop();
      this.onTimeUp();
    }
  }
}

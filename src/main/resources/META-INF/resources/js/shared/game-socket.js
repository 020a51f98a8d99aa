// One WebSocket to the live game: sends the join frame on every (re)connect, answers pings, and reconnects
// with a growing delay unless the server closed for good (invalid token, removed, event deleted, replaced, rate
// limit).

const FINAL_CLOSE_CODES = [1000, 4401, 4403, 4404, 4409, 4429];

export class GameSocket {
  /**
   * @param eventId the event's id
   * @param token an account token, a participant session token, or null for an observer
   * @param joinFrame the join message to send after each connect, or null (observers)
   * @param onMessage called with every server message except ping
   * @param onStatus called with ('open' | 'reconnecting' | 'closed', closeCode)
   */
  constructor({ eventId, token, joinFrame, onMessage, onStatus = () => {} }) {
    Object.assign(this, { eventId, token, joinFrame, onMessage, onStatus });
    this.retries = 0;
    this.stopped = false;
  }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const token = encodeURIComponent(this.token ?? 'null');
    this.ws = new WebSocket(`${scheme}://${location.host}/api/ws/event/${this.eventId}?token=${token}`);
    this.ws.addEventListener('open', () => {
      this.retries = 0;
      if (this.joinFrame) this.send(this.joinFrame);
      this.onStatus('open');
    });
    this.ws.addEventListener('message', (event) => this.receive(event.data));
    this.ws.addEventListener('close', (event) => this.closed(event.code));
  }

  receive(text) {
    const message = JSON.parse(text);
    if (message.type === 'ping') {
      this.send({ type: 'pong' });
      return;
    }
    this.onMessage(message);
  }

  closed(code) {
    if (this.stopped) return;
    if (FINAL_CLOSE_CODES.includes(code)) {
      this.onStatus('closed', code);
      return;
    }
    this.onStatus('reconnecting', code);
    const delay = Math.min(10000, 500 * 2 ** this.retries++);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  /** Sends a message; false when the socket is not open (the caller tells the user). */
  send(message) {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  close() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.ws?.close(1000);
  }
}

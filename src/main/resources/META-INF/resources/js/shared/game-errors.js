// The live game's error codes and close codes, in words. The server's own message wins when it sends one:
// it carries the contract's wording.

const ERROR_WORDS = {
  bad_message: 'The server could not read that message.',
  forbidden: 'You are not allowed to do that.',
  invalid_phase: 'That step does not fit the game right now.',
  rate_limited: 'Too many actions at once: slow down and try again in a moment.',
  not_joined: 'Join the event before answering.',
  paused: 'Quiz is paused while the presenter reconnects.',
  no_question: 'No active question.',
  stale: 'Stale answer for previous question.',
  late_join: 'You can start answering with the next question.',
  duplicate: 'You have already submitted an answer for this question.',
  too_late: 'Time expired. Your answer was not recorded.',
  not_found: 'That round or participant does not exist.',
  unavailable: 'The database is unavailable right now.',
};

const RETRY = { unavailable: ' Nothing was stored: try again.', rate_limited: '' };

export function describeGameError({ code, message }) {
  const words = message || ERROR_WORDS[code] || 'Something went wrong.';
  return words + (RETRY[code] ?? '');
}

const CLOSE_WORDS = {
  1001: 'The server is restarting. Reconnecting…',
  1008: 'The connection was too slow. Reconnecting…',
  1009: 'A message was too large. Reconnecting…',
  4401: 'Your session is no longer valid. Please join again.',
  4409: 'This game was opened in another tab or on another device.',
  4429: 'Disconnected for sending too many messages.',
};

export function describeClose(code) {
  return CLOSE_WORDS[code] ?? 'The connection dropped. Reconnecting…';
}

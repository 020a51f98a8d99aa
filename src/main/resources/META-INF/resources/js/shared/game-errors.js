// The live game's error codes and close codes, in words from the catalogue (common.gameError.*, common.close.*).
// In another language than the server's (English), a known code is said from the catalogue and the server's message
// is used only for a code the catalogue does not know.

import { SERVER_LANGUAGE, language, t } from './i18n.js';

const KNOWN_ERRORS = new Set([
  'bad_message',
  'forbidden',
  'invalid_phase',
  'rate_limited',
  'not_joined',
  'paused',
  'no_question',
  'stale',
  'late_join',
  'duplicate',
  'too_late',
  'too_early',
  'not_found',
  'unavailable',
]);

export function describeGameError({ code, message }) {
  // in the server's language its message wins: it says more (which step, which round)
  if (message && (language === SERVER_LANGUAGE || !KNOWN_ERRORS.has(code))) return message;
  return t(KNOWN_ERRORS.has(code) ? `common.gameError.${code}` : 'common.gameError.other');
}

const KNOWN_CLOSES = new Set([1001, 1008, 1009, 4401, 4404, 4409, 4429]);

export function describeClose(code) {
  return t(KNOWN_CLOSES.has(code) ? `common.close.${code}` : 'common.close.other');
}

// A refusal of a generation route in the reader's words: on a page in another language than the server's, the
// catalogue's words for its code when it has them; else the words api.js gave it.

import { SERVER_LANGUAGE, has, language, t } from '../shared/i18n.js';

export function errorWords(error) {
  const key = `generation.apiError.${error.code}`;
  return language !== SERVER_LANGUAGE && error.code && has(key) ? t(key) : error.message;
}

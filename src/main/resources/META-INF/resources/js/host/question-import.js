// An import: sends JSON (an object with "questions", or a bare array) or CSV, told apart by the first character, and
// shows the answer: how many were imported, or that nothing was and each bad row's line, field and reason.

import { api } from '../shared/api.js';
import { el } from '../shared/dom.js';
import { SERVER_LANGUAGE, language, t } from '../shared/i18n.js';

export function importQuestions(token, segmentId, text) {
  const trimmed = text.trim();
  const path = `/api/segments/${segmentId}/questions/bulk`;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      return Promise.reject(new Error(t('host.badJson', { reason: error.message })));
    }
    return api(path, { method: 'POST', token, body: Array.isArray(parsed) ? { questions: parsed } : parsed });
  }
  // sent as written, so that the lines the server names are the lines of the text or file the host sees
  return api(path, { method: 'POST', token, body: text, contentType: 'text/csv' });
}

/** The answer in words: a summary, then one item per bad row. */
export function importReport(result) {
  const errors = result.errors ?? [];
  if (!errors.length) {
    return [el('p', { text: t('host.imported', { imported: result.imported, failed: result.failed }) })];
  }
  const rows = errors.map((error) =>
    el('li', { text: t('host.importError', { place: placeOf(error), field: error.field, reason: error.reason }) }),
  );
  return [
    el('p', { text: refusal(result) }),
    el('ul', { class: 'import-errors', 'aria-label': t('host.importErrors') }, rows),
  ];
}

/**
 * Why nothing was imported: the server's words in its language (English), which shorten a long list of places;
 * in another, the catalogue's words with the lines of the file (or the questions of the JSON list) to fix.
 */
function refusal(result) {
  if (language === SERVER_LANGUAGE && result.message) return result.message;
  const file = result.errors[0].line != null;
  const places = [...new Set(result.errors.map((error) => (file ? error.line : error.row)))];
  const listed = new Intl.ListFormat(language, { type: 'conjunction' }).format(places.map(String));
  return t(file ? 'host.importRefusedLines' : 'host.importRefusedQuestions', { count: places.length, places: listed });
}

/** A file's row by its line (as a spreadsheet numbers rows, the header being 1); a JSON question by its place. */
function placeOf(error) {
  return error.line != null
    ? t('host.importLine', { line: error.line, row: error.row })
    : t('host.importQuestion', { row: error.row });
}

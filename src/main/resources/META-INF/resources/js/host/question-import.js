// An import: sends JSON (an object with "questions", or a bare array) or CSV, told apart by the first character, and
// shows the answer: how many were imported, or that nothing was and each bad row's line, field and reason.

import { api } from '../shared/api.js';
import { el } from '../shared/dom.js';

export function importQuestions(token, segmentId, text) {
  const trimmed = text.trim();
  const path = `/api/segments/${segmentId}/questions/bulk`;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      return Promise.reject(new Error(`The JSON cannot be read: ${error.message}`));
    }
    return api(path, { method: 'POST', token, body: Array.isArray(parsed) ? { questions: parsed } : parsed });
  }
  // sent as written, so that the lines the server names are the lines of the text or file the host sees
  return api(path, { method: 'POST', token, body: text, contentType: 'text/csv' });
}

/** The answer in words: a summary, then one item per bad row. */
export function importReport(result) {
  const errors = result.errors ?? [];
  if (!errors.length) return [el('p', { text: `Imported ${result.imported}, failed ${result.failed}.` })];
  const rows = errors.map((error) => el('li', { text: `${placeOf(error)} \u2014 ${error.field}: ${error.reason}` }));
  return [el('p', { text: result.message }), el('ul', { class: 'import-errors', 'aria-label': 'Import errors' }, rows)];
}

/** A file's row by its line (as a spreadsheet numbers rows, the header being 1); a JSON question by its place. */
function placeOf(error) {
  return error.line != null ? `Line ${error.line} (question ${error.row})` : `Question ${error.row}`;
}

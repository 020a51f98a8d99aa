// Sends an import: JSON (an object with "questions", or a bare array) or CSV, told apart by the first character.

import { api } from '../shared/api.js';

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
  return api(path, { method: 'POST', token, body: trimmed, contentType: 'text/csv' });
}

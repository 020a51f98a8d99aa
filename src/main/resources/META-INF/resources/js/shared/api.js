// The REST API: JSON in and out, Bearer tokens, and every failure turned into words for the user.

import { SERVER_LANGUAGE, has, language, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const KNOWN_STATUSES = new Set([0, 401, 403, 404, 429, 500, 503]);

function statusWords(status) {
  return KNOWN_STATUSES.has(status) ? t(`common.status.${status}`) : t('common.status.other', { status });
}

/**
 * A failure in the reader's words: in the server's language (English) its message, which names the field or the
 * rule; in another, the catalogue's words for the error's code when it has them, else the status's words followed by
 * the server's message.
 */
function wordsFor(status, body) {
  const text = body?.message ?? body?.detail ?? body?.error;
  const code = body?.code;
  if (language !== SERVER_LANGUAGE) {
    if (code && has(`common.apiError.${code}`)) return t(`common.apiError.${code}`);
    return text ? `${statusWords(status)} (${text})` : statusWords(status);
  }
  if (status === 503 || status === 429) return `${text ? `${text}. ` : ''}${statusWords(status)}`;
  if (text && body?.errors?.length) {
    return `${text}: ${body.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`;
  }
  return text ?? statusWords(status);
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * api('/api/events', {method: 'POST', body: {...}, token}) resolves to the parsed body or throws ApiError; a string or
 * a Blob body is sent as it is (with contentType), a FormData as a multipart form.
 */
export async function api(path, { method = 'GET', body, token, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (body instanceof FormData) {
    // a multipart form (an audio chunk): the browser writes its Content-Type with the boundary
    payload = body;
  } else if (typeof body === 'string' || body instanceof Blob) {
    // text (CSV) or bytes (an image) as they are
    headers['Content-Type'] = contentType ?? (body instanceof Blob ? body.type : 'text/plain');
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload });
  } catch {
    throw new ApiError(0, 'network', statusWords(0));
  }
  const text = await response.text();
  const data = text ? parse(text) : null;
  if (!response.ok) {
    const error = new ApiError(
      response.status,
      data?.code ?? `http_${response.status}`,
      wordsFor(response.status, data),
    );
    // seconds to wait before trying again (429, 503), when the server says
    error.retryAfter = Number(response.headers.get('Retry-After')) || null;
    throw error;
  }
  return data;
}

/** Downloads a file from a route that needs the Bearer token (a plain link cannot send it). */
export async function download(path, token, fallbackName) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const data = parse(await response.text());
    throw new ApiError(response.status, data?.code, wordsFor(response.status, data));
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

// Uploading an image of the event (a question's picture, the logo): scaled down in the browser to the service's
// 1920 px limit first (the service does not scale: docs/decisions.md, "Images").

import { api } from '../shared/api.js';

const MAX_PIXELS = 1920;

/** Uploads {@code file} to the event; resolves to the service's ImageView ({id, url, ...}). */
export async function uploadImage(token, eventId, file) {
  const blob = await scaledDown(file);
  return api(`/api/events/${eventId}/images`, {
    method: 'POST',
    token,
    body: blob,
    contentType: blob.type || 'application/octet-stream',
  });
}

/** The file as it is when it fits in 1920 px, else redrawn at that size (as WebP, or PNG where WebP is missing). */
async function scaledDown(file) {
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (!bitmap) return file;
  const scale = MAX_PIXELS / Math.max(bitmap.width, bitmap.height);
  if (scale >= 1) return file;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const webp = await new Promise((done) => canvas.toBlob(done, 'image/webp', 0.85));
  if (webp && webp.type === 'image/webp') return webp;
  return new Promise((done) => canvas.toBlob(done, 'image/png'));
}

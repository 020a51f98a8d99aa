// What this server can do beyond the game (GET /api/capabilities, public), read once per page: the pages show
// recording and question generation only when they are on.

let reading;

/** The server's capabilities ({} when they cannot be read: nothing optional is shown then). */
export function capabilities() {
  reading ??= fetch('/api/capabilities', { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
  return reading;
}

/** The generation settings ({transcription, from_notes, chunk_seconds, max_chunk_bytes, ...}) when on, else null. */
export async function generation() {
  const settings = (await capabilities()).generation;
  return settings?.enabled ? settings : null;
}

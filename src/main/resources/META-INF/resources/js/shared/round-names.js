// Rounds as people read them. The wire calls a round a "segment", and the server names a round that has no title of
// its own "Segment N" (stored, as the contract says) or "Round N" (in messages), N from its stored place, which is
// not its number in play once rounds were moved or deleted: that name is never shown; the page says "the round".

const SERVER_DEFAULT_TITLE = /^(Segment|Round) \d+$/;

/** The round's own title, or null when it has none (or only the server's "Segment N" or "Round N"). */
export function ownTitle(title) {
  const trimmed = title?.trim();
  return trimmed && !SERVER_DEFAULT_TITLE.test(trimmed) ? trimmed : null;
}

// Leaderboards: a ranked list (top N) and the podium of the top three.

import { el } from './dom.js';

export function renderRanking(container, entries, { limit = 10, meId = null } = {}) {
  const rows = entries
    .slice(0, limit)
    .map((entry) =>
      el(
        'li',
        { class: entry.user_id === meId ? 'me' : null, 'data-user': entry.user_id },
        el('span', { class: 'rank', text: `#${entry.rank}` }),
        el('span', { class: 'name', text: entry.username }),
        el('span', { class: 'score', text: `${entry.score} pts` }),
      ),
    );
  container.replaceChildren(
    rows.length
      ? el('ol', { class: 'ranking', 'aria-label': 'Leaderboard' }, rows)
      : el('p', { class: 'muted', text: 'No players yet.' }),
  );
}

export function renderPodium(container, entries) {
  const places = entries
    .slice(0, 3)
    .map((entry, index) =>
      el(
        'li',
        { class: `place-${index + 1}`, 'aria-label': `Place ${entry.rank}: ${entry.username}, ${entry.score} points` },
        el('span', { class: 'place', text: String(entry.rank) }),
        el('span', { class: 'name', text: entry.username }),
        el('br'),
        el('span', { class: 'score', text: `${entry.score} pts` }),
      ),
    );
  container.replaceChildren(el('ol', { class: 'podium', 'aria-label': 'Podium' }, places));
}

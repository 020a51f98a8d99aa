// Leaderboards: a ranked list (top N) and the podium of the top three.

import { el } from './dom.js';
import { t } from './i18n.js';

export function renderRanking(container, entries, { limit = 10, meId = null } = {}) {
  const rows = entries
    .slice(0, limit)
    .map((entry) =>
      el(
        'li',
        { class: entry.user_id === meId ? 'me' : null, 'data-user': entry.user_id },
        el('span', { class: 'rank', text: t('common.rankShort', { rank: entry.rank }) }),
        el('span', { class: 'name', text: entry.username }),
        el('span', { class: 'score', text: t('common.pointsShort', { count: entry.score }) }),
      ),
    );
  container.replaceChildren(
    rows.length
      ? el('ol', { class: 'ranking', 'aria-label': t('common.leaderboard') }, rows)
      : el('p', { class: 'muted', text: t('common.noPlayersYet') }),
  );
}

/** A removed player leaves the rankings shown under {@code root} at once, not only the next ones. */
export function dropFromRankings(root, userId) {
  for (const row of root.querySelectorAll(`.ranking li[data-user="${CSS.escape(userId)}"]`)) row.remove();
}

export function renderPodium(container, entries) {
  const places = entries.slice(0, 3).map((entry, index) =>
    el(
      'li',
      {
        class: `place-${index + 1}`,
        'aria-label': t('common.podiumPlace', { rank: entry.rank, name: entry.username, count: entry.score }),
      },
      el('span', { class: 'place', text: String(entry.rank) }),
      el('span', { class: 'name', text: entry.username }),
      el('br'),
      el('span', { class: 'score', text: t('common.pointsShort', { count: entry.score }) }),
    ),
  );
  container.replaceChildren(el('ol', { class: 'podium', 'aria-label': t('common.podium') }, places));
}

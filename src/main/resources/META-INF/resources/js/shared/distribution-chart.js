// The reveal's distribution as a bar chart: one row per offered answer, its count and its share.

import { el } from './dom.js';

export function renderDistribution(container, distribution) {
  const most = Math.max(1, ...distribution.map((entry) => entry.count));
  const rows = distribution.map((entry) => {
    const votes = `${entry.count} ${entry.count === 1 ? 'answer' : 'answers'}`;
    const label = `${entry.answer}: ${votes}, ${entry.percentage}%${entry.is_correct ? ', the correct answer' : ''}`;
    return el(
      'li',
      { class: `bar${entry.is_correct ? ' correct' : ''}`, 'aria-label': label, 'data-answer': entry.answer },
      el('span', { class: 'bar-label', text: `${entry.is_correct ? '✓ ' : ''}${entry.answer}` }),
      el(
        'span',
        { class: 'bar-track', 'aria-hidden': 'true' },
        el('span', { class: 'bar-fill', style: `width: ${(100 * entry.count) / most}%` }),
      ),
      el('span', { class: 'bar-count', text: String(entry.count) }),
    );
  });
  container.replaceChildren(el('ul', { class: 'chart', 'aria-label': 'How the players answered' }, rows));
}

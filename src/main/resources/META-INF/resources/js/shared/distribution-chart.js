// The reveal's distribution as a bar chart: one row per offered answer, its count and its share.

import { el } from './dom.js';
import { shape } from './shapes.js';
import { t } from './i18n.js';

/** tiles: the bars are the answer tiles', in their order, colour and shape (the offered answers of a question). */
export function renderDistribution(container, distribution, { tiles = false } = {}) {
  const most = Math.max(1, ...distribution.map((entry) => entry.count));
  const rows = distribution.map((entry, i) => {
    const label = t(entry.is_correct ? 'common.barLabelCorrect' : 'common.barLabel', {
      answer: entry.answer,
      count: entry.count,
      percentage: entry.percentage,
    });
    return el(
      'li',
      {
        class: `bar${entry.is_correct ? ' correct' : ''}${tiles ? ` tile tile-${i % 6}` : ''}`,
        'aria-label': label,
        'data-answer': entry.answer,
      },
      el(
        'span',
        { class: 'bar-label' },
        ...(tiles ? [shape(i)] : []),
        `${entry.is_correct ? '✓ ' : ''}${entry.answer}`,
      ),
      el(
        'span',
        { class: 'bar-track', 'aria-hidden': 'true' },
        el('span', { class: 'bar-fill', style: `width: ${(100 * entry.count) / most}%` }),
      ),
      el('span', { class: 'bar-count', text: String(entry.count) }),
    );
  });
  container.replaceChildren(el('ul', { class: 'chart', 'aria-label': t('common.howPlayersAnswered') }, rows));
}

// What a reveal says, the same on the big screen and the organiser's console: the right answer in words, how many
// were right, and the chart of each type (the answers' bars, a slider's ranges, an ordering's right order).

import { el } from './dom.js';
import { renderDistribution } from './distribution-chart.js';
import { t } from './i18n.js';

/** The right answer in words ("a poll" for a poll, the order with arrows). */
export function correctText(message) {
  const type = message.question_type ?? 'single';
  if (type === 'poll') return t('common.pollAnswer');
  if (type === 'ordering') return message.correct_answers.join(' → ');
  // a typed answer's first form is the answer; the others are spellings that also counted
  if (type === 'type_answer' && message.correct_answers?.length > 1) {
    const [answer, ...others] = message.correct_answers;
    return t('common.typedAnswer', { answer, others: others.join(', ') });
  }
  return message.correct_answers?.length ? message.correct_answers.join(', ') : (message.correct_answer ?? '');
}

/** How many were right ("scored" for a slider, where being close earns points); empty for a poll. */
export function correctCountText(message) {
  const type = message.question_type ?? 'single';
  const count = message.correct_count;
  if (type === 'poll' || count === undefined || count === null) return '';
  return t(type === 'slider' ? 'common.playersScored' : 'common.playersRight', { count });
}

/** The reveal's chart into {@code container}. */
export function renderReveal(container, message) {
  if (message.histogram) {
    renderHistogram(container, message.histogram);
  } else if ((message.question_type ?? 'single') === 'ordering') {
    container.replaceChildren(
      el(
        'ol',
        { class: 'right-order', 'aria-label': t('common.rightOrder') },
        message.correct_answers.map((item) => el('li', { text: item })),
      ),
    );
  } else {
    // the offered answers in the tiles' order, colours and shapes; typed answers are not tiles
    const tiles = (message.question_type ?? 'single') !== 'type_answer';
    renderDistribution(container, message.distribution, { tiles });
  }
}

/** A slider's answers in bars: one per value or per range (both ends included), the right one marked. */
function renderHistogram(container, bars) {
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  renderDistribution(
    container,
    bars.map((bar) => ({
      answer: String(bar.from) === String(bar.to) ? String(bar.from) : `${bar.from}–${bar.to}`,
      count: bar.count,
      percentage: total === 0 ? 0 : Math.round((bar.count * 1000) / total) / 10,
      is_correct: bar.contains_correct,
    })),
  );
}

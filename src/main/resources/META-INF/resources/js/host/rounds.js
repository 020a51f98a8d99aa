// The event's rounds (the wire's segments) as the console shows them: numbered in play order (order_index), named
// "Round N – title", and which of them can start, the next one first.

import { t } from '../shared/i18n.js';
import { ownTitle } from '../shared/round-names.js';

const STATUSES = ['pending', 'recording', 'recording_paused', 'quiz_ready', 'quizzing', 'completed'];

/** The segments sorted by order_index, each with its number in play order (1, 2, ...). */
export function inPlayOrder(segments) {
  return [...segments]
    .sort((a, b) => a.order_index - b.order_index)
    .map((segment, index) => ({ ...segment, number: index + 1 }));
}

export function roundName(round) {
  return t('host.roundName', { number: round.number, name: ownTitle(round.title) ?? round.presenter_name });
}

export function roundDetails(round) {
  const questions = t('host.questionCount', { count: round.question_count });
  const status = STATUSES.includes(round.status) ? t(`host.roundStatus.${round.status}`) : round.status;
  // a round with its own title names its presenter here (without one, its name is the presenter's)
  const presenter =
    ownTitle(round.title) && round.presenter_name ? t('host.presentedBy', { name: round.presenter_name }) : null;
  return [questions, presenter, status].filter(Boolean).join(' · ');
}

/** The rounds that can start, in play order: not completed, with questions. The first is the next one. */
export function startable(rounds) {
  return rounds.filter((round) => round.status !== 'completed' && round.question_count > 0);
}

/** The rounds still to come, in play order, with or without questions (a talk may still make them). */
export function toCome(rounds) {
  return rounds.filter((round) => round.status !== 'completed');
}

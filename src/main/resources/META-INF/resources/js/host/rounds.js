// The event's rounds (the wire's segments) as the console shows them: numbered in play order (order_index), named
// "Round N – title", and which of them can start, the next one first.

import { ownTitle } from '../shared/round-names.js';

const STATUS_WORDS = {
  pending: 'not played yet',
  recording: 'recording',
  recording_paused: 'recording paused',
  quiz_ready: 'ready',
  quizzing: 'playing now',
  completed: 'played',
};

/** The segments sorted by order_index, each with its number in play order (1, 2, ...). */
export function inPlayOrder(segments) {
  return [...segments]
    .sort((a, b) => a.order_index - b.order_index)
    .map((segment, index) => ({ ...segment, number: index + 1 }));
}

export function roundName(round) {
  return `Round ${round.number} – ${ownTitle(round.title) ?? round.presenter_name}`;
}

export function roundDetails(round) {
  const questions = `${round.question_count} ${round.question_count === 1 ? 'question' : 'questions'}`;
  return `${questions} · ${STATUS_WORDS[round.status] ?? round.status}`;
}

/** The rounds that can start, in play order: not completed, with questions. The first is the next one. */
export function startable(rounds) {
  return rounds.filter((round) => round.status !== 'completed' && round.question_count > 0);
}

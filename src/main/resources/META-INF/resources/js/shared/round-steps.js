// The steps of a round as the organiser's console and the presenter's seat show them, and which commands each step
// allows (the server checks them again). The seat's steps are the round's own; the console adds the event's.

export const COMMANDS_BY_STEP = {
  lobby: ['start_game'],
  next: ['start_game'],
  question: ['reveal_answer', 'end_game'],
  revealed: ['show_leaderboard', 'next_question', 'end_game'],
  leaderboard: ['next_question', 'end_game'],
  round_over: ['start_game'],
  mega_ready: ['start_mega_quiz', 'skip_mega_quiz'],
  mega_starting: [],
  paused: ['end_game'],
  over: [],
};

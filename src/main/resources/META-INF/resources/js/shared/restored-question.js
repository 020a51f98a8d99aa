// A state_restored message's open question in the shape of a question message, for the pages that draw one.

/** The open question of {@code message}, or null when none is open (another step of the round). */
export function restoredQuestion(message) {
  if (message.current_phase !== 'showing_question' || !message.current_question_id) return null;
  return {
    question_id: message.current_question_id,
    play_id: message.current_play_id,
    question_number: message.question_number,
    total_questions: message.total_questions,
    text: message.question_text,
    answers: message.answers,
    question_type: message.question_type,
    points: message.points,
    slider: message.slider,
    image_url: message.image_url,
  };
}

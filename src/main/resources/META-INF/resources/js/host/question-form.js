// The question form's types: which fields each type shows, the body a type sends, a picture scaled to 1920 px in
// the browser and uploaded, and a line that sums a stored question up in the list.

import { $ } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { uploadImage } from './image-upload.js';

/** Shows the fields of the chosen type; hidden fields are disabled, so the browser does not ask for them. */
export function showTypeFields() {
  const type = $('#question-type').value;
  for (const group of document.querySelectorAll('#question-form [data-types]')) {
    const shown = group.dataset.types.split(' ').includes(type);
    group.hidden = !shown;
    for (const input of group.querySelectorAll('input, textarea, select')) input.disabled = !shown;
  }
}

function lines(selector) {
  return $(selector)
    .value.split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Puts a stored question into the form, its type's fields filled, to edit it. */
export function fillForm(question) {
  const type = question.type ?? 'single';
  $('#question-form').reset();
  $('#question-type').value = type;
  showTypeFields();
  $('#question-text-input').value = question.question_text;
  const lines = (list) => (list ?? []).join('\n');
  if (type === 'single') {
    $('#question-correct-input').value = question.correct_answer;
    $('#question-wrong-input').value = lines(question.fake_answers);
  } else if (type === 'multiple') {
    $('#question-corrects-input').value = lines(question.correct_answers);
    $('#question-wrong-input').value = lines(question.fake_answers);
  } else if (type === 'true_false') {
    $('#question-tf-input').value = String(question.correct_answer).toLowerCase();
  } else if (type === 'type_answer') {
    $('#question-accepted-input').value = lines(question.correct_answers);
    $('#question-typo-input').checked = question.typo_tolerance > 0;
  } else if (type === 'poll') {
    $('#question-options-input').value = lines(question.options);
  } else if (type === 'ordering') {
    $('#question-items-input').value = lines(question.items);
  } else if (type === 'slider') {
    $('#question-slider-min').value = question.slider.min;
    $('#question-slider-max').value = question.slider.max;
    $('#question-slider-step').value = question.slider.step;
    $('#question-slider-correct').value = question.correct_answer;
    $('#question-slider-tolerance').value = question.slider.tolerance;
  }
  $('#question-time-input').value = question.time_limit ?? '';
  $('#question-points-input').value = question.points ?? 'standard';
  $('#question-explanation-input').value = question.explanation ?? '';
}

/** The create body of the form's question, its fields for the chosen type. */
export function questionBody() {
  const type = $('#question-type').value;
  const body = { type, question_text: $('#question-text-input').value.trim() };
  if (type === 'single') {
    body.correct_answer = $('#question-correct-input').value.trim();
    body.fake_answers = lines('#question-wrong-input');
  } else if (type === 'multiple') {
    body.correct_answers = lines('#question-corrects-input');
    body.fake_answers = lines('#question-wrong-input');
  } else if (type === 'true_false') {
    body.correct_answer = $('#question-tf-input').value;
  } else if (type === 'type_answer') {
    body.correct_answers = lines('#question-accepted-input');
    body.typo_tolerance = $('#question-typo-input').checked ? 1 : 0;
  } else if (type === 'poll') {
    body.options = lines('#question-options-input');
  } else if (type === 'ordering') {
    body.items = lines('#question-items-input');
  } else if (type === 'slider') {
    body.slider = {
      min: Number($('#question-slider-min').value),
      max: Number($('#question-slider-max').value),
      step: Number($('#question-slider-step').value),
      correct: Number($('#question-slider-correct').value),
      tolerance: Number($('#question-slider-tolerance').value),
    };
  }
  const time = $('#question-time-input').value;
  if (time) body.time_limit = Number(time);
  body.points = $('#question-points-input').value;
  const explanation = $('#question-explanation-input').value.trim();
  if (explanation) body.explanation = explanation;
  return body;
}

/** Uploads the form's picture (scaled down to 1920 px first when larger) and returns its id, or null. */
export async function uploadPicture(token, eventId) {
  const file = $('#question-image-input').files[0];
  return file ? (await uploadImage(token, eventId, file)).id : null;
}

const TYPES = ['single', 'multiple', 'true_false', 'type_answer', 'poll', 'slider', 'ordering'];
const typeName = (type) => (TYPES.includes(type) ? t(`host.summary.type.${type}`) : type);
const POINTS = ['double', 'none'];
const pointsName = (points) => (POINTS.includes(points) ? t(`host.summary.points.${points}`) : points);

/** A true-or-false question's answer in words (the service stores "True" or "False"). */
function trueFalse(answer) {
  const value = String(answer).toLowerCase();
  return value === 'true' || value === 'false' ? t(`host.${value}`) : answer;
}

/** A stored question's right answer(s) as its type has them (a poll's options). */
export function rightAnswerText(question) {
  const type = question.type ?? 'single';
  if (type === 'multiple' || type === 'type_answer') return question.correct_answers.join(' / ');
  if (type === 'ordering') return question.items.join(' → ');
  if (type === 'poll') return t('host.summary.options', { options: question.options.join(', ') });
  if (type === 'slider') {
    return `${question.correct_answer} (${question.slider.min}–${question.slider.max}, ±${question.slider.tolerance})`;
  }
  if (type === 'true_false') return trueFalse(question.correct_answer);
  return question.correct_answer;
}

/** A stored question summed up: its right answer(s) as its type has them, and what else it carries. */
export function questionSummary(question) {
  const type = question.type ?? 'single';
  const answer = rightAnswerText(question);
  const extras = [
    type === 'single' ? null : typeName(type),
    question.time_limit ? t('host.summary.seconds', { count: question.time_limit }) : null,
    question.points && question.points !== 'standard' && type !== 'poll' ? pointsName(question.points) : null,
    question.image_id ? t('host.summary.picture') : null,
  ].filter(Boolean);
  return { answer, extras };
}

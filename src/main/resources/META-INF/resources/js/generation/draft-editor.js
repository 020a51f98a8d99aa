// One draft in words and in a form: its question, right answer(s), wrong answers, quality score and the quote of the
// talk it stands on; the form edits the fields a generated question has (single choice, several right, true or false,
// a typed answer; the question's text and explanation for the other types) and gives the body of PUT /drafts/{id},
// the question fields as POST /segments/{sid}/questions takes them.

import { el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

const FIELDS = [
  'type',
  'question_text',
  'correct_answer',
  'correct_answers',
  'fake_answers',
  'options',
  'items',
  'slider',
  'time_limit',
  'points',
  'explanation',
  'typo_tolerance',
];

const lines = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function trueFalse(answer) {
  const value = String(answer).toLowerCase();
  return value === 'true' || value === 'false' ? t(`generation.draft.${value}`) : answer;
}

/** The right answer(s) as the draft's type has them. */
export function rightAnswer(draft) {
  const type = draft.type ?? 'single';
  if (draft.correct_answers?.length) return draft.correct_answers.join(' / ');
  if (type === 'ordering') return (draft.items ?? []).join(' → ');
  if (type === 'poll') return (draft.options ?? []).join(', ');
  if (type === 'true_false') return trueFalse(draft.correct_answer);
  return String(draft.correct_answer ?? '');
}

/** The quality score (0 to 1) as a small meter and its words. */
function quality(score) {
  if (score === null || score === undefined) return null;
  const percent = Math.round(score * 100);
  const level = score >= 0.8 ? 'high' : score >= 0.5 ? 'mid' : 'low';
  const words = t(`generation.draft.quality.${level}`, { percent });
  return el(
    'p',
    { class: `quality quality-${level}` },
    el('meter', {
      min: '0',
      max: '1',
      low: '0.5',
      high: '0.8',
      optimum: '1',
      value: String(score),
      'aria-hidden': 'true',
    }),
    el('span', { text: words }),
  );
}

// what the right answer is called, by type (a type_answer's are the forms a player may type)
const RIGHT_WORDS = { multiple: 'generation.draft.rights', type_answer: 'generation.draft.accepted' };

/** The draft in words (the list's item body). */
export function draftView(draft) {
  const wrong = draft.fake_answers ?? [];
  return [
    el('p', { class: 'draft-question', text: draft.question_text }),
    el(
      'p',
      {},
      el('span', { class: 'muted', text: `${t(RIGHT_WORDS[draft.type] ?? 'generation.draft.right')} ` }),
      el('strong', { text: rightAnswer(draft) }),
    ),
    wrong.length
      ? el('p', {}, el('span', { class: 'muted', text: `${t('generation.draft.wrong')} ` }), wrong.join(' · '))
      : null,
    quality(draft.quality_score),
    draft.evidence
      ? el(
          'p',
          { class: 'evidence' },
          el('span', { class: 'muted', text: `${t('generation.draft.evidence')} ` }),
          el('q', { text: draft.evidence }),
        )
      : null,
  ].filter(Boolean);
}

/** A labelled field of the form: a text input, or a textarea for a list (one per line). */
function field(id, label, value, { list = false, required = false } = {}) {
  const input = list
    ? el('textarea', { id, rows: '3', required }, Array.isArray(value) ? value.join('\n') : (value ?? ''))
    : el('input', { id, value: value ?? '', required });
  return { input, nodes: [el('label', { for: id, text: label }), input] };
}

/**
 * The draft's form: onSave(body) with the question fields, onCancel(). Which fields it shows follows the draft's
 * type; the fields it does not show are sent as the draft has them.
 */
export function draftForm(draft, { onSave, onCancel }) {
  const id = (name) => `draft-${draft.id}-${name}`;
  const type = draft.type ?? 'single';
  const text = field(id('text'), t('generation.draft.questionLabel'), draft.question_text, { required: true });
  const parts = [...text.nodes];
  let read = () => ({});
  if (type === 'single') {
    const right = field(id('right'), t('generation.draft.rightLabel'), draft.correct_answer, { required: true });
    const wrong = field(id('wrong'), t('generation.draft.wrongLabel'), draft.fake_answers, { list: true });
    parts.push(...right.nodes, ...wrong.nodes);
    read = () => ({ correct_answer: right.input.value.trim(), fake_answers: lines(wrong.input.value) });
  } else if (type === 'multiple') {
    const right = field(id('rights'), t('generation.draft.rightsLabel'), draft.correct_answers, {
      list: true,
      required: true,
    });
    const wrong = field(id('wrong'), t('generation.draft.wrongLabel'), draft.fake_answers, { list: true });
    parts.push(...right.nodes, ...wrong.nodes);
    read = () => ({ correct_answers: lines(right.input.value), fake_answers: lines(wrong.input.value) });
  } else if (type === 'type_answer') {
    const right = field(id('accepted'), t('generation.draft.acceptedLabel'), draft.correct_answers, {
      list: true,
      required: true,
    });
    parts.push(...right.nodes);
    read = () => ({ correct_answers: lines(right.input.value) });
  } else if (type === 'true_false') {
    const value = String(draft.correct_answer).toLowerCase() === 'false' ? 'false' : 'true';
    const select = el(
      'select',
      { id: id('tf') },
      el('option', { value: 'true', text: t('generation.draft.true') }),
      el('option', { value: 'false', text: t('generation.draft.false') }),
    );
    select.value = value;
    parts.push(el('label', { for: id('tf'), text: t('generation.draft.statementLabel') }), select);
    read = () => ({ correct_answer: select.value });
  }
  const explanation = field(id('explanation'), t('generation.draft.explanationLabel'), draft.explanation);
  parts.push(...explanation.nodes);
  const form = el(
    'form',
    { class: 'draft-form' },
    ...parts,
    el('button', { type: 'submit', text: t('generation.draft.save') }),
    el('button', { type: 'button', class: 'secondary', text: t('generation.draft.cancel'), onclick: onCancel }),
  );
  form.addEventListener('submit', (submit) => {
    submit.preventDefault();
    onSave({
      ...questionFields(draft),
      question_text: text.input.value.trim(),
      ...read(),
      explanation: explanation.input.value.trim(),
    });
  });
  return { form, focus: () => text.input.focus() };
}

/** The draft's question fields as a create body takes them (a slider's right value inside its slider). */
function questionFields(draft) {
  const body = {};
  for (const name of FIELDS) {
    if (draft[name] !== null && draft[name] !== undefined) body[name] = draft[name];
  }
  if (body.type === 'slider' && body.slider && body.slider.correct === undefined) {
    body.slider = { ...body.slider, correct: Number(body.correct_answer) };
    delete body.correct_answer;
  }
  return body;
}

// The big screen, /screen/{event_id}: an observer socket (no token, no controls) showing the room the game.
// The join code comes from ?code= (the console's link adds it), else from the event when the host is logged in
// in this browser.

import { api } from '../shared/api.js';
import { $, el, setText, showView } from '../shared/dom.js';
import { Countdown } from '../shared/countdown.js';
import { describeClose } from '../shared/game-errors.js';
import { GameSocket } from '../shared/game-socket.js';
import { dropFromRankings, renderPodium, renderRanking } from '../shared/rankings.js';
import { ownTitle } from '../shared/round-names.js';
import { account } from '../shared/storage.js';
import { correctCountText, correctText, renderReveal } from '../shared/reveal-view.js';
import { restoredQuestion } from '../shared/restored-question.js';
import { shape } from '../shared/shapes.js';
import { applyTheme } from '../shared/theme.js';
import { NameWall } from './name-wall.js';
import { Sound } from './sound.js';
import { t } from '../shared/i18n.js';

const eventId = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const sound = new Sound($('#screen-sound'));
const wall = new NameWall(eventId);
let lastSecond = null;
// the screen's countdown: large digits in a ring that empties, amber in the last five seconds
const countdown = new Countdown(
  $('#screen-countdown'),
  () => sound.timeUp(),
  (element, seconds, share) => {
    element.textContent = String(seconds);
    const ring = $('#screen-ring');
    ring.style.setProperty('--left', String(share));
    ring.classList.toggle('hurry', seconds <= 5);
    if (seconds !== lastSecond && seconds > 0 && seconds <= 5) sound.tick();
    lastSecond = seconds;
  },
);

/** Every view change of the screen: the lobby tune plays only in the lobby. */
function show(view) {
  sound.lobby(view === 'lobby');
  // the toggle is the organiser's, before the show starts: during it, nothing covers the answers
  $('#screen-controls').hidden = view !== 'lobby';
  showView(view);
}

/** The event as the room may see it: by the code in the address (public), else with the organiser's login. */
async function findEvent(code) {
  const signedIn = account.get();
  const attempts = [
    code ? () => api(`/api/events/join/${encodeURIComponent(code)}`) : null,
    signedIn ? () => api(`/api/events/${eventId}`, { token: signedIn.token }) : null,
  ].filter(Boolean);
  for (const attempt of attempts) {
    try {
      const event = await attempt();
      if (event.id === eventId) return event;
    } catch {
      // a wrong code, or not this organiser's browser: the next way, else the address's code alone
    }
  }
  return null;
}

async function showInvitation() {
  let code = new URLSearchParams(location.search).get('code');
  const event = await findEvent(code);
  if (event) {
    code = event.join_code;
    setText('#screen-title', event.title);
    applyTheme(event);
  }
  if (!code) return;
  const joinUrl = `${location.origin}/join?code=${code}`;
  setText('#screen-code', code);
  setText('#screen-join-url', `${location.host}/join`);
  const qr = $('#screen-qr');
  qr.src = `/qr.svg?text=${encodeURIComponent(joinUrl)}`;
  qr.alt = t('screen.qrAlt', { url: joinUrl });
  qr.hidden = false;
}

// what the room is asked to do, by question type
const HINTED_TYPES = ['multiple', 'type_answer', 'slider', 'ordering', 'poll'];
const typeHint = (type) => (HINTED_TYPES.includes(type) ? t(`screen.hint.${type}`) : null);

function showImage(url) {
  const figure = $('#screen-image');
  figure.hidden = !url;
  figure.replaceChildren(...(url ? [el('img', { src: url, alt: '' })] : []));
}

const questionNumber = (message) =>
  t('screen.questionNumber', { number: message.question_number, total: message.total_questions });
const answeredText = (message) => t('screen.answered', { count: message.answer_count, total: message.total_players });

/** A question's text, picture, hint and answers on the screen (the countdown is started by the caller). */
function showQuestion(message) {
  const type = message.question_type ?? 'single';
  setText('#screen-question-number', questionNumber(message));
  setText('#screen-question-text', message.text);
  setText('#screen-answer-count', t('screen.noAnswers', { count: 0 }));
  setText(
    '#screen-question-hint',
    [typeHint(type), message.points === 'double' ? t('screen.doublePoints') : null].filter(Boolean).join(' · '),
  );
  showImage(message.image_url);
  const slider = message.slider
    ? [el('li', { class: 'slider-range', text: `${message.slider.min} – ${message.slider.max}` })]
    : [];
  $('#screen-answers').replaceChildren(
    ...(type === 'type_answer' || type === 'slider'
      ? slider
      : message.answers.map((answer, i) => el('li', {}, el('div', { class: 'answer' }, shape(i), answer)))),
  );
  show('question');
}

// the segment whose quiz is being prepared (quiz_generating), until a round starts: its quiz_ready or
// no_questions_generated is told in the lobby
let preparing = null;

/** The lobby's line: large and in the accent colour while a quiz is being prepared. */
function lobbyLine(text, highlighted = false) {
  setText('#screen-lobby-text', text);
  $('#screen-lobby-text').classList.toggle('preparing', highlighted);
}

function prepared(message, text) {
  if (preparing !== message.segment_id) return;
  lobbyLine(text);
}

const handlers = {
  game_started: () => {
    preparing = null;
    lobbyLine(t('screen.starting'));
  },
  quiz_generating: (message) => {
    preparing = message.segment_id;
    lobbyLine(
      message.presenter_name
        ? t('screen.quizPreparing', { presenter: message.presenter_name })
        : t('screen.quizPreparingAnon'),
      true,
    );
    show('lobby');
  },
  quiz_ready: (message) => prepared(message, t('screen.quizReady')),
  no_questions_generated: (message) =>
    prepared(
      message,
      message.presenter_name ? t('screen.noQuiz', { presenter: message.presenter_name }) : t('screen.waiting'),
    ),
  question_preview: (message) => {
    countdown.stop();
    setText('#screen-question-number', questionNumber(message));
    setText('#screen-question-text', message.text);
    setText('#screen-answer-count', t('screen.readTheQuestion'));
    setText('#screen-countdown', '');
    $('#screen-ring').style.setProperty('--left', '1');
    $('#screen-ring').classList.remove('hurry');
    setText('#screen-question-hint', '');
    showImage(message.image_url);
    $('#screen-answers').replaceChildren();
    show('question');
  },
  question: (message) => {
    showQuestion(message);
    countdown.startFromQuestion(message);
  },
  // a screen opened again mid-round: the open question with the time left, else a word until the next one
  state_restored: (message) => {
    const question = restoredQuestion(message);
    if (!question) {
      setText('#screen-lobby-text', t('screen.underWay'));
      show('lobby');
      return;
    }
    showQuestion(question);
    countdown.start(message.remaining_ms, (message.time_limit ?? 0) * 1000);
  },
  answer_count: (message) => setText('#screen-answer-count', answeredText(message)),
  all_answered: (message) => setText('#screen-answer-count', answeredText(message)),
  reveal: (message) => {
    countdown.stop();
    setText('#screen-reveal-question', message.question_text);
    setText('#screen-correct', correctText(message));
    setText('#screen-correct-count', correctCountText(message));
    setText('#screen-explanation', message.explanation ?? '');
    renderReveal($('#screen-chart'), message);
    sound.reveal();
    show('reveal');
  },
  participant_joined: (message) => wall.joined(message.user),
  participant_name_changed: (message) => wall.renamed(message.user_id, message.new_name),
  participant_removed: (message) => {
    wall.removed(message.user_id);
    dropFromRankings(document, message.user_id);
  },
  participant_count: (message) => wall.counted(message.player_count ?? message.total),
  leaderboard: (message) => {
    setText('#screen-leaderboard-title', t('screen.roundTop10'));
    renderRanking($('#screen-ranking'), message.rankings, { limit: 10 });
    show('leaderboard');
  },
  segment_complete: (message) => {
    // the event's standings so far, under the round's name
    setText(
      '#screen-leaderboard-title',
      t('screen.roundOver', { round: ownTitle(message.segment_title) ?? t('screen.theRound') }),
    );
    renderRanking($('#screen-ranking'), message.event_leaderboard, { limit: 10 });
    show('leaderboard');
  },
  mega_quiz_started: (message) => {
    setText('#screen-lobby-text', t('screen.megaQuiz', { count: message.question_count }));
    show('lobby');
  },
  presenter_paused: () => {
    countdown.stop();
    setText('#screen-connection', t('screen.paused'));
  },
  phase_changed: (message) => {
    if (message.phase !== 'presenter_paused') setText('#screen-connection', '');
  },
  event_complete: (message) => {
    renderPodium($('#screen-podium'), message.final_leaderboard);
    const rest = message.final_leaderboard.slice(3);
    // under the podium the next places, when there are any
    if (rest.length) renderRanking($('#screen-final-ranking'), rest, { limit: 7 });
    else $('#screen-final-ranking').replaceChildren();
    show('podium');
  },
};

show('lobby');
showInvitation();
wall.load();
new GameSocket({
  eventId,
  token: null,
  joinFrame: null,
  onMessage: (message) => handlers[message.type]?.(message),
  onStatus: (status, code) =>
    setText(
      '#screen-connection',
      status === 'open' ? '' : code === 4404 ? describeClose(code) : t('screen.reconnecting'),
    ),
}).connect();

// One event in the console: the invitation (code, link, QR, lock), the live game and the question editor.

import { api } from '../shared/api.js';
import { generation } from '../shared/capabilities.js';
import { $, el, setText, showAlert, showView } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { showSettings } from './event-settings.js';
import { JoinLockStatus } from './join-lock.js';
import { LiveConsole } from './live-console.js';
import { QuestionEditor } from './question-editor.js';
import { inPlayOrder, roundDetails, roundName } from './rounds.js';

function showInvite(event) {
  const joinUrl = `${location.origin}/join?code=${event.join_code}`;
  setText('#join-code', event.join_code);
  const link = $('#join-link');
  link.href = joinUrl;
  link.textContent = joinUrl;
  const qr = $('#join-qr');
  qr.src = `/qr.svg?text=${encodeURIComponent(joinUrl)}`;
  qr.alt = t('host.qrAlt', { url: joinUrl });
  $('#screen-link').href = `/screen/${event.id}?code=${event.join_code}`;
}

function wireLock(signedIn, event, lock) {
  lock.show(event.join_locked, event.join_locked_at);
  $('#lock-button').onclick = async () => {
    const locked = $('#lock-button').dataset.locked === 'true';
    try {
      const status = await api(`/api/events/${event.id}/join/${locked ? 'unlock' : 'lock'}`, {
        method: 'POST',
        token: signedIn.token,
      });
      lock.show(status.join_locked, status.join_locked_at, true);
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  };
}

/** An event another account hosts, opened by one of its presenters: their rounds and the way to their seat. */
async function showPresenterPage(signedIn, event) {
  setText('#presenting-heading', event.title);
  $('#presenting-seat').href = `/join?code=${event.join_code}`;
  showView('presenting');
  let talk = null;
  const load = async () => {
    try {
      const rounds = inPlayOrder(await api(`/api/events/${event.id}/segments`, { token: signedIn.token })).filter(
        (round) => round.presenter_user_id === signedIn.user.id,
      );
      $('#presenting-rounds').replaceChildren(
        ...rounds.map((round) => el('li', { text: `${roundName(round)} · ${roundDetails(round)}` })),
      );
      talk?.setRounds(rounds);
      return rounds;
    } catch (error) {
      showAlert('#host-alert', error.message);
      return [];
    }
  };
  const rounds = await load();
  // where the server makes quizzes from talks, the presenter can record here too (a laptop at the lectern)
  const settings = await generation();
  if (!settings) return;
  try {
    const { createTalkPanel } = await import('../generation/talk-panel.js');
    talk = await createTalkPanel({
      token: signedIn.token,
      settings,
      rotateSeconds: event.question_gen_interval_seconds,
      nameOf: roundName,
      onChanged: load,
    });
    $('[data-view="presenting"]').append(talk.root);
    talk.setRounds(rounds);
  } catch (error) {
    showAlert('#host-alert', error.message);
  }
}

export async function openEvent(signedIn, eventId) {
  let event;
  try {
    event = await api(`/api/events/${eventId}`, { token: signedIn.token });
  } catch (error) {
    showView('events');
    showAlert('#host-alert', error.message);
    return;
  }
  document.title = `${event.title} · quizcast`;
  if (event.host_id !== signedIn.user.id) {
    await showPresenterPage(signedIn, event);
    return;
  }
  setText('#event-heading', event.title);
  showInvite(event);
  const lock = new JoinLockStatus();
  wireLock(signedIn, event, lock);
  showSettings(signedIn, event);
  showView('event');
  // the editor loads the rounds (also after the game changed one); the live console shows which one starts next
  let editor;
  const live = new LiveConsole(signedIn, event, lock, () => editor.refresh());
  editor = new QuestionEditor(signedIn, event, (rounds) => live.showRounds(rounds));
  editor.load();
  live.connect();
  showTalk(signedIn, event, live, editor);
}

/** Where the server makes quizzes from talks: the recorder and the review in the live column (loaded then only). */
async function showTalk(signedIn, event, live, editor) {
  const settings = await generation();
  if (!settings) return;
  $('#settings-generation').hidden = false;
  $('#settings-generation').disabled = false;
  // transcribing during the talk needs speech to text
  $('#settings-generate-interval').disabled = !settings.transcription;
  try {
    const { createTalkPanel } = await import('../generation/talk-panel.js');
    const panel = await createTalkPanel({
      token: signedIn.token,
      settings,
      // read at each start: the settings may change it
      rotateSeconds: () => event.question_gen_interval_seconds,
      nameOf: roundName,
      onChanged: () => editor.refresh(),
    });
    $('.event-live').append(panel.root);
    live.talk = panel;
    if (live.rounds.length) {
      panel.setRounds(live.rounds);
      live.showNextRound();
    }
  } catch (error) {
    showAlert('#host-alert', error.message);
  }
}

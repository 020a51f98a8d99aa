// The two forms before playing: the join code (when the link had none) and the player's name. The name is asked
// only while the event takes new players: a locked event says so at once.

import { api } from '../shared/api.js';
import { $, setText, showAlert, showView } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { account, deviceId, playerSessions } from '../shared/storage.js';
import { applyTheme } from '../shared/theme.js';

export function askForCode(prefill = '') {
  showView('code');
  const input = $('#code-input');
  input.value = prefill;
  $('#code-form').onsubmit = (event) => {
    event.preventDefault();
    location.search = `?code=${encodeURIComponent(input.value.trim().toUpperCase())}`;
  };
  input.focus();
}

function explainName(requested, response) {
  if (response.isRejoining) return t('player.welcomeBack', { name: response.displayName });
  if (response.displayName !== requested) {
    return t('player.nameTaken', { requested, name: response.displayName });
  }
  return '';
}

const NAME_LIMIT = 50; // the contract's display_name: 1..50 after trimming

/** The event is locked: say so, and let the player ask again once the organiser opens it. */
function showLocked(code, onJoined, event) {
  setText('#locked-title', event.title);
  showView('locked');
  showAlert('#player-alert', t('common.apiError.join_locked'));
  const retry = $('#locked-retry');
  retry.onclick = () => askForName(code, onJoined);
  retry.focus();
}

export async function askForName(code, onJoined, message = '') {
  showAlert('#player-alert', message);
  let event;
  try {
    event = await api(`/api/events/join/${encodeURIComponent(code)}`);
  } catch (error) {
    askForCode(code);
    // a code that names no event: the server's "Event not found", with what to do about it
    showAlert('#player-alert', error.status === 404 ? t('player.codeNotFound') : error.message);
    return;
  }
  if (event.status === 'finished') {
    askForCode(code);
    showAlert('#player-alert', t('common.apiError.event_ended'));
    return;
  }
  if (event.join_locked) {
    showLocked(code, onJoined, event);
    return;
  }
  applyTheme(event);
  setText('#event-title', event.title);
  showView('join');
  const signedIn = account.get();
  const input = $('#name-input');
  if (signedIn) {
    setText('#join-account', t('player.joinAsAccount', { name: signedIn.user.display_name }));
    input.value = signedIn.user.display_name ?? '';
  }
  input.focus();
  // a name over the limit is said, with its length, never cut without a word (the browser's maxlength would)
  const counter = () => {
    const length = input.value.trim().length;
    const words = length > NAME_LIMIT ? 'player.nameCounterTooLong' : 'player.nameCounter';
    setText('#name-counter', t(words, { length, limit: NAME_LIMIT }));
  };
  input.oninput = counter;
  counter();
  const form = $('#join-form');
  form.onsubmit = async (submit) => {
    submit.preventDefault();
    const requested = input.value.trim();
    if (requested.length > NAME_LIMIT) {
      showAlert('#player-alert', t('player.nameTooLong', { limit: NAME_LIMIT, length: requested.length }));
      input.focus();
      return;
    }
    const button = form.querySelector('button');
    button.disabled = true;
    showAlert('#player-alert', '');
    try {
      const response = await api('/api/events/join', {
        method: 'POST',
        token: signedIn?.token,
        body: { code, device_fingerprint: deviceId(), display_name: requested },
      });
      const session = {
        eventId: response.eventId,
        participantId: response.participantId,
        sessionToken: response.sessionToken,
        displayName: response.displayName,
      };
      playerSessions.set(code, session);
      setText('#player-notice', explainName(requested, response));
      onJoined(session);
    } catch (error) {
      if (error.code === 'join_locked') showLocked(code, onJoined, event);
      // this device or account was removed: another name would not help, so the form goes away
      else if (error.code === 'removed') showView('removed');
      else showAlert('#player-alert', error.message);
    } finally {
      button.disabled = false;
    }
  };
}

// The organiser console, /host: log in or register, pick or create an event, set it up and run it.
// /host?event=<id> reopens an event after a reload.

import { api } from '../shared/api.js';
import { $, setText, showAlert, showView } from '../shared/dom.js';
import { account } from '../shared/storage.js';
import { showAccountForms } from './account-forms.js';
import { showEventList } from './event-list.js';
import { openEvent } from './event-page.js';

function logOut() {
  account.clear();
  location.href = '/host';
}

async function start() {
  const stored = account.get();
  if (!stored) {
    showAccountForms(start);
    return;
  }
  try {
    stored.user = await api('/api/auth/me', { token: stored.token });
  } catch (error) {
    if (error.status === 401) {
      account.clear();
      showAccountForms(start);
      return;
    }
    showAlert('#host-alert', error.message);
    return;
  }
  setText('#host-user', stored.user.display_name);
  $('#logout').hidden = false;
  $('#logout').onclick = logOut;
  const eventId = new URLSearchParams(location.search).get('event');
  if (eventId) openEvent(stored, eventId);
  else showEventList(stored);
}

showView('loading');
start();

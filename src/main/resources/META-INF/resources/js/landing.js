// The landing page: join with a code (upper-cased for the player page), or go to the organiser's console.

import { $ } from './shared/dom.js';
import { t } from './shared/i18n.js';
import { account } from './shared/storage.js';

const form = $('#landing-join');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  location.href = `/join?code=${encodeURIComponent($('#landing-code').value.trim().toUpperCase())}`;
});

const signedIn = account.get();
if (signedIn) {
  $('#landing-account').textContent = t('landing.loggedInAs', { name: signedIn.user.display_name });
  $('#host-heading').parentElement.querySelector('a').textContent = t('landing.openConsole');
}

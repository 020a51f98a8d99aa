// Log in or register; both store the account token and continue with the console.

import { api } from '../shared/api.js';
import { $, showAlert, showView } from '../shared/dom.js';
import { account } from '../shared/storage.js';

function submitWith(form, request, onSignedIn) {
  form.onsubmit = async (event) => {
    event.preventDefault();
    showAlert('#host-alert', '');
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const { token, user } = await request();
      account.set(token, user);
      onSignedIn();
    } catch (error) {
      showAlert('#host-alert', error.message);
    } finally {
      button.disabled = false;
    }
  };
}

export function showAccountForms(onSignedIn) {
  showView('account');
  submitWith(
    $('#login-form'),
    () =>
      api('/api/auth/login', {
        method: 'POST',
        body: { username: $('#login-username').value, password: $('#login-password').value },
      }),
    onSignedIn,
  );
  submitWith(
    $('#register-form'),
    () => {
      const displayName = $('#register-display-name').value.trim();
      return api('/api/auth/register', {
        method: 'POST',
        body: {
          username: $('#register-username').value.trim(),
          password: $('#register-password').value,
          ...(displayName ? { display_name: displayName } : {}),
        },
      });
    },
    onSignedIn,
  );
  $('#login-username').focus();
}

// The organiser's events, newest first, and the form that creates one.

import { api } from '../shared/api.js';
import { $, el, showAlert, showView } from '../shared/dom.js';

export async function showEventList(signedIn) {
  showView('events');
  const form = $('#create-event-form');
  form.onsubmit = async (event) => {
    event.preventDefault();
    showAlert('#host-alert', '');
    try {
      const created = await api('/api/events', {
        method: 'POST',
        token: signedIn.token,
        body: {
          title: $('#event-title-input').value.trim(),
          time_per_question: Number($('#event-seconds-input').value),
        },
      });
      location.href = `/host?event=${created.id}`;
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  };
  try {
    const events = await api('/api/events', { token: signedIn.token });
    $('#event-list').replaceChildren(
      ...events.map((item) =>
        el(
          'li',
          {},
          el('a', { href: `/host?event=${item.id}`, text: item.title }),
          ` · code ${item.join_code} · ${item.status}`,
        ),
      ),
    );
  } catch (error) {
    showAlert('#host-alert', error.message);
  }
}

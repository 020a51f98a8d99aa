// The organiser's events, newest first, the events the account presents in, and the form that creates one.

import { api } from '../shared/api.js';
import { $, el, showAlert, showView } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

const EVENT_STATUSES = ['waiting', 'active', 'finished'];
const statusWord = (status) => (EVENT_STATUSES.includes(status) ? t(`host.eventStatus.${status}`) : status);

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
    const [hosted, presented] = await Promise.all([
      api('/api/events', { token: signedIn.token }),
      api('/api/events/presented', { token: signedIn.token }),
    ]);
    $('#event-list').replaceChildren(...hosted.map(eventItem));
    $('#presented-list').replaceChildren(...presented.map(eventItem));
    $('#presented-events').hidden = presented.length === 0;
  } catch (error) {
    showAlert('#host-alert', error.message);
  }
}

function eventItem(item) {
  return el(
    'li',
    {},
    el('a', { href: `/host?event=${item.id}`, text: item.title }),
    ` · ${t('host.eventLine', { code: item.join_code, status: statusWord(item.status) })}`,
  );
}

// The event's settings, edited by its host: its title, seconds per question, reading time, auto-reveal,
// auto-advance, the streak bonus, shuffled answers, how many wrong answers a single-choice question shows, the
// words no player name may contain, its look on the screen and the phones (theme, logo), and where the server makes
// quizzes from talks how many questions a talk gets and how often it is transcribed while it goes on; and the
// event's copy (to run it again) and deletion.

import { api } from '../shared/api.js';
import { $, setText, showAlert } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { uploadImage } from './image-upload.js';

export function showSettings(signedIn, event) {
  fill(event);
  $('#duplicate-event').onclick = async () => {
    try {
      const copy = await api(`/api/events/${event.id}/duplicate`, { method: 'POST', token: signedIn.token });
      location.href = `/host?event=${copy.id}`;
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  };
  $('#delete-event').onclick = async () => {
    if (!confirm(t('host.confirmDeleteEvent', { title: event.title }))) {
      return;
    }
    try {
      await api(`/api/quizzes/${event.id}`, { method: 'DELETE', token: signedIn.token });
      location.href = '/host';
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  };
  let removeLogo = false;
  $('#settings-logo-remove').onclick = () => {
    removeLogo = true;
    $('#settings-logo-current').hidden = true;
  };
  $('#settings-form').onsubmit = async (submit) => {
    submit.preventDefault();
    showAlert('#host-alert', '');
    try {
      const file = $('#settings-logo').files[0];
      const logo = file ? { logo_image_id: (await uploadImage(signedIn.token, event.id, file)).id } : {};
      if (!file && removeLogo) logo.logo_image_id = null;
      const saved = await api(`/api/quizzes/${event.id}`, {
        method: 'PUT',
        token: signedIn.token,
        body: {
          title: $('#settings-title').value.trim(),
          time_per_question: Number($('#settings-seconds').value),
          reading_time: Number($('#settings-reading').value),
          auto_reveal: $('#settings-auto-reveal').checked,
          auto_advance: Number($('#settings-auto-advance').value),
          streak_bonus: $('#settings-streak').checked,
          shuffle_answers: $('#settings-shuffle').checked,
          num_fake_answers: Number($('#settings-wrong-count').value),
          blocked_words: $('#settings-blocked')
            .value.split('\n')
            .map((word) => word.trim())
            .filter(Boolean),
          theme: $('#settings-theme').value,
          ...generationSettings(),
          ...logo,
        },
      });
      removeLogo = false;
      $('#settings-logo').value = '';
      // the page's other parts read the same event (the question list counts the wrong answers shown)
      Object.assign(event, saved);
      fill(saved);
      setText('#event-heading', saved.title);
      document.title = `${saved.title} · quizcast`;
      setText('#host-notice', t('host.settingsSaved'));
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  };
}

/** The talks' quiz settings, when the server makes quizzes from talks (the fieldset shows then only). */
function generationSettings() {
  if ($('#settings-generation').hidden) return {};
  const interval = $('#settings-generate-interval').value;
  return {
    questions_to_generate: Number($('#settings-generate-count').value),
    question_gen_interval_seconds: interval ? Number(interval) : null,
  };
}

function fill(event) {
  $('#settings-generate-count').value = event.questions_to_generate ?? 5;
  $('#settings-generate-interval').value = event.question_gen_interval_seconds ?? '';
  $('#settings-title').value = event.title;
  $('#settings-seconds').value = event.time_per_question;
  $('#settings-reading').value = event.reading_time ?? 0;
  $('#settings-auto-reveal').checked = Boolean(event.auto_reveal);
  $('#settings-auto-advance').value = event.auto_advance ?? 0;
  $('#settings-streak').checked = Boolean(event.streak_bonus);
  $('#settings-shuffle').checked = event.shuffle_answers ?? true;
  $('#settings-wrong-count').value = event.num_fake_answers ?? 3;
  $('#settings-blocked').value = (event.blocked_words ?? []).join('\n');
  $('#settings-theme').value = event.theme ?? 'classic';
  $('#settings-logo-current').hidden = !event.logo_url;
  if (event.logo_url) $('#settings-logo-preview').src = event.logo_url;
}

// Who is in the event, as the host sees it: the count, and the list while it is small, each player with Rename and
// Remove (kick: the player's phone is closed out, and its device and name cannot join again).

import { api } from '../shared/api.js';
import { $, el, setText, showAlert } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

const LIST_LIMIT = 50;

export class PlayersPanel {
  /** token and eventId: the host's, for renames and removals (none: a list without buttons). */
  constructor(token, eventId) {
    this.token = token;
    this.eventId = eventId;
    this.players = new Map();
  }

  reset(participants) {
    this.players = new Map(participants.filter((p) => !p.is_host).map((p) => [p.id, p]));
    this.render();
  }

  joined(participant) {
    if (!participant.is_host) this.players.set(participant.id, participant);
    this.render();
  }

  left(userId) {
    const player = this.players.get(userId);
    if (player) player.online = false;
    this.render();
  }

  renamed(userId, newName) {
    const player = this.players.get(userId);
    if (player) player.username = newName;
    this.render();
  }

  removed(userId) {
    this.players.delete(userId);
    this.render();
  }

  async rename(player) {
    const name = prompt(t('host.renamePlayerPrompt', { name: player.username }), player.username);
    if (!name || name.trim() === player.username) return;
    await this.act(() =>
      api(`/api/events/${this.eventId}/participants/${player.id}/name`, {
        method: 'PATCH',
        token: this.token,
        body: { display_name: name.trim() },
      }),
    );
  }

  async remove(player) {
    if (!confirm(t('host.confirmRemovePlayer', { name: player.username }))) return;
    await this.act(() =>
      api(`/api/events/${this.eventId}/participants/${player.id}/remove`, { method: 'POST', token: this.token }),
    );
  }

  async act(call) {
    showAlert('#host-alert', '');
    try {
      await call();
    } catch (error) {
      showAlert('#host-alert', error.message);
    }
  }

  online() {
    return [...this.players.values()].filter((p) => p.online);
  }

  render() {
    const all = [...this.players.values()];
    const online = all.filter((p) => p.online).length;
    setText('#players-count', t('host.playerCount', { count: all.length, online }));
    $('#players-list').replaceChildren(
      ...(all.length <= LIST_LIMIT
        ? all.map((p) =>
            el(
              'li',
              { 'data-player': p.id, title: p.username },
              el('span', { text: p.online ? p.username : t('host.playerOffline', { name: p.username }) }),
              ...(this.token
                ? [
                    el('button', {
                      type: 'button',
                      class: 'secondary small',
                      'aria-label': t('host.renameNamed', { name: p.username }),
                      text: t('host.rename'),
                      onclick: () => this.rename(p),
                    }),
                    el('button', {
                      type: 'button',
                      class: 'secondary small',
                      'aria-label': t('host.removeNamed', { name: p.username }),
                      text: t('host.remove'),
                      onclick: () => this.remove(p),
                    }),
                  ]
                : []),
            ),
          )
        : []),
    );
    const select = $('#presenter-select');
    const chosen = select.value;
    // a presenter needs an account (a round names its presenter's account): anonymous players, whose client id is
    // their participant id, are not offered
    select.replaceChildren(
      ...this.online()
        .filter((p) => p.id !== p.participant_id)
        .map((p) => el('option', { value: p.id, text: p.username })),
    );
    if (chosen) select.value = chosen;
  }
}

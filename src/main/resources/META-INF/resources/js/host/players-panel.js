// Who is in the event, as the host sees it: the count, and the list while it is small.

import { $, el, setText } from '../shared/dom.js';

const LIST_LIMIT = 50;

export class PlayersPanel {
  constructor() {
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

  online() {
    return [...this.players.values()].filter((p) => p.online);
  }

  render() {
    const all = [...this.players.values()];
    const online = all.filter((p) => p.online).length;
    setText('#players-count', `${all.length} ${all.length === 1 ? 'player' : 'players'}, ${online} online`);
    $('#players-list').replaceChildren(
      ...(all.length <= LIST_LIMIT
        ? all.map((p) => el('li', { text: p.online ? p.username : `${p.username} (offline)` }))
        : []),
    );
    const select = $('#presenter-select');
    const chosen = select.value;
    select.replaceChildren(...this.online().map((p) => el('option', { value: p.id, text: p.username })));
    if (chosen) select.value = chosen;
  }
}

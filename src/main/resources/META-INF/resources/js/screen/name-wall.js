// The lobby's wall of names: everyone who joined, newest last, with the count; the host is not a player.

import { api } from '../shared/api.js';
import { $, el, setText } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

const SHOWN = 60;

export class NameWall {
  constructor(eventId) {
    this.eventId = eventId;
    this.names = new Map();
    this.total = null;
  }

  /** The players already in when the screen opens (the public list). */
  async load() {
    try {
      const people = await api(`/api/events/${this.eventId}/participants`);
      for (const person of people) if (!person.is_host) this.names.set(person.id, person.display_name);
      this.render();
    } catch {
      // the wall fills from the live messages anyway
    }
  }

  joined(user) {
    if (user.is_host) return;
    this.names.set(user.id, user.username);
    this.render();
  }

  renamed(userId, name) {
    if (!this.names.has(userId)) return;
    this.names.set(userId, name);
    this.render();
  }

  removed(userId) {
    this.names.delete(userId);
    this.render();
  }

  /** A large event's players hear counts, not names: the count, whatever the wall shows. */
  counted(total) {
    this.total = total;
    this.render();
  }

  render() {
    const names = [...this.names.values()];
    const count = Math.max(this.total ?? 0, names.length);
    const shown = names.slice(-SHOWN);
    setText('#screen-player-count', count === 0 ? t('screen.nobodyYet') : t('screen.playersJoined', { count }));
    $('#screen-names').replaceChildren(...shown.map((name) => el('li', { text: name })));
  }
}

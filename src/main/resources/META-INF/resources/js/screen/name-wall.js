// The lobby's wall of names: everyone who joined, newest last, with the count; the host is not a player.

import { api } from '../shared/api.js';
import { $, el, setText } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

const SHOWN = 60;

export class NameWall {
  constructor(eventId) {
    this.eventId = eventId;
    // the chips on the wall by participant id: a join adds one, so the others do not arrive again
    this.chips = new Map();
    this.total = null;
  }

  /** The players already in when the screen opens (the public list). */
  async load() {
    try {
      const people = await api(`/api/events/${this.eventId}/participants`);
      for (const person of people) if (!person.is_host) this.add(person.id, person.display_name);
      this.render();
    } catch {
      // the wall fills from the live messages anyway
    }
  }

  joined(user) {
    if (user.is_host) return;
    this.add(user.id, user.username);
    this.render();
  }

  renamed(userId, name) {
    const chip = this.chips.get(userId);
    if (chip) chip.textContent = name;
  }

  removed(userId) {
    this.chips.get(userId)?.remove();
    this.chips.delete(userId);
    this.render();
  }

  /** A large event's players hear counts, not names: the count, whatever the wall shows. */
  counted(total) {
    this.total = total;
    this.render();
  }

  add(id, name) {
    if (this.chips.has(id)) {
      this.chips.get(id).textContent = name;
      return;
    }
    const chip = el('li', { text: name });
    this.chips.set(id, chip);
    $('#screen-names').append(chip);
    // the newest names stay: the oldest chip leaves the wall when it is full
    if (this.chips.size > SHOWN) $('#screen-names').firstElementChild?.remove();
  }

  render() {
    const count = Math.max(this.total ?? 0, this.chips.size);
    setText('#screen-player-count', count === 0 ? t('screen.nobodyYet') : t('screen.playersJoined', { count }));
  }
}

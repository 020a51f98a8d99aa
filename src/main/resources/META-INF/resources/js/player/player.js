// The player page, /join?code=ABC123: join with the code (or continue the stored session), then play.

import { api } from '../shared/api.js';
import { showView } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { playerSessions } from '../shared/storage.js';
import { askForCode, askForName } from './join-form.js';
import { PlayerGame } from './player-game.js';
import { applyTheme } from '../shared/theme.js';

const code = (new URLSearchParams(location.search).get('code') ?? '').trim().toUpperCase();

function play(session) {
  const game = new PlayerGame(
    session,
    () => {
      playerSessions.clear(code);
      askForName(code, play, t('common.close.4401'));
    },
    // remembered on this device: coming back to the link shows the same page, not a join form that would refuse
    () => playerSessions.set(code, { removed: true }),
    // forgotten: the link then offers the join form, which says the code no longer exists
    () => playerSessions.clear(code),
  );
  game.start();
}

if (!code) {
  askForCode();
} else {
  const session = playerSessions.get(code);
  if (session?.removed) showView('removed');
  else if (session) {
    play(session);
    // the event's look, read with the code while the game connects (the join form reads it itself)
    api(`/api/events/join/${encodeURIComponent(code)}`)
      .then(applyTheme)
      .catch(() => {});
  } else askForName(code, play);
}

// The player page, /join?code=ABC123: join with the code (or continue the stored session), then play.

import { playerSessions } from '../shared/storage.js';
import { askForCode, askForName } from './join-form.js';
import { PlayerGame } from './player-game.js';

const code = (new URLSearchParams(location.search).get('code') ?? '').trim().toUpperCase();

function play(session) {
  const game = new PlayerGame(session, () => {
    playerSessions.clear(code);
    askForName(code, play, 'Your session is no longer valid. Please join again.');
  });
  game.start();
}

if (!code) {
  askForCode();
} else {
  const session = playerSessions.get(code);
  if (session) play(session);
  else askForName(code, play);
}

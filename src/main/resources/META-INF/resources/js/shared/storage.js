// What the browser keeps between page loads: the organiser's account token, this device's id and the
// player's session per join code (so a reload continues the same participant).

const ACCOUNT_KEY = 'quizcast.account';
const DEVICE_KEY = 'quizcast.device';
const sessionKey = (code) => `quizcast.session.${code}`;

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key));
  } catch {
    return null;
  }
}

export const account = {
  get: () => read(ACCOUNT_KEY),
  set: (token, user) => localStorage.setItem(ACCOUNT_KEY, JSON.stringify({ token, user })),
  clear: () => localStorage.removeItem(ACCOUNT_KEY),
};

export function deviceId() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

export const playerSessions = {
  get: (code) => read(sessionKey(code)),
  set: (code, session) => localStorage.setItem(sessionKey(code), JSON.stringify(session)),
  clear: (code) => localStorage.removeItem(sessionKey(code)),
};

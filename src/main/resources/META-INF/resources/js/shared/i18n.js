// Every text a person reads comes from a message catalogue: /i18n/{language}/common.json and the page's own
// /i18n/{language}/{area}.json (<html data-area>), so a page loads only its own texts. The language is the one
// chosen on this device, else the browser's first that has catalogues (i18n/languages.json), else English. A new
// language is a folder of catalogues and a line in languages.json: no code change.
//
// Texts take {name} parameters; a text whose value is an object has plural forms chosen by Intl.PluralRules
// ({"one": "{count} player", "other": "{count} players"}). In HTML, data-i18n="key" sets an element's text and
// data-i18n-attr="placeholder:key;aria-label:key2" its attributes.

const CHOSEN_KEY = 'quizcast.language';
const FALLBACK = 'en';
const area = document.documentElement.dataset.area;

let messages = {};
let available = {};
export let language = FALLBACK;

async function json(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

function chosen() {
  try {
    return localStorage.getItem(CHOSEN_KEY);
  } catch {
    return null;
  }
}

/** The device's choice, then the browser's languages by their primary tag, then English: the first available. */
function pick() {
  const wanted = [chosen(), ...(navigator.languages ?? [navigator.language])]
    .filter(Boolean)
    .map((tag) => tag.toLowerCase().split('-')[0]);
  return wanted.find((code) => code in available) ?? FALLBACK;
}

async function load() {
  try {
    available = await json('/i18n/languages.json');
  } catch {
    available = { [FALLBACK]: 'English' };
  }
  language = pick();
  messages = await catalogues(language).catch(() => {
    language = FALLBACK;
    return catalogues(FALLBACK);
  });
  document.documentElement.lang = language;
}

async function catalogues(code) {
  const parts = await Promise.all(['common', area].filter(Boolean).map((part) => json(`/i18n/${code}/${part}.json`)));
  return Object.assign({}, ...parts);
}

/** The text of {@code key} with its parameters; a missing key shows as itself (the tests look for those). */
export function t(key, params = {}) {
  let text = messages[key];
  if (text && typeof text === 'object') {
    text = text[new Intl.PluralRules(language).select(Number(params.count ?? 0))] ?? text.other;
  }
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether the catalogue has {@code key} (a server's error code the pages can say in the reader's language). */
export function has(key) {
  return key in messages;
}

/**
 * Adds a catalogue a feature loads only when it is used (/i18n/{language}/{part}.json, English when the language has
 * none), so that a page's first load carries only its own texts.
 */
export async function loadCatalogue(part) {
  const texts = await json(`/i18n/${language}/${part}.json`).catch(() => json(`/i18n/${FALLBACK}/${part}.json`));
  Object.assign(messages, texts);
}

/** The language the server's own messages are written in (the API's error messages). */
export const SERVER_LANGUAGE = 'en';

/** Sets the texts and attributes of every marked element under {@code root}. */
export function translate(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      node.setAttribute(attribute, t(key));
    }
  }
}

/** Fills a <select> with the available languages; choosing one is remembered on this device and reloads. */
export function languageSwitcher(select) {
  if (!select) return;
  select.replaceChildren(
    ...Object.entries(available).map(([code, name]) =>
      Object.assign(document.createElement('option'), { value: code, textContent: name, lang: code }),
    ),
  );
  select.value = language;
  select.onchange = () => {
    try {
      localStorage.setItem(CHOSEN_KEY, select.value);
    } catch {
      // storage refused: the choice lasts for this page only
    }
    location.reload();
  };
}

await load().catch(() => {
  messages = {};
});
translate();
languageSwitcher(document.querySelector('#language-select'));
// the page speaks its language from here on (the tests wait for this)
document.documentElement.dataset.language = language;

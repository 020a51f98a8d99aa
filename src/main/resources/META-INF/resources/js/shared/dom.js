// Small DOM helpers: build elements, find them, switch the visible view of a page.

export const $ = (selector, root = document) => root.querySelector(selector);

/** el('button', {class: 'x', onclick: fn, text: 'Go'}, child, ...) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return node;
}

/** Shows the element with data-view=name among the page's views, hides the others. */
export function showView(name) {
  for (const view of document.querySelectorAll('[data-view]')) {
    view.hidden = view.dataset.view !== name;
  }
  // a result's full-screen colour lasts as long as the result shows
  if (name !== 'result') delete document.body.dataset.result;
}

export function setText(selector, text) {
  const node = $(selector);
  if (node) node.textContent = text ?? '';
}

/** Puts a message into an alert region (role=alert), or clears it. */
export function showAlert(selector, message) {
  setText(selector, message ?? '');
}

// Each answer's shape by its place, the same on the phones, the big screen and its chart: colour-blind players
// match shapes, not colours.

import { el } from './dom.js';

const SHAPES = ['▲', '◆', '●', '■', '★', '✚'];

export function shape(i) {
  return el('span', { class: 'shape', 'aria-hidden': 'true', text: SHAPES[i % SHAPES.length] });
}

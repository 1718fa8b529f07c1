/**
 * All three elements on a page whose global CSS resets everything it reaches (`* { all: revert }`
 * reaches the host element itself, because outer rules beat `:host`): the shadow tree keeps the
 * widget's own text colour, colour scheme and box sizing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { waitFor } from '../helpers/elements.js';

let emu: TestEmulator;
let style: HTMLStyleElement;
before(async () => {
  emu = await startTestEmulator();
  style = document.createElement('style');
  style.textContent = `
    * { all: revert; }
    html { color-scheme: light; }
    body { color: rgb(200, 0, 200); line-height: 3; box-sizing: content-box; }
  `;
  document.head.append(style);
});
after(async () => {
  style.remove();
  await emu?.close();
});

describe('every element on a page with `* { all: revert }`', () => {
  for (const tag of ['evt-list', 'evt-detail', 'evt-register'] as const) {
    it(`<${tag}> keeps its own colour, colour scheme, line height and box sizing`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="--evt-color-scheme: dark"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('endpoint', emu.omBase);
      el.setAttribute('token', 'demo-token');
      el.setAttribute('lang', 'en');
      el.setAttribute('event-id', 'Minimal_Meetup');
      holder.append(el);
      const s = getComputedStyle(await waitFor(el, '.root', 'the rendered root'));
      // The site asked for the dark scheme through the custom property (which `all` never resets).
      expect(s.colorScheme).to.equal('dark');
      expect(s.color, 'the dark theme text colour, not the page body colour').to.equal('rgb(236, 236, 240)');
      expect(s.lineHeight).not.to.equal(getComputedStyle(document.body).lineHeight);
      expect(s.boxSizing).to.equal('border-box');
      holder.remove();
    });
  }
});

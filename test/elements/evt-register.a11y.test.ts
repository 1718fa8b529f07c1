/**
 * `<evt-register>` against the manual WCAG 2.2 audit of issue 10: the error summary (an alert with
 * a heading, inline errors prefixed "Error:" for screen readers), required radio groups exposed as
 * required, session options that read as they look, 24 px targets, and focus never on <body>.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { $, $$, byId, click, mount as mountElement, ready, resetStores, text } from '../helpers/elements.js';
import { clearDrafts } from '../helpers/register.js';

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(() => emu?.close());
beforeEach(() => {
  resetStores();
  clearDrafts(emu?.url);
});

const mount = async (rid: string, lang = 'en') => {
  const el = await mountElement<EvtRegister>('evt-register', `endpoint="${emu.rtmBase}" token="demo-token" lang="${lang}" event-id="${rid}"`);
  await ready(el);
  return el;
};

describe('<evt-register> error summary', () => {
  it('is an alert headed "There is a problem", and each inline error starts with a hidden "Error:"', async () => {
    const el = await mount('Open_Source_Day');
    await click(el, '[part~="submit"]');
    const summary = $(el, '[part~="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    const heading = summary.querySelector('[role="heading"]')!;
    expect(text(heading)).to.equal('There is a problem');
    expect(summary.getAttribute('aria-labelledby')).to.equal(heading.id);
    const errors = $$(el, '[part~="error"]');
    expect(errors.length).to.be.greaterThan(2);
    for (const e of errors) {
      const prefix = e.firstElementChild as HTMLElement;
      expect(prefix.classList.contains('visually-hidden'), text(e)).to.be.true;
      expect(text(prefix)).to.equal('Error:');
      expect(getComputedStyle(prefix).position, 'hidden from sight, not from screen readers').to.equal('absolute');
    }
    expect(text(byId(el, 'a1-lastName-error'))).to.equal('Error: Enter last name.');
    await expect(el).to.be.accessible();
  });

  it('says "Error:" in the page\'s language', async () => {
    const el = await mount('Open_Source_Day', 'de');
    await click(el, '[part~="submit"]');
    await waitUntil(() => $(el, '[part~="error"]'), 'errors', { timeout: 4000 });
    expect(text($(el, '[part~="error"] .visually-hidden'))).to.equal('Fehler:');
  });
});

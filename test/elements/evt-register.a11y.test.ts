/**
 * `<evt-register>` against the manual WCAG 2.2 audit of issue 10: the error summary (an alert with
 * a heading, inline errors prefixed "Error:" for screen readers), required radio groups exposed as
 * required, session options that read as they look, 24 px targets, and focus never on <body>.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { render } from 'lit';
import { renderChoices } from '../../src/elements/evt-register/fields.js';
import { messagesFor } from '../../src/internal/messages.js';
import { useEmulator } from '../helpers/emulator.js';
import { $, $$, byId, click, mount as mountElement, ready, root, text } from '../helpers/elements.js';

const emu = useEmulator({ reset: false });

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

describe('<evt-register> required radio groups', () => {
  const group = (el: EvtRegister, input: string) => byId(el, input)!.closest('fieldset')!;

  it('a required yes/no question and a required choice are radiogroups with aria-required, named by their legend', async () => {
    const el = await mount('Open_Source_Day');
    // a1-custom-1: "I agree to the code of conduct" (Boolean, required); a1-custom-3: "T-shirt size" (required).
    for (const first of ['a1-custom-1-0', 'a1-custom-3-0']) {
      const g = group(el, first);
      expect(g.getAttribute('role'), first).to.equal('radiogroup');
      expect(g.getAttribute('aria-required'), first).to.equal('true');
      const legend = g.querySelector('legend')!;
      expect(g.getAttribute('aria-labelledby')).to.equal(legend.id);
      expect(byId(el, first)!.required).to.be.true;
    }
    // An optional group of checkboxes stays a plain group, with nothing saying "required".
    const topics = $$<HTMLFieldSetElement>(el, 'fieldset').find((f) => text(f.querySelector('legend')) === 'Topics you care about')!;
    expect(topics.hasAttribute('role')).to.be.false;
    expect(topics.hasAttribute('aria-required')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('the pass of a paid event is a required radiogroup', async () => {
    const el = await mount('Harbour_Data_Summit');
    const passes = $(el, '[part~="passes"]')!;
    expect(passes.getAttribute('role')).to.equal('radiogroup');
    expect(passes.getAttribute('aria-required')).to.equal('true');
    expect(text(root(el).getElementById(passes.getAttribute('aria-labelledby')!))).to.equal('Pass *');
    await expect(el).to.be.accessible();
  });
});

describe('renderChoices: a required group of checkboxes', () => {
  it('says "required" in its legend in hidden text (checkboxes have no required state), and only when required', () => {
    const host = document.createElement('div');
    const group = (required: boolean, lang = 'en') => {
      render(
        renderChoices({ msg: messagesFor(lang), id: 'q', name: 'q', label: 'Topics', required, error: null, type: 'checkbox',
          options: [{ value: 'Web', label: 'Web', checked: false }], onChange: () => {} }),
        host,
      );
      return host.querySelector('fieldset')!;
    };
    let f = group(true);
    expect(f.hasAttribute('role'), 'a checkbox group is no radiogroup').to.be.false;
    expect(text(f.querySelector('legend .visually-hidden'))).to.equal('(required)');
    expect(f.querySelector('[part~="required"]')!.getAttribute('aria-hidden')).to.equal('true');
    f = group(true, 'de');
    expect(text(f.querySelector('legend .visually-hidden'))).to.equal('(Pflichtangabe)');
    f = group(false);
    expect(f.querySelector('legend .visually-hidden')).to.be.null;
  });
});

describe('<evt-register> session options', () => {
  /** What a screen reader hears after the name: the texts of aria-describedby, as accname joins them. */
  const description = (el: EvtRegister, input: HTMLInputElement) =>
    input.getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id))).join(' ');

  it('read as the screen shows them: the time, its zone, then the places, each apart', async () => {
    const el = await mount('Open_Source_Day');
    const boxes = $$<HTMLInputElement>(el, 'input[name="sessionIds"]');
    expect(boxes.length).to.be.greaterThan(2);
    for (const box of boxes) {
      const meta = root(el).getElementById(`${box.id}-meta`)!;
      // Each line the screen shows (innerText breaks between the flex row's items), joined by ", ".
      const seen = meta.innerText.split('\n').map((l) => l.trim()).filter((l) => /[\p{L}\p{N}]/u.test(l)).join(', ');
      expect(text(meta), box.id).to.equal(seen);
      expect(description(el, box)).to.match(/^\d{1,2}:\d{2}.* (AM|PM) GMT-5(, .+)?$/);
    }
    expect(boxes.map((b) => text(root(el).getElementById(`${b.id}-meta`)))).to.include('10:00 – 11:00 AM GMT-5, 80 places left');
    await expect(el).to.be.accessible();
  });

  it('uses the language\'s own separator', async () => {
    const el = await mount('Open_Source_Day', 'ja');
    const metas = $$(el, '.session-meta').map((p) => text(p)).filter((t) => /\d\s*(席|人)/.test(t));
    expect(metas.length, metas.join(' | ')).to.be.greaterThan(0);
    expect(metas[0]).to.contain('、');
  });
});

describe('<evt-register> target size (WCAG 2.5.8)', () => {
  for (const size of ['16px', '12px']) {
    it(`every radio and checkbox is at least 24 x 24 CSS px (host font-size ${size})`, async () => {
      const el = await mount('Open_Source_Day');
      el.style.fontSize = size;
      await el.updateComplete;
      const inputs = $$<HTMLInputElement>(el, 'input[type="radio"], input[type="checkbox"]');
      expect(inputs.length).to.be.greaterThan(10);
      for (const input of inputs) {
        const r = input.getBoundingClientRect();
        expect(r.width, `${input.id} width`).to.be.at.least(24);
        expect(r.height, `${input.id} height`).to.be.at.least(24);
      }
      await expect(el).to.be.accessible();
    });
  }
});

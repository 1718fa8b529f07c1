/**
 * Right to left (issue 10): with `lang="ar"`, or `dir="rtl"` on an ancestor of English elements,
 * all three elements lay out right to left (logical CSS only), checked without screenshots: the
 * computed `direction`, where a card's and a header's parts sit (x positions mirrored against the
 * left-to-right layout), and an Arabic registration completed end to end against the emulator.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/evt-list.js';
import '../../src/evt-detail.js';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import type { LitElement } from 'lit';
import { messagesFor } from '../../src/internal/messages.js';
import { loadMessages } from '../../src/i18n/index.js';
import { useEmulator } from '../helpers/emulator.js';
import { $, click, part, ready, text, type, waitFor } from '../helpers/elements.js';

const emu = useEmulator({ reset: false });

type Setup = 'ltr' | 'ar' | 'rtl-ancestor';
const SETUPS: Setup[] = ['ltr', 'ar', 'rtl-ancestor'];

/** The three elements in one wrapper: English, Arabic, or English under dir="rtl". */
async function mountAll(setup: Setup, width = 1100) {
  const lang = setup === 'ar' ? 'ar' : 'en';
  const wrap = await fixture<HTMLDivElement>(html`<div
    data-evt-endpoint=${emu.rtmBase}
    data-evt-token="demo-token"
    lang=${lang}
    dir=${setup === 'rtl-ancestor' ? 'rtl' : 'ltr'}
    style="inline-size: ${width}px"
  >
    <evt-list page-size="3"></evt-list>
    <evt-detail event-id="Harbour_Data_Summit"></evt-detail>
    <evt-register event-id="Open_Source_Day"></evt-register>
  </div>`);
  const [list, detail, register] = ['evt-list', 'evt-detail', 'evt-register'].map((t) => wrap.querySelector(t) as LitElement);
  await Promise.all([ready(list!), ready(detail!), ready(register!)]);
  await waitFor(detail!, '[part~="title"]');
  return { wrap, list: list!, detail: detail!, register: register! };
}

/** Where a node's text (not its box) starts and ends on screen. */
function textBox(node: Node): DOMRect {
  const r = document.createRange();
  r.selectNodeContents(node);
  return r.getBoundingClientRect();
}

describe('right to left', () => {
  before(async () => {
    await loadMessages('ar');
  });

  for (const setup of SETUPS) {
    it(`computed direction inside each element is ${setup === 'ltr' ? 'ltr' : 'rtl'} (${setup})`, async () => {
      const { list, detail, register } = await mountAll(setup);
      const want = setup === 'ltr' ? 'ltr' : 'rtl';
      for (const el of [list, detail, register]) {
        for (const sel of ['[part~="base"]', '[role="heading"]', 'p']) {
          const node = el.shadowRoot!.querySelector(sel)!;
          expect(getComputedStyle(node).direction, `${el.localName} ${sel}`).to.equal(want);
        }
      }
      // The attendee's legend floats to the inline start (float: inline-start): its text on that side.
      const fieldset = register.shadowRoot!.querySelector('.attendee')!;
      const legend = textBox(fieldset.querySelector('legend')!);
      const box = fieldset.getBoundingClientRect();
      const fromLeft = legend.left - box.left;
      const fromRight = box.right - legend.right;
      if (want === 'ltr') expect(fromLeft, 'legend on the left').to.be.lessThan(fromRight);
      else expect(fromRight, 'legend on the right').to.be.lessThan(fromLeft);
      await expect(list).to.be.accessible();
      await expect(register).to.be.accessible();
    });
  }

  it('a card\'s text starts on the inline-start side, and the detail\'s banner mirrors beside its title', async () => {
    const at: Record<string, { cardStart: number; cardEnd: number; bannerLeftOfTitle: boolean }> = {};
    for (const setup of SETUPS) {
      const { list, detail } = await mountAll(setup);
      const card = part(list, 'item')!;
      const body = card.querySelector('.body')!.getBoundingClientRect();
      // The date: the interface's own text (an English event name keeps its own direction, dir="auto").
      const title = textBox(part(list, 'date')!.querySelector('time')!);
      const pad = parseFloat(getComputedStyle(card.querySelector('.body')!).paddingInlineStart);
      // How far the title's text is from the card body's left and right inner edges.
      at[setup] = {
        cardStart: Math.round(title.left - (body.left + pad)),
        cardEnd: Math.round(body.right - pad - title.right),
        bannerLeftOfTitle: part(detail, 'image')!.getBoundingClientRect().left < textBox(part(detail, 'title')!).left,
      };
    }
    expect(at.ltr!.cardStart, 'ltr: text from the left edge').to.equal(0);
    for (const rtl of ['ar', 'rtl-ancestor'] as const) {
      expect(at[rtl]!.cardEnd, `${rtl}: text from the right edge`).to.equal(0);
      expect(at[rtl]!.cardStart, `${rtl}: not from the left`).to.be.greaterThan(0);
    }
    expect(at.ltr!.bannerLeftOfTitle, 'ltr: the banner on the left of the title').to.be.true;
    expect(at.ar!.bannerLeftOfTitle, 'ar: the banner on the right').to.be.false;
    expect(at['rtl-ancestor']!.bannerLeftOfTitle, 'dir="rtl": the banner on the right').to.be.false;
  });

  it('an Arabic registration, end to end: the form, the sending, the confirmation, and the emulator\'s record', async () => {
    const ar = messagesFor('ar');
    const el = await fixture<EvtRegister>(
      html`<evt-register endpoint=${emu.rtmBase} token="demo-token" lang="ar" event-id="Minimal_Meetup"></evt-register>`,
    );
    await ready(el);
    expect(getComputedStyle($(el, 'form')!).direction).to.equal('rtl');
    expect(text($(el, '[part~="submit"]'))).to.equal(ar.registerSubmit);
    // Sending nothing first: the summary and the errors are Arabic too.
    await click(el, '[part~="submit"]');
    await waitFor(el, '[part~="error-summary"]');
    expect(text($(el, '[part~="error-summary"] [role="heading"]'))).to.equal(ar.registerErrorSummary);
    expect(text($(el, '[part~="error"] .visually-hidden'))).to.equal(ar.registerErrorPrefix);
    const email = `layla.${Date.now()}@example.com`;
    await type(el, 'a1-firstName', 'ليلى');
    await type(el, 'a1-lastName', 'Haddad');
    await type(el, 'a1-email', email);
    await click(el, '[part~="submit"]');
    const success = await waitFor(el, '[part~="success"]', 'the confirmation', 10000);
    expect(text(success.querySelector('[role="heading"]'))).to.equal(ar.registerSuccessHeading);
    expect(getComputedStyle(success).direction).to.equal('rtl');
    // The Latin address keeps its own order inside the Arabic text (bidi isolation).
    const shown = success.querySelector('.email')!;
    expect(shown.localName).to.equal('bdi');
    expect(text(shown)).to.equal(email);
    await expect(el).to.be.accessible();
    await emu.dev('process');
    const res = await fetch(`${emu.url}/dev/registrations?readableEventId=Minimal_Meetup`);
    const recs = (await res.json()) as { email?: string; firstName?: string; source?: string }[];
    const mine = recs.filter((r) => r.email === email);
    expect(mine, 'the emulator recorded it').to.have.length(1);
    expect(mine[0]!.firstName).to.equal('ليلى');
  });
});

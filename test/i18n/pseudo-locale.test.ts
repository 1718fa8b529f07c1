/**
 * A pseudo-locale (en-XA, built here from English: every word 40 % longer and accented, as German
 * compounds and French phrasing make texts longer) at 320 px wide: nothing in <evt-list>,
 * <evt-detail> or <evt-register> runs past its box or is cut off sideways.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import type { Messages } from '../../src/i18n/en.js';
import { enAll as en } from '../../src/i18n/en-all.js';
import { defineMessages } from '../../src/i18n/index.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'š', A: 'Å', E: 'É', O: 'Ö', S: 'Š' };
/** "Register" → "Rééġíšţéŕ"-like: accents, and each word 40 % longer (rounded up). */
export function pseudo(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => {
    const accented = [...w].map((ch) => ACCENTS[ch] ?? ch).join('');
    const extra = Math.ceil(w.length * 0.4);
    return accented + 'ẍ'.repeat(extra);
  });
}

function pseudoCatalogue(m: Messages): Partial<Messages> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === 'string') out[k] = pseudo(v);
    else if (typeof v === 'function') out[k] = (...args: unknown[]) => pseudo(String((v as (...a: unknown[]) => string)(...args)));
    else if (v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([s, t]) => [s, pseudo(String(t))]));
  }
  return out as Partial<Messages>;
}

/**
 * What runs past the element sideways: any box wider than the host's right edge, or any box
 * whose content is wider than itself while it hides the rest (clipped text).
 */
function overflowing(host: HTMLElement): string[] {
  const limit = host.getBoundingClientRect();
  const found: string[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el instanceof HTMLStyleElement || el.closest('[hidden], .visually-hidden, [part~="loading"]')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      const name = `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (r.right > limit.right + 1 || r.left < limit.left - 1) found.push(`${name} runs past the element (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(limit.left)}–${Math.round(limit.right)})`);
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && !['auto', 'scroll'].includes(style.overflowX)) {
        found.push(`${name} cuts its content (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
  };
  visit(host.shadowRoot!);
  return found;
}

/**
 * A 320 px viewport where the launcher can set one (Chromium, Firefox); WebKit's WebDriver cannot,
 * and there the 320 px box around each element is what is checked.
 */
const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrom/.test(navigator.userAgent);
const viewport = async (width: number, height: number) => (webdriver ? undefined : setViewport({ width, height }));

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
  defineMessages('en-XA', pseudoCatalogue(en('en')));
  await viewport(320, 900);
});
after(async () => {
  await viewport(800, 600);
  await emu?.close();
});

describe('en-XA (texts 40 % longer) at 320 px', () => {
  it('the pseudo-locale is in use and 40 % longer', async () => {
    expect(pseudo('Register').length).to.equal(Math.ceil('Register'.length * 1.4));
    const el = await fixture<HTMLElement>(html`<evt-list lang="en-XA"></evt-list>`);
    await waitUntil(() => /ẍẍ/.test(el.shadowRoot!.textContent ?? ''), 'the pseudo texts are not shown', { timeout: 4000 });
  });

  it('<evt-list> with search, filters, cards and the footer', async () => {
    const el = await fixture<HTMLElement>(html`<div style="width:320px">
      <evt-list lang="en-XA" endpoint=${emu.omBase} token="demo-token" filters="type format" page-size="4"></evt-list>
    </div>`);
    const list = el.querySelector('evt-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="item"]'), 'the list did not load', { timeout: 8000 });
    expect(overflowing(list)).to.deep.equal([]);
  });

  for (const rid of ['Harbour_Data_Summit', 'Long_Name_Conference', 'Waitlist_Workshop']) {
    it(`<evt-detail> ${rid}`, async () => {
      const el = await fixture<HTMLElement>(html`<div style="width:320px">
        <evt-detail lang="en-XA" endpoint=${emu.omBase} token="demo-token" event-id=${rid}></evt-detail>
      </div>`);
      const detail = el.querySelector<EvtDetail>('evt-detail')!;
      await detail.loadComplete;
      await detail.updateComplete;
      expect(overflowing(detail)).to.deep.equal([]);
    });

    it(`<evt-register> ${rid}, its form and its errors`, async () => {
      const el = await fixture<HTMLElement>(html`<div style="width:320px">
        <evt-register lang="en-XA" endpoint=${emu.omBase} token="demo-token" event-id=${rid}></evt-register>
      </div>`);
      const reg = el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('evt-register')!;
      await waitUntil(() => reg.shadowRoot!.querySelector('form, [part~="message"]'), 'the form did not load', { timeout: 8000 });
      expect(overflowing(reg), 'the form').to.deep.equal([]);
      const submit = reg.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]');
      if (submit) {
        submit.click();
        await reg.updateComplete;
        expect(overflowing(reg), 'with its errors').to.deep.equal([]);
      }
    });
  }
});

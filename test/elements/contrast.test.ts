/**
 * WCAG 2.2 1.4.11 (non-text contrast): the borders of inputs, selects and the search field are at
 * least 3:1 against the field's own background and against the box the field sits on (the
 * nearest painted ancestor inside the element), in light and in dark.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-list.js';
import '../../src/evt-register.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { resetStores } from '../helpers/elements.js';

type Rgb = [number, number, number, number];
const probe = document.createElement('canvas').getContext('2d')!;
/** Any CSS colour the engine computes (rgb(), color(srgb …), oklch …) as sRGB bytes, through a canvas. */
function rgba(color: string): Rgb {
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const d = probe.getImageData(0, 0, 1, 1).data;
  return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
}
const lum = ([r, g, b]: Rgb) => {
  const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const ratio = (a: Rgb, b: Rgb) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
/** The background a node sits on: the nearest painted ancestor (through the shadow root to the host), else the page's. */
function backdrop(node: Element): Rgb {
  for (let n: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null); n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c[3] > 0.5) return c;
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3).concat(1) as Rgb;
}
function check(fields: Element[], where: string) {
  expect(fields.length, `no fields in ${where}`).to.be.greaterThan(0);
  for (const f of fields) {
    const s = getComputedStyle(f);
    const border = rgba(s.borderTopColor);
    const own = rgba(s.backgroundColor);
    const box = backdrop(f);
    const label = `${where} ${f.tagName.toLowerCase()}#${f.id}`;
    expect(ratio(border, own[3] > 0.5 ? own : box), `${label}: border against its background`).to.be.at.least(3);
    expect(ratio(border, box), `${label}: border against the box around it`).to.be.at.least(3);
  }
}

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(() => emu?.close());
beforeEach(resetStores);
afterEach(() => {
  document.documentElement.style.colorScheme = '';
  document.body.style.background = '';
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`field borders have 3:1 contrast (${scheme})`, () => {
    beforeEach(() => {
      // The page follows the scheme too, as a site with a dark theme would.
      document.documentElement.style.colorScheme = scheme;
      document.body.style.background = scheme === 'dark' ? '#121214' : '#ffffff';
    });

    it('in <evt-list>: search and filters', async () => {
      const el = await fixture<EvtList>(html`<evt-list lang="en" endpoint=${emu.rtmBase} token="demo-token" filters="type format" style="--evt-color-scheme: ${scheme}"></evt-list>`);
      await el.loadComplete;
      check([...el.shadowRoot!.querySelectorAll('input, select')], '<evt-list>');
    });

    it('in <evt-register>: text fields and selects', async () => {
      const el = await fixture<EvtRegister>(html`<evt-register lang="en" endpoint=${emu.omBase} token="demo-token" event-id="Harbour_Data_Summit" style="--evt-color-scheme: ${scheme}"></evt-register>`);
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not load', { timeout: 8000 });
      check([...el.shadowRoot!.querySelectorAll('input[type=text], input[type=email], select')], '<evt-register>');
    });
  });
}

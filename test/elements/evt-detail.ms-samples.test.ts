/**
 * Microsoft's own sample payloads (../shared/fixtures/ms-sample-portal/, outside the repository)
 * rendered by `<evt-detail>`: the older generation of payloads, with keys missing, no UTC fields,
 * a whitespace-only address and speakers with base64 photos. They are served by an emulator
 * started with them as its data document, in both flavours. Skipped where the folder is absent
 * (a user's clone).
 */
import { expect } from '@open-wc/testing';
import '../../src/evt-detail.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import { messagesFor } from '../../src/internal/messages.js';
import { sharedFixture, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { jsonLdScript, mount, part, ready, resetStores, text } from '../helpers/elements.js';

/** Mocha's `this` in a test (the project has no mocha types). */
type Skippable = { skip(): never };
type Json = Record<string, any>;

const m = messagesFor('en');
const DIR = 'ms-sample-portal/';
const CONTOSO = 'Contoso_Ltd_Conference';

let emu: TestEmulator | null = null;
let published: Json[] = [];
let sessions: Json[] = [];
let speakers: Json[] = [];

before(async function (this: Skippable) {
  const [list, event, s, sp, tracks] = await Promise.all(
    ['events-published.json', `event-${CONTOSO}.json`, `event-${CONTOSO}-sessions.json`, `event-${CONTOSO}-speakers.json`, `event-${CONTOSO}-tracks.json`].map(
      (f) => sharedFixture(DIR + f),
    ),
  );
  if (!list || !event || !s || !sp || !tracks) {
    console.warn('[evt-detail fixtures] ../shared/fixtures/ms-sample-portal/ is absent: skipping the Microsoft sample payloads.');
    this.skip();
  }
  published = list as Json[];
  sessions = s as Json[];
  speakers = sp as Json[];
  // The conference with its collections; the other published events as they are.
  const events = (published as Json[]).map((e) =>
    e.readableEventId === CONTOSO ? { ...(event as Json), sessions, speakers, tracks } : e,
  );
  emu = await startTestEmulator({ data: { events } });
});
after(() => emu?.close());

async function show(base: string, rid: string): Promise<EvtDetail> {
  resetStores();
  const el = await mount<EvtDetail>('evt-detail', { endpoint: base, token: 'demo-token', 'event-id': rid });
  await ready(el);
  return el;
}

for (const flavour of ['om', 'rtm'] as const) {
  describe(`<evt-detail> renders Microsoft's sample payloads (${flavour})`, () => {
    const base = () => (flavour === 'om' ? emu!.omBase : emu!.rtmBase);

    it('the Contoso conference: sessions by day, speakers with base64 photos, no empty sections', async function (this: Skippable & { timeout(ms: number): void }) {
      // 22 sessions and 14 speakers: axe's first audit of a page this size takes seconds on a busy machine.
      this.timeout(60_000);
      const errors = [] as string[];
      const original = console.error;
      console.error = (...a: unknown[]) => void errors.push(a.join(' '));
      let el: EvtDetail;
      try {
        el = await show(base(), CONTOSO);
      } finally {
        console.error = original;
      }
      expect(errors, errors.join('\n')).to.deep.equal([]);
      const root = el.shadowRoot!;
      const part = (p: string) => root.querySelector(`[part~="${p}"]`);
      expect(text(part('title'))).to.equal('Contoso Ltd Conference');
      // No UTC fields in these payloads: the wall clock, labelled from timeZoneName.
      expect(text(part('date'))).to.equal('Thu, Aug 10, 2017, 8:00 AM – Fri, Aug 11, 2017, 5:00 PM GMT-8');
      expect(text(part('location'))).to.equal('Grand Alpha Main Tower');
      // The address is whitespace only and no facility is on: no venue section at all.
      expect(part('venue')).to.equal(null);
      expect(part('description')).to.equal(null);
      expect(text(part('closed'))).to.equal(m.detailEventEnded);

      const days = [...root.querySelectorAll('[part~=day]')].map(text);
      expect(days).to.deep.equal(['Thursday, August 10, 2017', 'Friday, August 11, 2017']);
      expect(root.querySelectorAll('[part~=session]')).to.have.length(sessions.length);
      const designer = [...root.querySelectorAll('[part~=session]')].find((s) => text(s).includes('Select a Designer for Your New Home'))!;
      expect(text(designer)).to.contain('With Audra Harvey');
      expect(text(designer)).to.contain('9:00 – 10:00 AM');

      const photos = [...root.querySelectorAll<HTMLImageElement>('img[part~=speaker-image]')];
      expect(photos).to.have.length(speakers.filter((s) => s.image).length);
      for (const img of photos) expect(img.getAttribute('src')).to.match(/^data:image\/jpeg;base64,\/9j\//);
      // The photos are lazy (off-screen ones never load here): decode the same data in a new image.
      // (the load event, not decode(): a background tab never renders, and decode() waits for it)
      const probe = new Image();
      await new Promise((loaded, failed) => {
        probe.onload = loaded;
        probe.onerror = failed;
        probe.src = photos[0]!.getAttribute('src')!;
      });
      expect(probe.naturalWidth).to.be.greaterThan(0);
      expect(root.querySelectorAll('[part~=speaker]')).to.have.length(speakers.length);
      // No track membership in the payloads: the filter lists the tracks until the visitor's
      // intent asks what they hold; then, none holding a session, it goes (a filter that would
      // filter nothing). Nodes compared as booleans: a failing chai equal on a node hangs the page.
      const filter = part('track-filter');
      expect(!!filter, 'the filter before intent').to.equal(flavour === 'om');
      if (filter) {
        filter.dispatchEvent(new PointerEvent('pointerenter'));
        await el.loadComplete;
        expect(part('track-filter') === null, 'the filter after the answers').to.equal(true);
      }

      // Calendar without UTC instants: floating local time, not a guessed offset.
      expect(await el.calendarFile()).to.match(/DTSTART:20170810T080000\r\n/);
      const ld = JSON.parse((await jsonLdScript(el)).textContent!);
      expect(ld.startDate).to.equal('2017-08-10T08:00:00-08:00');
      expect(ld.location).to.deep.equal({ '@type': 'Place', name: 'Grand Alpha Main Tower' });
      await expect(el).to.be.accessible();
    });

    it('every published event renders', async () => {
      for (const e of published) {
        const el = await show(base(), e.readableEventId);
        expect(text(part(el, 'title')), e.readableEventId).to.equal(e.eventName);
        expect(part(el, 'error'), e.readableEventId).to.equal(null);
        expect(part(el, 'date'), e.readableEventId).to.exist;
        el.remove();
      }
    });
  });
}

/**
 * The three elements agree about every seed event: what the list's card, the detail page and the
 * registration form say a visitor may do (open, waitlist, closed, ended, sold out) is the same,
 * because all three ask src/rules/availability.ts. Sign-in and captcha are how the form registers,
 * not whether: they count as open here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-list.js';
import '../../src/evt-detail.js';
import '../../src/evt-register.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { getStore } from '../../src/api/store.js';
import { messagesFor } from '../../src/internal/messages.js';
import { needsCount } from '../../src/rules/availability.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { resetStores } from '../helpers/elements.js';

type Said = 'open' | 'waitlist' | 'closed' | 'ended' | 'sold-out';
const m = messagesFor('en');
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

function fromCard(card: Element): Said {
  const kind = card.querySelector('[part~="badge"]')?.getAttribute('data-kind');
  return kind === 'past' ? 'ended' : kind === 'closed' || kind === 'sold-out' || kind === 'waitlist' ? kind : 'open';
}

function fromDetail(el: EvtDetail): Said {
  const r = el.shadowRoot!;
  const closed = r.querySelector('[part~="closed"]');
  if (closed) return text(closed) === m.detailEventEnded ? 'ended' : 'closed';
  if (r.querySelector('[part~="sold-out"]')) return 'sold-out';
  const cta = text(r.querySelector('[part~="register"]'));
  if (cta === m.detailJoinWaitlist) return 'waitlist';
  expect(cta).to.equal(m.detailRegister);
  return 'open';
}

function fromForm(el: EvtRegister): Said {
  const r = el.shadowRoot!;
  if (r.querySelector('form')) return r.querySelector('[part~="waitlist"]') && text(r.querySelector('[part~="waitlist"]')) === m.registerWaitlistNotice ? 'waitlist' : 'open';
  const said = text(r.querySelector('[part~="message"]'));
  if (said.includes(m.registerEnded)) return 'ended';
  if (said.includes(m.registerSoldOut)) return 'sold-out';
  if (said.includes(m.registrationClosed)) return 'closed';
  if (said.includes(m.registerSignIn) || said.includes(m.registerCaptchaMissing)) return 'open';
  throw new Error(`the form says something unexpected: ${said}`);
}

const Y = new Date().getUTCFullYear() + 1;
const when = { startDate: `${Y}-03-10T10:00:00`, endDate: `${Y}-03-10T12:00:00`, startDateUTC: `${Y}-03-10T10:00:00Z`, endDateUTC: `${Y}-03-10T12:00:00Z` };
/** Payloads on which the elements once disagreed: older keys missing. */
const OLDER = {
  events: [
    // No setRegistrationEndDate, a stop date that has passed: closed (the card and detail said open).
    { readableEventId: 'Flagless_Closed', eventName: 'Flagless closed', ...when, stopRegistrationDate: '2020-01-01T00:00:00Z' },
    // No isCapacityRestricted, a capacity, every place taken: full (the card and detail said open).
    { readableEventId: 'Flagless_Full', eventName: 'Flagless full', ...when, maxCapacity: 5, showWaitlist: true, emulator: { registrationCount: 5 } },
    { readableEventId: 'Flagless_Open', eventName: 'Flagless open', ...when, maxCapacity: 0 },
  ],
};

const emus: Record<string, TestEmulator> = {};
before(async () => {
  emus.seed = await startTestEmulator();
  emus.older = await startTestEmulator({ data: OLDER });
});
after(() => Promise.all(Object.values(emus).map((e) => e.close())));

for (const [data, flavour] of [['seed', 'rtm'], ['seed', 'om'], ['older', 'rtm'], ['older', 'om']] as const) {
  describe(`list, detail and register agree on every ${data} event (${flavour})`, () => {
    it('for each event', async function (this: { timeout(ms: number): void }) {
      // Three elements for each of sixteen events: WebKit on a busy machine needs more than 15 s.
      this.timeout(90_000);
      resetStores();
      const emu = emus[data]!;
      const base = flavour === 'om' ? emu.omBase : emu.rtmBase;
      const list = await fixture<EvtList>(html`<evt-list lang="en" endpoint=${base} token="demo-token" show-past page-size="100"></evt-list>`);
      await list.loadComplete;
      const cards = () => [...list.shadowRoot!.querySelectorAll('[part~="item"]')];
      await waitUntil(() => cards().length >= (data === 'seed' ? 10 : 3), 'the list did not load');
      // The counts arrive after the first render: wait until the store has every one the cards need.
      const store = getStore({ endpoint: base, token: 'demo-token' });
      const events = await store.publishedEvents();
      const counted = events.filter((e) => needsCount(e, Date.now())).map((e) => e.readableEventId);
      // Counts are asked for when a card's badge line is on screen (evt-list.journey.test.ts): visit
      // each one, again while waiting (cards laid out late, content-visibility, move what is below).
      const visit = (rid: string) => {
        const card = list.shadowRoot!.querySelector(`li[data-rid="${rid}"]`);
        (card?.querySelector('[data-count-spot]') ?? card)?.scrollIntoView({ block: 'center' });
      };
      for (const rid of counted) {
        await waitUntil(() => (visit(rid), store.peek('registrationCount', rid) !== undefined), `the count of ${rid} did not arrive`, { timeout: 8000 });
      }
      await list.updateComplete;
      const disagreements: string[] = [];
      for (const card of cards()) {
        const rid = card.getAttribute('data-rid')!;
        const detail = await fixture<EvtDetail>(
          html`<evt-detail lang="en" endpoint=${base} token="demo-token" event-id=${rid} register-url="/register?event={readableEventId}"></evt-detail>`,
        );
        await detail.loadComplete;
        const form = await fixture<EvtRegister>(html`<evt-register lang="en" endpoint=${base} token="demo-token" event-id=${rid}></evt-register>`);
        await waitUntil(() => form.shadowRoot!.querySelector('form, [part~="message"]'), `the form for ${rid} did not load`, { timeout: 8000 });
        const said = { list: fromCard(card), detail: fromDetail(detail), register: fromForm(form) };
        if (data === 'older') expect(said.list, rid).to.equal({ Flagless_Closed: 'closed', Flagless_Full: 'waitlist', Flagless_Open: 'open' }[rid]);
        if (new Set(Object.values(said)).size !== 1) disagreements.push(`${rid}: ${JSON.stringify(said)}`);
      }
      expect(disagreements).to.deep.equal([]);
    });
  });
}

/**
 * The fault suite of issue 11: `<evt-register>` against the emulator when things go wrong — a
 * failing server, latency with repeated clicks, a rate limit with a long Retry-After, a lost
 * answer (dropNext, and a POST sent twice for one fetch as Chromium does), going offline, a
 * reload during and right after sending. Each test asserts how many registrations the emulator
 * recorded per email (exactly one), what the visitor was told, and what the draft holds.
 * Small counts and tens of milliseconds, so it stays fast and deterministic.
 */
import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { getStore } from '../../src/api/store.js';
import { messagesFor } from '../../src/internal/messages.js';
import type { EvtRegisteredEvent } from '../../src/internal/events.js';
import type { ClientOptions } from '../../src/api/client.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { $, active, byId, click, ready, resetStores, text, type } from '../helpers/elements.js';
import { clearDrafts, confirmationKeys, draftKeys } from '../helpers/register.js';

const TOKEN = 'demo-token';
const RID = 'Minimal_Meetup';
const m = messagesFor('en');

let emu: TestEmulator;
before(async () => {
  // Latency on every API answer: a click lands while the first request is on its way.
  emu = await startTestEmulator({ processingDelay: 20, latency: 30 });
});
after(async () => {
  await emu?.close();
});

const notice = (el: EvtRegister) => text($(el, '[part~="notice"]'));
const heading = (el: EvtRegister) => text($(el, '[part~="success"] [part~="heading"]'));
const isPost = (input: RequestInfo | URL, init?: RequestInit) =>
  init?.method === 'POST' && new URL(String(input instanceof Request ? input.url : input)).pathname.endsWith('/registrations');

/** Registrations the emulator recorded (processed first), per email. */
async function recordedFor(email: string): Promise<number> {
  await emu.dev('process');
  const res = await fetch(`${emu.url}/dev/registrations?readableEventId=${RID}&email=${encodeURIComponent(email)}`);
  return ((await res.json()) as unknown[]).length;
}

/** The stored draft of this event, parsed, or null. */
function storedDraft(): { attendees: { email: string }[] } | null {
  const key = draftKeys(emu.url)[0];
  return key ? JSON.parse(sessionStorage.getItem(key)!) : null;
}

/** A page's store with client options (a stand-in fetch, limits), created before the element. */
const storeWith = (client: Partial<ClientOptions>) => {
  resetStores();
  getStore({ endpoint: emu.omBase, token: TOKEN, client });
};

async function mount(): Promise<EvtRegister> {
  const holder = document.createElement('div');
  holder.innerHTML = `<evt-register endpoint="${emu.omBase}" token="${TOKEN}" lang="en" event-id="${RID}"></evt-register>`;
  const el = await fixture<EvtRegister>(holder.firstElementChild!);
  await ready(el);
  return el;
}

async function fill(el: EvtRegister, email: string, key = 1) {
  await type(el, `a${key}-firstName`, 'Fay');
  await type(el, `a${key}-lastName`, 'Ult');
  await type(el, `a${key}-email`, email);
}

/** Waits for the confirmation; after an unknown outcome (engines that do not re-send), "Try again". */
async function confirmed(el: EvtRegister): Promise<void> {
  await waitUntil(() => $(el, '[part~="success"]') || notice(el).includes(m.registerOutcomeUnknown), 'an answer', { timeout: 10_000 });
  if (!$(el, '[part~="success"]')) {
    await click(el, '[part~="retry"]');
    await waitUntil(() => $(el, '[part~="success"]'), 'the confirmation after "Try again"', { timeout: 10_000 });
  }
}

describe('<evt-register> fault suite', () => {
  beforeEach(async () => {
    await emu.reset();
    resetStores();
    clearDrafts(emu.url);
  });
  afterEach(() => clearDrafts(emu.url));

  it('a failing server (5xx on reads and on the POST): loads, says the outcome is unknown, registers once on "Try again"', async () => {
    for (const i of [1, 2, 3]) {
      resetStores();
      await emu.dev('faults', { failNext: 2, status: 503, paths: `events/${RID}`, method: 'GET' });
      const el = await mount();
      const email = `fail.${i}@example.com`;
      await fill(el, email);
      await emu.dev('faults', { failNext: 1, status: 500, paths: 'registrations', method: 'POST' });
      await click(el, '[part~="submit"]');
      await waitUntil(() => notice(el).includes(m.registerOutcomeUnknown), 'the unknown outcome', { timeout: 5000 });
      expect(storedDraft()?.attendees[0]!.email, 'the draft is kept').to.equal(email);
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="retry"]');
      expect((await registered).detail.alreadyRegistered, 'the 500 came before processing').to.be.false;
      expect(heading(el)).to.equal(m.registerSuccessHeading);
      expect(await recordedFor(email)).to.equal(1);
      expect(storedDraft()).to.equal(null);
      el.remove();
      clearDrafts(emu.url);
    }
  });

  it('latency with repeated clicks: one request, focus stays on the (aria-disabled) button, one registration', async () => {
    // The POST is held until the checks are done: the clicks and the focus check land while it is on its way.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let posts = 0;
    storeWith({
      fetch: async (input, init) => {
        if (isPost(input, init)) {
          posts++;
          await gate;
        }
        return fetch(input, init);
      },
    });
    const el = await mount();
    const email = 'triple.click@example.com';
    await fill(el, email);
    const button = $<HTMLButtonElement>(el, '[part~="submit"]')!;
    button.focus();
    const registered = oneEvent(el, 'evt-registered');
    button.click();
    await el.updateComplete;
    button.click();
    button.click();
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    // Engines move focus off a disabled node at their next rendering step: look after it.
    await aTimeout(50);
    expect(active(el) === button, 'focus never falls to <body> while sending').to.be.true;
    release();
    await registered;
    expect(posts).to.equal(1);
    expect(heading(el)).to.equal(m.registerSuccessHeading);
    expect(await recordedFor(email)).to.equal(1);
    expect(storedDraft()).to.equal(null);
  });

  it('a rate limit with Retry-After: 300 says how long, keeps the draft and offers "Try now"', async () => {
    const el = await mount();
    const email = 'long.wait@example.com';
    await fill(el, email);
    await emu.dev('faults', { failNext: 1, status: 429, retryAfter: 300, paths: 'registrations', method: 'POST' });
    await click(el, '[part~="submit"]');
    await waitUntil(() => notice(el).includes('5 minutes'), 'the length of the wait, in minutes', { timeout: 5000 });
    expect(notice(el)).to.contain(m.registerWaitLong(300));
    expect(active(el) === $(el, '[part~="notice"]'), 'focus on the notice').to.be.true;
    expect(storedDraft()?.attendees[0]!.email).to.equal(email);
    expect(await recordedFor(email)).to.equal(0);
    await expect(el).to.be.accessible();
    const registered = oneEvent(el, 'evt-registered');
    expect(text($(el, '[part~="notice"] [part~="retry"]'))).to.equal(m.registerTryNow);
    await click(el, '[part~="retry"]');
    await registered;
    expect(await recordedFor(email)).to.equal(1);
    expect(storedDraft()).to.equal(null);
  });

  it('a wait longer than the client sleeps through is followed by the retry it announced', async () => {
    // The client gives up at once on a Retry-After over 1 s: the element must keep its word itself.
    storeWith({ maxRetryAfter: 1 });
    const el = await mount();
    const email = 'kept.word@example.com';
    await fill(el, email);
    await emu.dev('faults', { failNext: 1, status: 429, retryAfter: 2, paths: 'registrations', method: 'POST' });
    const registered = oneEvent(el, 'evt-registered');
    await click(el, '[part~="submit"]');
    await waitUntil(() => notice(el).includes(m.registerWaitLong(2)), 'the wait', { timeout: 5000 });
    await registered; // nobody clicked: the announced retry came
    expect(await recordedFor(email)).to.equal(1);
    expect(storedDraft()).to.equal(null);
  });

  it('a rate limit while loading, alone on the page: the announced read follows', async () => {
    storeWith({ rateLimitRetries: 0 });
    // Every read of the event is refused once: the visitor is told "trying again in 1 second".
    await emu.dev('faults', { failNext: 5, status: 429, retryAfter: 1, paths: `events/${RID}`, method: 'GET' });
    const holder = document.createElement('div');
    holder.innerHTML = `<evt-register endpoint="${emu.omBase}" token="${TOKEN}" lang="en" event-id="${RID}"></evt-register>`;
    const el = await fixture<EvtRegister>(holder.firstElementChild!);
    await waitUntil(() => $(el, '[part~="message"]'), 'the message', { timeout: 5000 });
    expect(text($(el, '[part~="message"] p'))).to.equal(m.rateLimited(1));
    await waitUntil(() => $(el, 'form'), 'the form after the announced retry, nobody clicking', { timeout: 5000 });
  });

  it('a rate limit with Retry-After: 300 while loading says minutes and offers "Try again"', async () => {
    storeWith({ rateLimitRetries: 0 });
    await emu.dev('faults', { failNext: 5, status: 429, retryAfter: 300, paths: `events/${RID}`, method: 'GET' });
    const holder = document.createElement('div');
    holder.innerHTML = `<evt-register endpoint="${emu.omBase}" token="${TOKEN}" lang="en" event-id="${RID}"></evt-register>`;
    const el = await fixture<EvtRegister>(holder.firstElementChild!);
    await waitUntil(() => $(el, '[part~="message"]'), 'the message', { timeout: 5000 });
    expect(text($(el, '[part~="message"] p'))).to.equal('The events service is busy. Trying again in 5 minutes…');
    await emu.dev('faults', { clear: true });
    await click(el, '[part~="retry"]');
    await waitUntil(() => $(el, 'form'), 'the form, now', { timeout: 5000 });
  });

  for (const attendees of [1, 2]) {
    it(`a lost answer (dropNext), ${attendees} attendee(s): the registration already received is the success it was`, async () => {
      const el = await mount();
      const emails = ['drop.one@example.com', 'drop.two@example.com'].slice(0, attendees);
      await fill(el, emails[0]!);
      if (attendees > 1) {
        await click(el, '[part~="add-attendee"]');
        await fill(el, emails[1]!, 2);
      }
      await emu.dev('faults', { dropNext: 1, paths: 'registrations', method: 'POST' });
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="submit"]');
      await confirmed(el);
      expect((await registered).detail.alreadyRegistered).to.be.true;
      expect(heading(el)).to.equal(m.registerAlreadyReceivedHeading);
      for (const email of emails) expect(await recordedFor(email), email).to.equal(1);
      expect(storedDraft()).to.equal(null);
    });
  }

  it('one fetch, two requests at the server (the browser re-sent the POST): AlreadyRegistered is the success, in every engine', async () => {
    // What Chromium does after a lost answer, made deterministic: the first answer is thrown away.
    storeWith({
      fetch: async (input, init) => {
        if (isPost(input, init)) await (await fetch(input, init)).text();
        return fetch(input, init);
      },
    });
    const el = await mount();
    const email = 'resent.post@example.com';
    await fill(el, email);
    const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
    await click(el, '[part~="submit"]');
    const done = await registered;
    expect(done.detail).to.include({ alreadyRegistered: true, recovered: false });
    expect(done.detail.result.errorCode).to.equal('AlreadyRegistered');
    expect(heading(el)).to.equal(m.registerAlreadyReceivedHeading);
    expect(await recordedFor(email)).to.equal(1);
    expect(storedDraft()).to.equal(null);
  });

  for (const reached of [false, true]) {
    it(`offline (fetch fails ${reached ? 'after the service processed it' : 'before it left'}): unknown outcome, then one registration`, async () => {
      let offline = true;
      storeWith({
        fetch: async (input, init) => {
          if (offline && isPost(input, init)) {
            if (reached) await (await fetch(input, init)).text();
            throw new TypeError('Failed to fetch');
          }
          return fetch(input, init);
        },
      });
      const el = await mount();
      const email = `offline.${reached}@example.com`;
      await fill(el, email);
      await click(el, '[part~="submit"]');
      await waitUntil(() => notice(el).includes(m.registerOutcomeUnknown), 'the unknown outcome', { timeout: 5000 });
      expect(storedDraft()?.attendees[0]!.email).to.equal(email);
      offline = false;
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="retry"]');
      expect((await registered).detail.recovered).to.equal(reached);
      expect(await recordedFor(email)).to.equal(1);
      expect(storedDraft()).to.equal(null);
    });
  }

  it('a reload during sending: the new page says the outcome is unknown and "Try again" confirms it once', async () => {
    // The first page's POST reaches the service, and the page goes away before any answer.
    storeWith({
      fetch: async (input, init) => {
        if (isPost(input, init)) {
          await (await fetch(input, init)).text();
          return new Promise<Response>(() => {});
        }
        return fetch(input, init);
      },
    });
    const first = await mount();
    const email = 'reload.during@example.com';
    await fill(first, email);
    await click(first, '[part~="add-attendee"]');
    await fill(first, 'reload.during.two@example.com', 2);
    await click(first, '[part~="submit"]');
    await waitUntil(async () => (await recordedFor(email)) === 1, 'the service processed it', { timeout: 5000 });
    first.remove();
    resetStores(); // a new page: a new store
    const el = await mount();
    expect(notice(el)).to.contain(m.registerOutcomeUnknown);
    expect(byId(el, 'a1-email')!.value, 'the draft is back').to.equal(email);
    const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
    await click(el, '[part~="retry"]');
    expect((await registered).detail).to.include({ recovered: true, alreadyRegistered: true });
    expect(await recordedFor(email)).to.equal(1);
    expect(await recordedFor('reload.during.two@example.com')).to.equal(1);
    expect(storedDraft()).to.equal(null);
  });

  it('a reload right after a success shows the confirmation again, until "Register someone else"', async () => {
    const first = await mount();
    const email = 'reload.after@example.com';
    await fill(first, email);
    const registered = oneEvent(first, 'evt-registered');
    await click(first, '[part~="submit"]');
    await registered;
    first.remove();
    resetStores();
    const el = await mount();
    expect(heading(el)).to.equal(m.registerSuccessHeading);
    expect(text($(el, '[part~="registrants"]'))).to.contain(email);
    expect(storedDraft(), 'no draft').to.equal(null);
    expect(confirmationKeys(emu.url)).to.have.length(1);
    await click(el, '[part~="again"]');
    await waitUntil(() => $(el, 'form'), 'the form', { timeout: 5000 });
    expect(confirmationKeys(emu.url)).to.deep.equal([]);
    expect(await recordedFor(email)).to.equal(1);
  });

  it('a body over the service limit (413) says the answers are too long and names the longest one', async () => {
    storeWith({
      fetch: (input, init) =>
        isPost(input, init)
          ? Promise.resolve(new Response('{"Message":"The request body is larger than 1048576 bytes."}', { status: 413 }))
          : fetch(input, init),
    });
    const el = await mount();
    const email = 'too.long@example.com';
    await fill(el, email);
    await click(el, '[part~="submit"]');
    await waitUntil(() => notice(el) !== '', 'the notice', { timeout: 5000 });
    expect(notice(el)).to.equal(m.registerTooLarge(m.registerEmail));
    expect(notice(el)).to.not.equal(m.serverError);
    expect(storedDraft()?.attendees[0]!.email).to.equal(email);
    expect(await recordedFor(email)).to.equal(0);
  });
});

/**
 * `<evt-detail>` against the emulator on a second origin, in both flavours: every section, every
 * registration state, errors, the parallel requests, the same-page list → detail flow with the back
 * button, time zones, the .ics file, the JSON-LD, a hostile page and axe in every state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-detail.js';
import '../../src/evt-list.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import { messagesFor } from '../../src/internal/messages.js';
import { showEventInPage } from '../../src/internal/location.js';
import { startTestEmulator, useEmulator, type TestEmulator } from '../helpers/emulator.js';
import { logFetches, startedBeforeEventAnswer } from '../helpers/fetch-log.js';
import { jsonLdScript, mount as mountElement, part, parts, ready, resetStores, root, text } from '../helpers/elements.js';

const m = messagesFor('en');
type Flavour = 'om' | 'rtm';

// Each test starts from the seed on a clean page: the store is shared per page and caches for
// 10 minutes, so without it a test would see what an earlier test loaded.
const emu = useEmulator();

const base = (f: Flavour, e = emu) => (f === 'om' ? e.omBase : e.rtmBase);

/** Mounts an `<evt-detail>` with these attributes and waits until every section has settled. */
async function mount(attrs: Record<string, string>, { wait = true } = {}): Promise<EvtDetail> {
  const el = await mountElement<EvtDetail>('evt-detail', attrs);
  if (wait) await ready(el);
  return el;
}
const show = (f: Flavour, rid: string, attrs: Record<string, string> = {}) =>
  mount({ endpoint: base(f), token: 'demo-token', 'event-id': rid, ...attrs });

const headings = (el: EvtDetail) => [...root(el).querySelectorAll('[role=heading]')].map((h) => [h.getAttribute('aria-level'), text(h)]);

/** The API's own answer for an event, straight from the emulator. */
async function apiEvent(rid: string, f: Flavour = 'om'): Promise<Record<string, any>> {
  const res = await fetch(`${base(f)}events/${rid}?emApplicationtoken=demo-token`);
  return res.json();
}

/** Replaces console.error for a test; returns what was logged. */
function captureConsole(method: 'error' | 'warn') {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console[method] = original) };
}

for (const flavour of ['om', 'rtm'] as const) {
  describe(`<evt-detail> (${flavour})`, () => {
    it('shows every section of Harbour_Data_Summit', async () => {
      const el = await show(flavour, 'Harbour_Data_Summit', { 'register-url': '/register?event={readableEventId}' });
      expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      expect(part(el, 'image')!.getAttribute('src')).to.match(/^http:\/\/127\.0\.0\.1:\d+\/dev\/images\/events\/Harbour_Data_Summit\/banner\.svg$/);
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
      expect(text(part(el, 'date'))).to.match(/^\w{3}, \w{3} \d+, \d{4}, 9:00 AM – \w{3}, \w{3} \d+, \d{4}, 5:30 PM GMT\+[12]$/);
      expect(text(part(el, 'location'))).to.equal('Hall A, Harbour Conference Centre, Amsterdam');
      // 351 seats, but only 173 passes left (125 + 48 + 0): a paid event is as full as its passes,
      // which is what the registration form below offers too.
      expect(text(part(el, 'capacity'))).to.equal('400 places · 173 places left');
      const register = part(el, 'register') as HTMLAnchorElement;
      expect(register.localName).to.equal('a');
      expect(text(register)).to.equal('Register');
      expect(register.href).to.equal(new URL('/register?event=Harbour_Data_Summit', location.href).href);
      expect(part(el, 'closed')).to.equal(null);

      expect(text(part(el, 'description'))).to.contain('Three days on the waterfront about data that moves');
      expect(text(part(el, 'address'))).to.contain('Oostelijke Handelskade 99');
      expect([...part(el, 'facilities')!.querySelectorAll('li')].map(text)).to.include.members([
        'Step-free access',
        'Accessible toilets',
        'Disabled parking',
        'Wi-Fi (network “HCC-Guest”)',
      ]);

      // Agenda: 6 sessions over 3 days, each with time, type, speakers, and a badge where capacity is restricted.
      expect(parts(el, 'day').map(text)).to.have.length(3);
      const sessions = parts(el, 'session');
      expect(sessions).to.have.length(6);
      const workshop = sessions.find((s) => text(s).includes('Workshop: data contracts in practice'))!;
      expect(text(workshop)).to.contain('1:30 – 4:00 PM');
      expect(text(workshop)).to.contain('Hands-on lab');
      expect(text(workshop)).to.contain('With Mei-Ling Hsu and Pieter de Graaf');
      expect(text(workshop.querySelector('[part~=badge]'))).to.equal('28 places left');
      expect(workshop.querySelector('[part~=calendar]')).to.exist;

      const speakers = parts(el, 'speaker');
      expect(speakers.map((s) => text(s.querySelector('[part~=speaker-name]')))).to.deep.equal(['Ingrid Vos', 'Tomás Okonkwo', 'Mei-Ling Hsu', 'Pieter de Graaf']);
      expect(speakers.map((s) => s.querySelector('[part~=speaker-image]')!.localName)).to.deep.equal(['img', 'img', 'img', 'span']);
      expect(text(speakers[0])).to.contain('Chief Data Officer, Port of Nowhere');
      expect([...speakers[0]!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://ingrid.example/', 'https://www.linkedin.com/in/example-ingrid']);

      const sponsors = parts(el, 'sponsor');
      expect(sponsors.map((s) => text(s.querySelector('.sponsor-name')))).to.deep.equal(['Dockside Cloud', 'Lighthouse Analytics', 'Tidewater Bank']);
      expect(text(sponsors[0])).to.contain('Gold');
      expect(sponsors[0]!.querySelector('img')!.getAttribute('src')).to.match(/sponsorships\/[\w-]+\/logo$/);

      const passes = parts(el, 'pass').map(text);
      expect(passes).to.have.length(3);
      expect(passes[0]).to.contain('Full conference').and.contain('€349.00');
      expect(passes[1]).to.contain('€149.50');
      expect(passes[2]).to.contain('Workshop add-on').and.contain('Sold out');

      // The QR code exists in real-time journeys only.
      if (flavour === 'rtm') {
        const qr = part(el, 'qr')!.querySelector('img')!;
        expect(qr.getAttribute('src')).to.match(/events\/Harbour_Data_Summit\/qrcode$/);
        expect(qr.alt).to.equal(m.detailQrAlt('Harbour Data Summit'));
      } else {
        expect(part(el, 'qr')).to.equal(null);
      }
      // Section headings are one level below the title, day headings two, session names three.
      expect(headings(el).filter(([l]) => l === '3').map(([, t]) => t)).to.deep.equal(['About this event', 'Venue', 'Agenda', 'Speakers', 'Passes', 'Sponsors', ...(flavour === 'rtm' ? ['Event QR code'] : [])]);
      expect(parts(el, 'day').every((d) => d.getAttribute('aria-level') === '4')).to.equal(true);
      expect(parts(el, 'session-title').every((d) => d.getAttribute('aria-level') === '5')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows Open_Source_Day: free, full and overlapping sessions, filter by track (outbound marketing only)', async () => {
      const el = await show(flavour, 'Open_Source_Day', { 'heading-level': '3' });
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(part(el, 'passes')).to.equal(null); // free: no passes section
      expect(text(part(el, 'date'))).to.match(/GMT-[45]$/);
      const sessions = parts(el, 'session');
      expect(sessions).to.have.length(7);
      expect(parts(el, 'day')).to.have.length(2);
      const full = sessions.find((s) => text(s).includes('Hands-on: your first pull request'))!;
      // Full, and the event has a waitlist: contract §8's waitlist badge.
      expect(text(full.querySelector('[part~=badge]'))).to.equal('Waitlist');
      expect(text(full)).to.contain('Lab 2');
      expect(parts(el, 'speaker')).to.have.length(3);
      expect(parts(el, 'sponsor').map(text)[0]).to.contain('Commons Foundation');

      // The track filter lists the tracks; what they hold is asked for when it is used (issue 13).
      const filter = part(el, 'track-filter');
      if (flavour === 'rtm') {
        // No tracks/{id}/sessions in real-time journeys: no filter rather than one that cannot work.
        expect(filter).to.equal(null);
        return;
      }
      const select = filter!.querySelector('select')!;
      expect([...select.options].map((o) => o.text)).to.deep.equal(['All tracks', 'Web platform', 'Data & AI', 'Community']);
      select.value = select.options[2]!.value;
      select.dispatchEvent(new Event('change'));
      await el.loadComplete;
      expect(parts(el, 'session').map((s) => text(s.querySelector('[part~=session-title]')))).to.deep.equal(['Vector search in Postgres', 'Small models, big results']);
      expect(text(filter!.querySelector('[role=status]'))).to.equal('2 sessions shown');
      await expect(el).to.be.accessible();
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(parts(el, 'session')).to.have.length(7);
    });

    it('sanitizes the description: no script, no img onerror, no javascript: link', async () => {
      const alerts: unknown[] = [];
      const original = window.alert;
      window.alert = (v) => void alerts.push(v);
      try {
        const el = await show(flavour, 'Harbour_Data_Summit');
        const d = part(el, 'description')!;
        expect(d.querySelectorAll('script, style, iframe, [onerror], [onclick], [style]')).to.have.length(0);
        expect(d.querySelectorAll('img')).to.have.length(0); // src="x" is not an http(s) URL
        const links = [...d.querySelectorAll('a')];
        expect(links.length).to.be.greaterThan(0);
        for (const a of links) expect(a.href).to.match(/^https?:/);
        expect(alerts).to.deep.equal([]);
      } finally {
        window.alert = original;
      }
    });

    it('registration closed: the websiteMessage, no call to action', async () => {
      const el = await show(flavour, 'Closed_Registration_Forum', { 'register-url': '/register?event={readableEventId}' });
      expect(text(part(el, 'closed'))).to.equal('Registration for this forum has closed. Write to forum@example.com to be told about the next one.');
      expect(part(el, 'register')).to.equal(null);
      expect(text(part(el, 'capacity'))).to.equal('150 places');
      await expect(el).to.be.accessible();
    });

    it('full with a waitlist: "Join the waitlist"', async () => {
      const el = await show(flavour, 'Waitlist_Workshop', { 'register-url': '/register?event={readableEventId}' });
      expect(text(part(el, 'register'))).to.equal('Join the waitlist');
      expect(text(part(el, 'capacity'))).to.equal('12 places · Fully booked');
      if (CSS.supports('selector(:state(full))')) {
        expect(el.matches(':state(full)')).to.equal(true);
        expect(el.matches(':state(loading)')).to.equal(false);
      }
      await expect(el).to.be.accessible();
    });

    it('full without a waitlist: "Sold out" and no button', async () => {
      const el = await show(flavour, 'Sold_Out_Masterclass', { 'register-url': '/register?event={readableEventId}' });
      expect(text(part(el, 'sold-out'))).to.equal('Sold out');
      expect(part(el, 'register')).to.equal(null);
      expect(root(el).querySelector('a.button, button:not([part~=calendar])')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('an online event (Arabic name): "Online", no venue, a VirtualLocation for search engines', async () => {
      const el = await show(flavour, 'Dubai_Digital_Forum');
      expect(text(part(el, 'title'))).to.equal('منتدى دبي الرقمي');
      expect(part(el, 'title')!.querySelector('[dir=auto]')).to.exist;
      expect(text(part(el, 'location'))).to.equal('Online');
      expect(part(el, 'venue')).to.equal(null);
      const ld = JSON.parse((await jsonLdScript(el)).textContent!);
      expect(ld.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
      expect(ld.location['@type']).to.equal('VirtualLocation');
      await expect(el).to.be.accessible();
    });

    it('a past event says it has ended', async () => {
      const el = await show(flavour, 'Spring_Retrospective_Past', { 'register-url': '/register?event={readableEventId}' });
      expect(text(part(el, 'closed'))).to.equal('This event has ended.');
      expect(part(el, 'register')).to.equal(null);
    });

    it('Minimal_Meetup: no empty sections, no empty headings', async () => {
      const el = await show(flavour, 'Minimal_Meetup');
      // Real-time journeys has a QR code for every event: content, not an empty section.
      const qr = flavour === 'rtm' ? [['3', 'Event QR code']] : [];
      expect(headings(el)).to.deep.equal([['2', 'Minimal Meetup'], ...qr]);
      expect(root(el).querySelectorAll('section')).to.have.length(qr.length);
      for (const p of ['image', 'location', 'capacity', 'description', 'venue', 'sessions', 'speakers', 'sponsors', 'passes', 'section-error']) {
        expect(part(el, p), p).to.equal(null);
      }
      expect(part(el, 'date')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('not found says so, without a retry', async () => {
      const el = await show(flavour, 'No_Such_Event');
      expect(text(part(el, 'error'))).to.equal(m.notFound);
      expect(part(el, 'retry')).to.equal(null);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('a wrong token: a neutral message for visitors, the fix in the console', async () => {
      const log = captureConsole('error');
      const errors: string[] = [];
      try {
        const el = document.createElement('evt-detail');
        el.addEventListener('evt-error', (e) => errors.push(e.detail.kind));
        el.setAttribute('lang', 'en');
        el.setAttribute('endpoint', base(flavour));
        el.setAttribute('token', 'wrong-token');
        el.setAttribute('event-id', 'Harbour_Data_Summit');
        await fixture(html`<div>${el}</div>`);
        await el.loadComplete;
        expect(text(part(el, 'error'))).to.equal(m.configError);
        expect(text(part(el, 'error'))).not.to.match(/token|401/i);
        expect(part(el, 'retry')).to.equal(null);
        expect(log.calls.some((c) => /<evt-detail>.*HTTP 401.*application token.*web application record/.test(c)), log.calls.join('\n')).to.equal(true);
        expect(errors).to.include('unauthorized');
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });

    it('a network failure offers a retry that recovers', async () => {
      // Every request for the event loses its connection (the client's own retries included).
      await emu.dev('faults', { dropNext: 1000, paths: 'Harbour_Data_Summit' });
      const el = await show(flavour, 'Harbour_Data_Summit');
      expect(text(part(el, 'error'))).to.equal(m.networkError);
      const retry = part(el, 'retry') as HTMLButtonElement;
      expect(text(retry)).to.equal(m.retry);
      await expect(el).to.be.accessible();

      await emu.dev('faults', { clear: true });
      retry.click();
      await el.loadComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');
      expect(parts(el, 'session')).to.have.length(6);
    });

    it('rate limited: says it will try again, and does', async function (this: { timeout(ms: number): void }) {
      this.timeout(30_000);
      // More 429s than the client's own retries allow: the element has to try again by itself.
      await emu.dev('faults', { failNext: 40, status: 429, retryAfter: 1, paths: 'Minimal_Meetup' });
      const el = await show(flavour, 'Minimal_Meetup');
      expect(text(part(el, 'error'))).to.equal(m.rateLimited(1));
      await waitUntil(() => text(part(el, 'title')) === 'Minimal Meetup', 'loaded after the wait', { timeout: 20_000 });
    });

    it('requests the event and every section in parallel: one round trip, not a waterfall', async () => {
      const log = await logFetches(() => show(flavour, 'Harbour_Data_Summit'));
      const late = startedBeforeEventAnswer(log, 'Harbour_Data_Summit', ['sessions', 'tracks', 'speakers', 'sponsorships', 'passes', 'registrations/count']);
      expect(late, log.join('\n')).to.deep.equal([]);
    });

    it('time-zone="event" shows the Sydney event in its zone with both offsets across the DST change; "local" in the visitor\'s', async () => {
      const api = await apiEvent('Sydney_Spring_Series', flavour);
      const event = await show(flavour, 'Sydney_Spring_Series');
      const eventText = text(part(event, 'date'));
      expect(eventText).to.match(/GMT\+1[01] → GMT\+1[01]$/);
      expect(eventText).to.contain('10:00 AM');
      const offsets = eventText.match(/GMT\+(\d+)/g)!;
      expect(offsets[0]).not.to.equal(offsets[1]);
      // The agenda's days are in the same zone: five mornings at 10:00.
      expect(parts(event, 'session-time').map((s) => text(s).split(' – ')[0])).to.deep.equal(['10:00', '10:00', '10:00', '10:00', '10:00']);

      const local = await show(flavour, 'Sydney_Spring_Series', { 'time-zone': 'local' });
      const localText = text(part(local, 'date'));
      const start = new Date(api.startDateUTC);
      const zone = new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(start).find((p) => p.type === 'timeZoneName')!.value;
      expect(localText.endsWith(zone), `${localText} ends with ${zone}`).to.equal(true);
      expect(localText).not.to.contain('→');
      const localTime = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(start);
      expect(localText).to.contain(localTime);
      expect(part(local, 'date')!.querySelector('time')!.getAttribute('datetime')).to.equal(start.toISOString());
    });

    it('"Add to calendar" offers an .ics with the right UTC times, for the event and for a session', async () => {
      const api = await apiEvent('Harbour_Data_Summit', flavour);
      const el = await show(flavour, 'Harbour_Data_Summit');
      const files: Blob[] = [];
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        files.push(b as Blob);
        return create.call(URL, b);
      };
      const downloads: string[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      };
      try {
        (part(el, 'actions')!.querySelector('[part~=calendar]') as HTMLButtonElement).click();
        (parts(el, 'session')[0]!.querySelector('[part~=calendar]') as HTMLButtonElement).click();
        // The writer is a chunk of its own, loaded on the first click.
        await waitUntil(() => downloads.length === 2, 'both files offered', { timeout: 5000 });
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
      // Two quick clicks wait for the same lazily loaded writer: the files may come in either order.
      expect([...downloads].sort()).to.deep.equal(['Harbour Data Summit.ics', 'Opening keynote the tide of open data.ics']);
      const ics = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
      const texts = await Promise.all(files.map((f) => f.text()));
      const eventIcs = texts[downloads.indexOf('Harbour Data Summit.ics')]!;
      const sessionIcs = texts[downloads.indexOf('Opening keynote the tide of open data.ics')]!;
      expect(eventIcs).to.contain(`DTSTART:${ics(api.startDateUTC)}`);
      expect(eventIcs).to.contain(`DTEND:${ics(api.endDateUTC)}`);
      expect(eventIcs).to.contain('SUMMARY:Harbour Data Summit');
      expect(eventIcs).to.contain('LOCATION:Hall A\\, Harbour Conference Centre');
      const sessionsRes = await fetch(`${base(flavour)}events/Harbour_Data_Summit/sessions?emApplicationtoken=demo-token`);
      const keynote = ((await sessionsRes.json()) as any[]).find((s) => s.name.startsWith('Opening keynote'));
      expect(sessionIcs).to.contain(`DTSTART:${ics(keynote.startTimeUTC)}`);
      expect(sessionIcs).to.contain('SUMMARY:Opening keynote: the tide of open data · Harbour Data Summit');
      // The same file through the public method.
      expect(await el.calendarFile(keynote.id)).to.contain(`DTSTART:${ics(keynote.startTimeUTC)}`);
    });

    it('puts schema.org Event JSON-LD in the light DOM, and takes it away on disconnect', async () => {
      const api = await apiEvent('Harbour_Data_Summit', flavour);
      const el = await show(flavour, 'Harbour_Data_Summit');
      await jsonLdScript(el);
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('Event');
      expect(data.name).to.equal('Harbour Data Summit');
      const offset = (Date.parse(`${api.startDate}Z`) - Date.parse(api.startDateUTC)) / 60_000;
      expect(data.startDate).to.equal(`${api.startDate}+0${offset / 60}:00`);
      expect(Date.parse(data.startDate)).to.equal(Date.parse(api.startDateUTC));
      expect(data.location.address.addressLocality).to.equal('Amsterdam');
      expect(data.offers).to.have.length(3);
      expect(data.performer).to.have.length(4);
      expect(data.description).not.to.contain('<');
      el.remove();
      expect(el.querySelector('script')).to.equal(null);
      document.body.append(el);
      await el.updateComplete;
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      el.remove();
    });

    it('with no event id and no ?event=, says so (and tells the site owner)', async () => {
      const log = captureConsole('error');
      try {
        const el = await mount({ endpoint: base(flavour), token: 'demo-token' });
        expect(text(part(el, 'empty'))).to.equal(m.detailNoEvent);
        expect(log.calls.some((c) => c.includes('event-id'))).to.equal(true);
        expect(el.querySelector('script')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });

    it('is announced as loading (politely) and axe-clean while it loads', async () => {
      const original = window.fetch;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        await gate;
        return original(input, init);
      };
      try {
        resetStores();
        const el = await mount({ endpoint: base(flavour), token: 'demo-token', 'event-id': 'Open_Source_Day' }, { wait: false });
        expect(part(el, 'loading')).to.exist;
        expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
        expect(text(part(el, 'status'))).to.equal(m.loading);
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
        release();
        await el.loadComplete;
        expect(part(el, 'loading')).to.equal(null);
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      } finally {
        window.fetch = original;
        release();
      }
    });

    it('without register-url, the call to action asks an <evt-register> on the page, and hides when none takes it', async () => {
      // No <evt-register> on the page: no dead button.
      const alone = await show(flavour, 'Harbour_Data_Summit');
      expect(part(alone, 'register')).to.equal(null);

      const requests: string[] = [];
      const take = (e: Event) => {
        requests.push((e as CustomEvent).detail.readableEventId);
        e.preventDefault();
      };
      const wrap = await fixture(html`<div>
        <evt-detail lang="en" endpoint=${base(flavour)} token="demo-token" event-id="Harbour_Data_Summit"></evt-detail>
        <evt-register></evt-register>
      </div>`);
      const el = wrap.querySelector('evt-detail')!;
      await el.loadComplete;
      const button = part(el, 'register') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      document.addEventListener('evt-register-request', take);
      try {
        button.click();
      } finally {
        document.removeEventListener('evt-register-request', take);
      }
      expect(requests).to.deep.equal(['Harbour_Data_Summit']);
      expect(part(el, 'register')).to.exist;

      // Nobody takes it: the button goes, the site owner is told.
      const warn = captureConsole('warn');
      try {
        button.click();
        await el.updateComplete;
      } finally {
        warn.restore();
      }
      expect(part(el, 'register')).to.equal(null);
      expect(warn.calls.join()).to.contain('register-url');
    });

    it('a register-url link hands over to an <evt-register> that takes it, and is followed otherwise', async () => {
      const el = await show(flavour, 'Waitlist_Workshop', { 'register-url': '#register-{readableEventId}' });
      const link = part(el, 'register') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.match(/#register-Waitlist_Workshop$/);
      const take = (e: Event) => e.preventDefault();
      document.addEventListener('evt-register-request', take);
      const before = location.hash;
      try {
        link.click();
        expect(location.hash).to.equal(before);
      } finally {
        document.removeEventListener('evt-register-request', take);
      }
      link.click();
      await waitUntil(() => location.hash === '#register-Waitlist_Workshop', 'the link is followed');
      history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
    });
  });
}

describe('<evt-detail> on the same page as <evt-list>', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', start);
  });

  it('follows showEventInPage() and the back button', async () => {
    const el = await mount({ endpoint: emu.omBase, token: 'demo-token' });
    expect(text(part(el, 'empty'))).to.equal(m.detailNoEvent);

    // What received focus inside the element: WebKit's driver runs test files side by side in
    // iframes of one window, and another file may take the window's focus right after ours.
    const focusedClasses: string[] = [];
    root(el).addEventListener('focusin', (e) => focusedClasses.push((e.target as HTMLElement).classList.contains('title-wrap') ? 'title-wrap' : (e.target as HTMLElement).localName));
    showEventInPage('Harbour_Data_Summit');
    await el.loadComplete;
    expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');
    // (=== rather than chai's equal: a failing deep comparison of two DOM nodes can hang the page)
    const focused = root(el).activeElement;
    const onTitle = focused === root(el).querySelector('.title-wrap') || focusedClasses.at(-1) === 'title-wrap';
    expect(onTitle, `focus went to the title, not ${focused?.outerHTML.slice(0, 80)} (${focusedClasses})`).to.equal(true);

    showEventInPage('Open_Source_Day');
    await el.loadComplete;
    expect(text(part(el, 'title'))).to.equal('Open Source Day');
    expect(JSON.parse(el.querySelector('script')!.textContent!).name).to.equal('Open Source Day');

    history.back();
    await waitUntil(() => text(part(el, 'title')) === 'Harbour Data Summit', 'back to the first event');
    // Back once more to the page without ?event=, as a popstate: a second real history.back() left
    // the page in the full run (the runner reuses one tab for every file, its history at Chrome's
    // 50 entries, and Chrome skipped this document's entries), not with this file alone.
    history.replaceState(history.state, '', start);
    window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    await waitUntil(() => part(el, 'empty'), 'back to no event');
    expect(el.querySelector('script')).to.equal(null);
  });

  it('shows the event chosen in the list, with ?event= in the URL and the back button working', async () => {
    const wrap = await fixture(html`<div data-evt-endpoint=${emu.omBase} data-evt-token="demo-token" lang="en">
      <evt-list page-size="50"></evt-list>
      <evt-detail></evt-detail>
    </div>`);
    const list = wrap.querySelector('evt-list')!;
    const el = wrap.querySelector('evt-detail')!;
    await el.loadComplete;
    expect(text(part(el, 'empty'))).to.equal(m.detailChooseEvent);

    const link = (rid: string) => list.shadowRoot!.querySelector<HTMLAnchorElement>(`a[part~=link][data-rid="${rid}"]`);
    await waitUntil(() => link('Harbour_Data_Summit') && link('Open_Source_Day'), 'the list shows its events', { timeout: 5000 });
    link('Harbour_Data_Summit')!.click();
    expect(new URL(location.href).searchParams.get('event')).to.equal('Harbour_Data_Summit');
    await el.loadComplete;
    expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');

    link('Open_Source_Day')!.click();
    await el.loadComplete;
    expect(text(part(el, 'title'))).to.equal('Open Source Day');

    history.back();
    await waitUntil(() => text(part(el, 'title')) === 'Harbour Data Summit', 'back to the first event');
    expect(new URL(location.href).searchParams.get('event')).to.equal('Harbour_Data_Summit');
    await expect(el).to.be.accessible();
  });

  it('event-id wins over the URL', async () => {
    showEventInPage('Open_Source_Day');
    const el = await mount({ endpoint: emu.omBase, token: 'demo-token', 'event-id': 'Minimal_Meetup' });
    expect(text(part(el, 'title'))).to.equal('Minimal Meetup');
    showEventInPage('Harbour_Data_Summit');
    await el.loadComplete;
    expect(text(part(el, 'title'))).to.equal('Minimal Meetup');
  });
});

describe('<evt-detail> with a data document', () => {
  let data: TestEmulator;
  const bad = 'Broken_Agenda_Day';
  const tricky = 'Tricky_Name_Event';
  before(async () => {
    const event = (rid: string, name: string, extra: object = {}) => ({
      readableEventId: rid,
      eventName: name,
      startDate: '2030-03-10T09:00:00',
      endDate: '2030-03-10T17:00:00',
      startDateUTC: '2030-03-10T08:00:00Z',
      endDateUTC: '2030-03-10T16:00:00Z',
      timeZoneName: '(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
      ...extra,
    });
    data = await startTestEmulator({
      data: {
        events: [
          event(bad, 'Broken Agenda Day', {
            description: '<p>The agenda of this event breaks the contract.</p>',
            // The emulator serves nested objects as given: a speaker whose name is a number.
            sessions: [{ id: 'bad-s1', name: 'Talk', startTime: '2030-03-10T10:00:00', endTime: '2030-03-10T11:00:00', speakers: [{ id: 'x', name: 42 }] }],
            speakers: [{ id: 'sp-ok', name: 'Valid Speaker', title: 'Host' }],
            sponsorships: [{ id: 'spons-1', sponsorName: null, sponsorshipTopic: 'Gold' }],
          }),
          event(tricky, 'Tricky </script><script>window.__evtLd = 1</script> <!-- name', {
            description: '<p>Text with </script> inside</p>',
          }),
        ],
      },
    });
  });
  after(() => data.close());
  beforeEach(() => resetStores());

  for (const flavour of ['om', 'rtm'] as const) {
    it(`a record that fails validation is left out and named in the console; the rest shows (${flavour})`, async () => {
      const log = captureConsole('warn');
      try {
        const el = await mount({ endpoint: base(flavour, data), token: 'demo-token', 'event-id': bad });
        expect(text(part(el, 'title'))).to.equal('Broken Agenda Day');
        // The session stays; the nested speaker that cannot be read is left out of it.
        expect(parts(el, 'session').map((s) => text(s.querySelector('[part~="session-title"]')))).to.deep.equal(['Talk']);
        expect(part(el, 'section-error') === null, 'no section is lost').to.equal(true);
        expect(parts(el, 'speaker').map(text)[0]).to.contain('Valid Speaker');
        // A sponsor without a name gets the placeholder.
        expect(text(part(el, 'sponsor'))).to.contain(m.detailSponsorPlaceholder).and.contain('Gold');
        expect(text(part(el, 'description'))).to.contain('breaks the contract');
        expect(log.calls.some((c) => /speaker "x" left out: field name/.test(c)) , log.calls.join('\n')).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });
  }

  it('JSON-LD text cannot end its script element early', async () => {
    const el = await mount({ endpoint: data.omBase, token: 'demo-token', 'event-id': tricky });
    const script = await jsonLdScript(el);
    expect(script.textContent).not.to.contain('</');
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(script.textContent!).name).to.equal('Tricky </script><script>window.__evtLd = 1</script> <!-- name');
    expect((window as { __evtLd?: number }).__evtLd).to.equal(undefined);
    expect(text(part(el, 'title'))).to.equal('Tricky </script><script>window.__evtLd = 1</script> <!-- name');
  });
});

describe('<evt-detail> on a hostile page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = '* { all: revert } button { all: unset } img { width: 100% } html { font-size: 10px }';
    document.head.append(style);
  });
  after(() => style.remove());

  it('keeps its own styles and changes nothing outside itself', async () => {
    const sheets = document.styleSheets.length;
    const outside = document.createElement('button');
    outside.textContent = 'page button';
    document.body.append(outside);
    const before = getComputedStyle(outside).cssText || JSON.stringify([getComputedStyle(outside).display, getComputedStyle(outside).borderRadius]);

    const wrap = await fixture(html`<div style="width: 900px; font-size: 16px">
      <evt-detail lang="en" endpoint=${emu.omBase} token="demo-token" event-id="Harbour_Data_Summit" register-url="/r/{readableEventId}"></evt-detail>
    </div>`);
    const el = wrap.querySelector('evt-detail')!;
    await el.loadComplete;

    const host = parseFloat(getComputedStyle(part(el, 'base')!).fontSize);
    expect(host).to.equal(16); // the page's font size where the widget sits, not the 10px root
    expect(parseFloat(getComputedStyle(part(el, 'title')!).fontSize)).to.be.closeTo(16 * 1.75, 0.5);
    const cal = getComputedStyle(part(el, 'calendar')!);
    // (inline-flex, blockified to flex inside the actions row; `all: unset` would have made it inline)
    expect(cal.display).to.equal('flex');
    expect(cal.cursor).to.equal('pointer');
    expect(parseFloat(cal.minHeight)).to.be.closeTo(16 * 2.75, 0.5);
    expect(getComputedStyle(part(el, 'register')!).display).to.equal('flex');
    expect(getComputedStyle(part(el, 'register')!).borderTopLeftRadius).to.equal(`${16 * 0.5}px`);
    // Speaker photos keep their size: the page's img { width: 100% } does not reach them.
    const photo = root(el).querySelector<HTMLImageElement>('img[part~=speaker-image]')!;
    expect(photo.getBoundingClientRect().width).to.be.closeTo(16 * 4.5, 1);
    // Lists have no bullets, and the agenda's sessions are laid out as a grid.
    expect(getComputedStyle(root(el).querySelector('ul.plain')!).listStyleType).to.equal('none');
    expect(getComputedStyle(part(el, 'session')!).display).to.equal('grid');

    expect(document.styleSheets.length).to.equal(sheets + 0);
    const after = getComputedStyle(outside).cssText || JSON.stringify([getComputedStyle(outside).display, getComputedStyle(outside).borderRadius]);
    expect(after).to.equal(before);
    outside.remove();
    await expect(el).to.be.accessible();
  });
});

// The stand-in marketing form of RTM events (forms.mjs) and its loader (assets/form-loader.js):
// the seeded embeds, the served loader and form, submissions with the portal's extra values as
// registrations, and the whole path in Chromium under a strict CSP with Trusted Types.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';
import { launchChromium, watchPage } from '../dist/helpers.mjs';
import { boot } from './helpers.mjs';

const FORM_EVENTS = ['Journeys_Attribute_Day', 'Journeys_Waitlist_Lab'];
let ctx;
/** @type {Record<string, { formId: string, apiUrl: string, formUrl: string, loader: string }>} */
const embeds = {};
before(async () => {
  ctx = await boot();
  for (const rid of FORM_EVENTS) {
    const html = (await ctx.rtm.json(`events/${rid}`)).registrationForm;
    const attr = (name) => new RegExp(`${name}="([^"]+)"`).exec(html)?.[1];
    embeds[rid] = { formId: attr('data-form-id'), apiUrl: attr('data-form-api-url'), formUrl: attr('data-cached-form-url'), loader: /<script src="([^"]+)"><\/script>/.exec(html)?.[1] };
  }
});
after(() => ctx.emu.close());
beforeEach(() => ctx.dev.reset());

const submit = (rid, payload) => fetch(embeds[rid].apiUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://any.example' }, body: JSON.stringify(payload) });
const contact = (n) => ({ firstname: 'Form', lastname: `Filler${n}`, emailaddress1: `form.filler${n}@example.com` });

describe('the seeded embeds', () => {
  test("both RTM events embed a form like Microsoft's: placeholder with the three data attributes, loader script, absolute URLs", () => {
    for (const rid of FORM_EVENTS) {
      const e = embeds[rid];
      assert.match(e.formId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.equal(e.apiUrl, `${ctx.emu.url}/dev/forms/landingpageforms/forms/${e.formId}`);
      assert.equal(e.formUrl, `${ctx.emu.url}/dev/forms/digitalassets/forms/${e.formId}`);
      assert.equal(e.loader, `${ctx.emu.url}/dev/forms/FormLoader.bundle.js`);
    }
    assert.notEqual(embeds.Journeys_Attribute_Day.formId, embeds.Journeys_Waitlist_Lab.formId);
  });

  test('the same embed through outbound marketing (one org); other events have none', async () => {
    assert.match((await ctx.om.json('events/Journeys_Attribute_Day')).registrationForm, /data-form-id=/);
    assert.equal((await ctx.rtm.json('events/Harbour_Data_Summit')).registrationForm, null);
  });
});

describe('served', () => {
  test('the loader: JavaScript, no eval or inline handlers, the documented event names', async () => {
    const res = await fetch(embeds.Journeys_Attribute_Day.loader);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const js = await res.text();
    assert.doesNotMatch(js, /\beval\(|new Function|setTimeout\(\s*['"]|\.style\b|setAttribute\(\s*['"]on/);
    for (const name of ['d365mkt-beforeformload', 'd365mkt-formrender', 'd365mkt-afterformload', 'd365mkt-formsubmit', 'd365mkt-afterformsubmit']) assert.ok(js.includes(`'${name}'`), name);
    assert.match(js, /createPolicy\('d365mkt-forms'/);
  });

  test("the form: the event's fields by their attribute keys, contact fields, no script, handler or inline style", async () => {
    const res = await fetch(embeds.Journeys_Attribute_Day.formUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    const html = await res.text();
    for (const name of ['firstname', 'lastname', 'emailaddress1', 'jobtitle', 'customUnmappedField1', 'customUnmappedField2']) assert.match(html, new RegExp(`name="${name}"`), name);
    assert.match(html, /name="jobtitle" type="text" required/);
    assert.doesNotMatch(html, /<script|\son\w+=|style=/i);
    assert.equal((await fetch(`${ctx.emu.url}/dev/forms/digitalassets/forms/no-such-form`)).status, 404);
    assert.equal((await fetch(embeds.Journeys_Attribute_Day.formUrl, { method: 'POST' })).status, 405);
  });
});

describe('submissions become registrations, with the portal extra values', () => {
  test('sessions from d365mktEvent_attendeeSessions, responses by field name, autoRegister', async () => {
    const res = await submit('Journeys_Attribute_Day', {
      ...contact(1), jobtitle: 'Planner', customUnmappedField1: 'A friend',
      d365mktEvent_waitlisted: false, d365mktEvent_autoRegister: 'true',
      d365mktEvent_attendeeSessions: JSON.stringify([{ sessionId: 'd5f513c6-989f-f011-bbd3-000d3a5b6385', waitlisted: false }]),
    });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.success, true);
    assert.equal(body.registration.status, 'Success');
    await ctx.dev.process();
    const rec = (await ctx.dev.records('Journeys_Attribute_Day')).find((r) => r.email === 'form.filler1@example.com');
    assert.deepEqual(rec.sessions.map((s) => s.sessionId), ['d5f513c6-989f-f011-bbd3-000d3a5b6385']);
    assert.deepEqual(rec.responses.map((r) => [r.id, r.value]), [['jobtitle', 'Planner'], ['customUnmappedField1', 'A friend']]);
    assert.equal(rec.autoRegister, true);
  });

  test('d365mktEvent_waitlisted on the full event: waitlisted; without it: refused with the reason', async () => {
    const refused = await submit('Journeys_Waitlist_Lab', { ...contact(2), jobtitle: 'Dev' });
    assert.equal(refused.status, 400);
    assert.equal((await refused.json()).errorCode, 'MaximumCapacityReached');
    const ok = await submit('Journeys_Waitlist_Lab', { ...contact(2), jobtitle: 'Dev', d365mktEvent_waitlisted: true });
    assert.equal((await ok.json()).success, true);
    await ctx.dev.process();
    assert.equal((await ctx.dev.records('Journeys_Waitlist_Lab')).find((r) => r.email === 'form.filler2@example.com').waitlisted, true);
  });

  test('bad submissions: a clear 400', async () => {
    const missing = await (await submit('Journeys_Attribute_Day', contact(3))).json();
    assert.equal(missing.errorCode, 'RequiredRegistrationFieldMissing');
    assert.match(missing.message, /Job title/);
    const badSessions = await submit('Journeys_Attribute_Day', { ...contact(3), jobtitle: 'x', d365mktEvent_attendeeSessions: '[{' });
    assert.equal(badSessions.status, 400);
    assert.match((await badSessions.json()).Message, /d365mktEvent_attendeeSessions must be a JSON/);
    assert.equal((await fetch(embeds.Journeys_Attribute_Day.apiUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' })).status, 400);
  });
});

describe('in Chromium, under a strict CSP with Trusted Types', () => {
  let browser;
  let site;
  let siteUrl;
  before(async () => {
    browser = await launchChromium();
    const emu = ctx.emu.url;
    const csp = `default-src 'none'; script-src 'self' ${emu}; connect-src ${emu}; style-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types d365mkt-forms`;
    const { formId } = embeds.Journeys_Waitlist_Lab;
    // The page puts the form in a shadow root through createForm (as an element would), listens on
    // document, sets the portal's extra value on submit, and reports what happened.
    const pageJs = `
      const log = [];
      window.__log = log;
      for (const n of ['d365mkt-afterformload', 'd365mkt-formsubmit', 'd365mkt-afterformsubmit']) {
        document.addEventListener(n, (e) => {
          log.push({ name: n, successful: e.detail.successful, payload: e.detail.payload });
          if (n === 'd365mkt-formsubmit') e.detail.setExtraValue('d365mktEvent_waitlisted', true);
        });
      }
      const host = document.querySelector('#host').attachShadow({ mode: 'open' });
      host.append(d365mktforms.createForm(${JSON.stringify(formId)}, ${JSON.stringify(`${emu}/dev/forms/landingpageforms`)}, ${JSON.stringify(embeds.Journeys_Waitlist_Lab.formUrl)}));
    `;
    site = createServer((req, res) => {
      if (req.url === '/page.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        res.end(pageJs);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
      res.end(`<!doctype html><html lang="en"><head><title>Form</title><script src="${embeds.Journeys_Waitlist_Lab.loader}"></script></head><body><div id="host"></div><script src="/page.js"></script></body></html>`);
    });
    await new Promise((r) => site.listen(0, '127.0.0.1', r));
    siteUrl = `http://127.0.0.1:${site.address().port}/`;
  });
  after(async () => {
    await browser?.close();
    await new Promise((r) => site?.close(r));
  });

  test('renders, submits with the extra value, fires the events, creates the waitlist registration; no CSP violation', async () => {
    const page = await browser.newPage();
    const log = await watchPage(page);
    await page.goto(siteUrl);
    const input = (name) => page.waitForFunction((n) => document.querySelector('#host').shadowRoot.querySelector(`[name="${n}"]`), { timeout: 10_000 }, name);
    for (const [name, value] of [['firstname', 'Bea'], ['lastname', 'Browser'], ['emailaddress1', 'bea.browser@example.com'], ['jobtitle', 'Tester']]) {
      const el = await input(name);
      await el.type(value);
    }
    await page.evaluate(() => document.querySelector('#host').shadowRoot.querySelector('[type=submit]').click());
    await page.waitForFunction(() => window.__log.some((e) => e.name === 'd365mkt-afterformsubmit'), { timeout: 10_000 });
    const events = await page.evaluate(() => window.__log);
    assert.deepEqual(events.map((e) => e.name), ['d365mkt-afterformload', 'd365mkt-formsubmit', 'd365mkt-afterformsubmit']);
    const done = events[2];
    assert.equal(done.successful, true);
    assert.equal(done.payload.d365mktEvent_waitlisted, true);
    assert.equal(done.payload.jobtitle, 'Tester');
    assert.match(await page.evaluate(() => document.querySelector('#host').shadowRoot.textContent), /Thank you for registering/);
    await ctx.dev.process();
    const rec = (await ctx.dev.records('Journeys_Waitlist_Lab')).find((r) => r.email === 'bea.browser@example.com');
    assert.equal(rec?.waitlisted, true);
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });
});

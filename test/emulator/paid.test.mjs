// Paid events: Initiated + registrations/finalize, Redirect, purchases that hold places and expire.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { PURCHASE_TTL_MS } from '../../demo/emulator/constants.mjs';
import { FLAVOURS, boot, person } from './helpers.mjs';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
let clock = Date.now();
let ctx;
before(async () => {
  ctx = await boot({ processingDelay: 60_000, now: () => new Date(clock) });
});
after(() => ctx.emu.close());
beforeEach(() => {
  clock = Date.now();
  ctx.emu.reset();
});

for (const flavour of FLAVOURS) {
  describe(`${flavour}: paid events`, () => {
    const api = () => ctx.api(flavour);
    let fullPass;
    let responses;
    before(async () => {
      fullPass = (await api().json('events/Harbour_Data_Summit/passes')).find((p) => p.passName === 'Full conference');
      const fields = await api().json('events/Harbour_Data_Summit/custom-registration-fields');
      responses = [{ id: fields.find((f) => f.isRequired).customRegistrationFieldId, value: 'Acme' }];
    });
    const harbour = (extra = {}) => person({ passId: fullPass.passId, responses, ...extra });
    const finalize = (rid, purchaseId) => api().post(`events/${rid}/registrations/finalize`, { purchaseId, hipObject: { Solution: '', Token: '', Type: '', FlowId: '' } });
    const apiRecords = async (rid) => (await ctx.dev.records(rid)).filter((r) => r.source === 'api');

    test('Initiated with a purchaseId; finalize completes it and the registration is created', async () => {
      const p = harbour();
      const res = await api().register('Harbour_Data_Summit', [p]);
      assert.equal(res.status, 'Initiated');
      assert.match(res.purchaseId, GUID);
      assert.deepEqual([res.errorCode, res.errorMessage, res.redirectUrl], [null, null, null]);
      await ctx.dev.process();
      assert.deepEqual(await apiRecords('Harbour_Data_Summit'), [], 'nothing before finalize');
      const fin = await finalize('Harbour_Data_Summit', res.purchaseId);
      assert.equal(fin.status, 200);
      assert.deepEqual(fin.json, { status: 'Success', errorMessage: null, errorCode: null, redirectUrl: null, purchaseId: null });
      await ctx.dev.process();
      const recs = await apiRecords('Harbour_Data_Summit');
      assert.deepEqual(recs.map((r) => [r.email, r.passId, r.purchaseId]), [[p.email, fullPass.passId, res.purchaseId]]);
      const after = (await api().json('events/Harbour_Data_Summit/passes')).find((x) => x.passId === fullPass.passId);
      assert.equal(after.numberOfPassesSold, fullPass.numberOfPassesSold + 1);
    });

    test('finalizing twice answers Success again and creates one registration', async () => {
      const res = await api().register('Harbour_Data_Summit', [harbour()]);
      assert.equal((await finalize('Harbour_Data_Summit', res.purchaseId)).json.status, 'Success');
      assert.equal((await finalize('Harbour_Data_Summit', res.purchaseId)).json.status, 'Success');
      await ctx.dev.process();
      assert.equal((await apiRecords('Harbour_Data_Summit')).length, 1);
    });

    test('finalize with an unknown purchaseId, or another event\'s: Failure FinalizationNotAllowed', async () => {
      const unknown = await finalize('Harbour_Data_Summit', '00000000-0000-4000-8000-000000000000');
      assert.equal(unknown.json.status, 'Failure');
      assert.equal(unknown.json.errorCode, 'FinalizationNotAllowed');
      const res = await api().register('Harbour_Data_Summit', [harbour()]);
      assert.equal((await finalize('Tokyo_Design_Week', res.purchaseId)).json.errorCode, 'FinalizationNotAllowed');
      await ctx.dev.process();
      assert.deepEqual(await apiRecords('Tokyo_Design_Week'), []);
    });

    test('finalize with a malformed body is 400', async () => {
      assert.equal((await api().post('events/Harbour_Data_Summit/registrations/finalize', { nope: 1 })).status, 400);
      assert.equal((await api().request('POST', 'events/Harbour_Data_Summit/registrations/finalize', { rawBody: 'purchaseId=1' })).status, 400);
    });

    test('an open purchase holds the attendee: the same email again is AlreadyRegistered', async () => {
      const p = harbour();
      assert.equal((await api().register('Harbour_Data_Summit', [p])).status, 'Initiated');
      assert.equal((await api().register('Harbour_Data_Summit', [harbour({ email: p.email })])).errorCode, 'AlreadyRegistered');
    });

    test('an open purchase holds passes: more than are left is InsufficentNumberOfPasses', async () => {
      const day = (await api().json('events/Harbour_Data_Summit/passes')).find((x) => x.passName === 'Day pass');
      const batch = (n) => Array.from({ length: n }, () => harbour({ passId: day.passId }));
      const left = day.numberOfPassesLeft;
      const first = await api().register('Harbour_Data_Summit', batch(Math.min(left, 50)));
      assert.equal(first.status, 'Initiated');
      const rest = left - Math.min(left, 50);
      if (rest > 0) assert.equal((await api().register('Harbour_Data_Summit', batch(rest))).status, 'Initiated');
      assert.equal((await api().register('Harbour_Data_Summit', batch(1))).errorCode, 'InsufficentNumberOfPasses');
    });

    test('a purchase not finalized in time: FinalizationAfterTimeLimit, and it frees its place', async () => {
      const p = harbour();
      const res = await api().register('Harbour_Data_Summit', [p]);
      clock += PURCHASE_TTL_MS + 1000;
      const fin = await finalize('Harbour_Data_Summit', res.purchaseId);
      assert.equal(fin.json.status, 'Failure');
      assert.equal(fin.json.errorCode, 'FinalizationAfterTimeLimit');
      assert.equal((await api().register('Harbour_Data_Summit', [harbour({ email: p.email })])).status, 'Initiated');
    });

    test('waitlisted attendees alone on a paid event need no purchase', async () => {
      const res = await api().register('Harbour_Data_Summit', [person({ waitlisted: true, responses })]);
      assert.equal(res.status, 'Success');
      assert.equal(res.purchaseId, null);
    });

    test('Redirect: an https redirectUrl carrying the purchaseId, which finalize completes', async () => {
      const pass = (await api().json('events/Gala_Dinner_Redirect/passes'))[0];
      const res = await api().register('Gala_Dinner_Redirect', [person({ passId: pass.passId })]);
      assert.equal(res.status, 'Redirect');
      assert.match(res.purchaseId, GUID);
      const url = new URL(res.redirectUrl);
      assert.equal(url.protocol, 'https:');
      assert.equal(url.searchParams.get('purchase'), res.purchaseId);
      assert.equal((await finalize('Gala_Dinner_Redirect', res.purchaseId)).json.status, 'Success');
      await ctx.dev.process();
      assert.equal((await apiRecords('Gala_Dinner_Redirect')).length, 1);
    });

    test('yen: whole-number prices, Initiated like other paid events', async () => {
      const passes = await api().json('events/Tokyo_Design_Week/passes');
      assert.ok(passes.every((p) => p.currencySymbol === '¥' && Number.isInteger(p.price)));
      assert.equal((await api().register('Tokyo_Design_Week', [person({ passId: passes[0].passId })])).status, 'Initiated');
    });
  });
}

// Immediate acknowledgement, background creation after processingDelay, and what changes then;
// pending registrations hold places; both flavours share one org; the dev routes.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { FLAVOURS, boot, person, sleep } from './helpers.mjs';

// A delay no test waits for: records appear only through POST /dev/process, so the "not yet"
// checks cannot race the timer on a loaded machine. The timer itself is tested separately.
const DELAY = 60_000;
let ctx;
before(async () => {
  ctx = await boot({ processingDelay: DELAY });
});
after(() => ctx.emu.close());
beforeEach(() => ctx.emu.reset());

for (const flavour of FLAVOURS) {
  describe(`${flavour}: background processing`, () => {
    const api = () => ctx.api(flavour);

    test('Success at once; the record, counts and session counts change only after the delay', async () => {
      const sessions = await api().json('events/Open_Source_Day/sessions');
      const burnout = sessions.find((s) => s.name.startsWith('Maintainer'));
      const before = await api().json('events/Open_Source_Day/registrations/count');
      const fields = await api().json('events/Open_Source_Day/custom-registration-fields');
      const responses = fields.filter((f) => f.isRequired).map((f) => ({ id: f.customRegistrationFieldId, value: f.type === 100000001 ? 'Yes' : 'L' }));
      const res = await api().register('Open_Source_Day', [person({ responses, attendeeSessions: [{ sessionId: burnout.id }] })]);
      assert.equal(res.status, 'Success');
      assert.equal(await api().json('events/Open_Source_Day/registrations/count'), before);
      assert.equal(await api().json(`sessions/${burnout.id}/registrations/count`), burnout.registrationCount);
      assert.equal((await ctx.dev.records('Open_Source_Day')).filter((r) => r.source === 'api').length, 0);
      await ctx.dev.process();
      assert.equal(await api().json('events/Open_Source_Day/registrations/count'), before + 1);
      assert.equal(await api().json(`sessions/${burnout.id}/registrations/count`), burnout.registrationCount + 1);
      const after = (await api().json('events/Open_Source_Day/sessions')).find((s) => s.id === burnout.id);
      assert.equal(after.registrationCount, burnout.registrationCount + 1);
      const records = (await ctx.dev.records('Open_Source_Day')).filter((r) => r.source === 'api');
      assert.equal(records.length, 1);
      assert.deepEqual(records[0].sessions.map((s) => s.sessionId), [burnout.id]);
    });

    test('pending registrations hold places: no overbooking before processing', async () => {
      assert.equal((await api().register('Last_Seats_Seminar', [person()])).status, 'Success');
      const second = await api().register('Last_Seats_Seminar', [person()]);
      assert.equal(second.errorCode, 'MaximumCapacityReached');
      assert.equal((await api().register('Last_Seats_Seminar', [person({ waitlisted: true })])).status, 'Success');
      await ctx.dev.process();
      assert.equal(await api().json('events/Last_Seats_Seminar/registrations/count'), 5);
      const recs = await ctx.dev.records('Last_Seats_Seminar');
      assert.equal(recs.filter((r) => r.waitlisted).length, 1);
    });

    test('one more attendee than places left fails; the exact number passes (multi-attendee)', async () => {
      assert.equal((await api().register('Last_Seats_Seminar', [person(), person()])).errorCode, 'MaximumCapacityReached');
      assert.equal((await api().register('Last_Seats_Seminar', [person(), person({ waitlisted: true })])).status, 'Success');
    });

    test('POST /dev/process creates pending records at once', async () => {
      await api().register('Minimal_Meetup', [person(), person()]);
      const { json } = await ctx.dev.process();
      assert.deepEqual(json, { processed: 2 });
      assert.equal(await api().json('events/Minimal_Meetup/registrations/count'), 2);
    });
  });
}

test('the background step runs on its own after processingDelay', async () => {
  const quick = await boot({ processingDelay: 30 });
  try {
    for (const api of [quick.om, quick.rtm]) {
      const before = await api.json('events/Minimal_Meetup/registrations/count');
      assert.equal((await api.register('Minimal_Meetup', [person()])).status, 'Success');
      let count = before;
      for (let i = 0; i < 100 && count === before; i++) {
        await sleep(20);
        count = await api.json('events/Minimal_Meetup/registrations/count');
      }
      assert.equal(count, before + 1);
    }
  } finally {
    await quick.emu.close();
  }
});

describe('one org behind both flavours', () => {
  test('a registration through RTM shows in OM counts, and blocks the same email in OM', async () => {
    const p = person();
    await ctx.rtm.register('Last_Seats_Seminar', [p]);
    await ctx.dev.process();
    assert.equal(await ctx.om.json('events/Last_Seats_Seminar/registrations/count'), 5);
    assert.equal((await ctx.om.register('Last_Seats_Seminar', [p])).errorCode, 'AlreadyRegistered');
  });

  test('passes sold change after processing (finalized purchase), in both flavours', async () => {
    const pass = (await ctx.om.json('events/Gala_Dinner_Redirect/passes'))[0];
    const res = await ctx.rtm.register('Gala_Dinner_Redirect', [person({ passId: pass.passId })]);
    assert.equal(res.status, 'Redirect');
    assert.equal((await ctx.om.post('events/Gala_Dinner_Redirect/registrations/finalize', { purchaseId: res.purchaseId })).json.status, 'Success');
    assert.equal((await ctx.om.json('events/Gala_Dinner_Redirect/passes'))[0].numberOfPassesSold, pass.numberOfPassesSold, 'not yet processed');
    await ctx.dev.process();
    for (const api of [ctx.om, ctx.rtm]) {
      const after = (await api.json('events/Gala_Dinner_Redirect/passes'))[0];
      assert.equal(after.numberOfPassesSold, pass.numberOfPassesSold + 1);
      assert.equal(after.numberOfPassesLeft, pass.numberOfPassesLeft - 1);
    }
  });
});

describe('dev routes', () => {
  test('GET /dev/registrations lists records of an event, and by email', async () => {
    const p = person();
    await ctx.om.register('Minimal_Meetup', [p]);
    await ctx.dev.process();
    const list = await ctx.dev.get('registrations', { readableEventId: 'Minimal_Meetup' });
    assert.equal(list.length, 1);
    assert.deepEqual(
      { email: list[0].email, readableEventId: list[0].readableEventId, waitlisted: list[0].waitlisted, status: list[0].status, source: list[0].source },
      { email: p.email, readableEventId: 'Minimal_Meetup', waitlisted: false, status: 'active', source: 'api' },
    );
    assert.equal((await ctx.dev.get('registrations', { email: p.email.toUpperCase() })).length, 1);
    const res = await fetch(`${ctx.emu.url}/dev/registrations?readableEventId=Nope`);
    assert.equal(res.status, 404);
  });

  test('GET /dev/pending shows the queue and open purchases', async () => {
    await ctx.om.register('Minimal_Meetup', [person()]);
    const pending = await ctx.dev.get('pending');
    assert.equal(pending.queue.length, 1);
    assert.equal(pending.queue[0].readableEventId, 'Minimal_Meetup');
  });

  test('POST /dev/reset restores the seed and clears registrations and pending work', async () => {
    await ctx.om.register('Last_Seats_Seminar', [person()]);
    await ctx.dev.process();
    await ctx.om.register('Minimal_Meetup', [person()]);
    const { status, json } = await ctx.dev.reset();
    assert.equal(status, 200);
    assert.deepEqual(json, { reset: true });
    assert.equal(await ctx.om.json('events/Last_Seats_Seminar/registrations/count'), 4);
    assert.deepEqual((await ctx.dev.process()).json, { processed: 0 }, 'the pending registration died with the reset');
    assert.equal(await ctx.om.json('events/Minimal_Meetup/registrations/count'), 0);
  });

  test('dev routes are not under the API bases, and unknown ones are 404 with the list', async () => {
    assert.equal((await ctx.om.post('dev/reset', {})).status, 404);
    const res = await fetch(`${ctx.emu.url}/dev/nothing`);
    assert.equal(res.status, 404);
    assert.match((await res.json()).Message, /\/dev\/reset/);
    assert.equal((await fetch(`${ctx.emu.url}/dev/reset`)).status, 405);
  });
});

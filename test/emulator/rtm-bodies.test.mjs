// The registration bodies Microsoft documents for real-time journeys (using-rtm-event-api.md,
// contract §4), posted verbatim, byte for byte as the doc prints them, to the seed's events built
// for them (seed-rtm.mjs). Their `responses[].id` are attribute keys, never our GUIDs.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { boot } from './helpers.mjs';

const EVENT_BODY = `{ 
    "attendees": [ 
        { 
            "lastName": "Sample Contact Last Name", 
            "firstName": "Sample Contact First Name", 
            "email": "email@contoso.com", 
            "responses": [ 
                { 
                    "id": "jobtitle", 
                    "value": "Sample Contact Job Title" 
                }, 
                { 
                    "id": "customUnmappedField1", 
                    "value": "Sample Custom Unmapped Field 1" 
                }, 
                { 
                    "id": "customUnmappedField2", 
                    "value": "Sample Custom Unmapped Field 2" 
                } 
            ] 
        } 
    ] 
}`;

const SESSION_BODY = `{ 
    "attendees": [ 
        { 
            "lastName": "Sample Contact Last Name", 
            "firstName": "Sample Contact First Name", 
            "email": "email@contoso.com", 
            "responses": [ 
                { 
                    "id": "jobtitle", 
                    "value": "Sample Contact Job Title" 
                } 
            ], 
            "attendeeSessions": [ 
                { 
                    "sessionId": "d5f513c6-989f-f011-bbd3-000d3a5b6385" 
                }, 
                { 
                    "sessionId": "f5d4e4b9-989f-f011-bbd3-000d3a5b6385" 
                } 
            ] 
        } 
    ] 
} `;

const WAITLIST_BODY = `{
    "attendees": [ 
        { 
            "lastName": "Sample Contact Last Name", 
            "firstName": "Sample Contact First Name", 
            "email": "email@contoso.com", 
            "waitlisted": true, 
            "responses": [ 
                { 
                    "id": "jobtitle", 
                    "value": "Sample Contact Job Title" 
                }, 
                { 
                    "id": "customUnmappedField1", 
                    "value": "Sample Custom Unmapped Field 1" 
                }, 
                { 
                    "id": "customUnmappedField2", 
                    "value": "Sample Custom Unmapped Field 2" 
                } 
            ] 
        } 
    ]
}`;

let ctx;
before(async () => {
  ctx = await boot();
});
after(() => ctx.emu.close());
beforeEach(() => ctx.dev.reset());

const post = (rid, rawBody) => ctx.rtm.request('POST', `events/${rid}/registrations`, { rawBody });

describe('seed 004: the documented RTM registration bodies, verbatim', () => {
  test('the events ask for the fields by attribute key, jobtitle required', async () => {
    for (const rid of ['Journeys_Attribute_Day', 'Journeys_Waitlist_Lab']) {
      const fields = await ctx.rtm.json(`events/${rid}/custom-registration-fields`);
      assert.deepEqual(fields.map((f) => [f.customRegistrationFieldId, f.isRequired]), [['jobtitle', true], ['customUnmappedField1', false], ['customUnmappedField2', false]]);
    }
  });

  test('1. event registration: Success, the record keeps the three responses', async () => {
    const res = await post('Journeys_Attribute_Day', EVENT_BODY);
    assert.equal(res.status, 200);
    assert.deepEqual(res.json, { status: 'Success', errorMessage: null, errorCode: null, redirectUrl: null, purchaseId: null });
    await ctx.dev.process();
    const rec = (await ctx.dev.records('Journeys_Attribute_Day')).find((r) => r.email === 'email@contoso.com');
    assert.deepEqual(rec.responses.map((r) => [r.id, r.value]), [['jobtitle', 'Sample Contact Job Title'], ['customUnmappedField1', 'Sample Custom Unmapped Field 1'], ['customUnmappedField2', 'Sample Custom Unmapped Field 2']]);
  });

  test('2. session registration: Success, registered for both documented sessions', async () => {
    const res = await post('Journeys_Attribute_Day', SESSION_BODY);
    assert.equal(res.json.status, 'Success', res.json.errorMessage);
    await ctx.dev.process();
    const rec = (await ctx.dev.records('Journeys_Attribute_Day')).find((r) => r.email === 'email@contoso.com');
    assert.deepEqual(rec.sessions.map((s) => [s.sessionId, s.waitlisted]), [['d5f513c6-989f-f011-bbd3-000d3a5b6385', false], ['f5d4e4b9-989f-f011-bbd3-000d3a5b6385', false]]);
    assert.equal(await ctx.rtm.json('sessions/d5f513c6-989f-f011-bbd3-000d3a5b6385/registrations/count'), 1);
  });

  test('3. waitlist registration on the full event: Success, on the waitlist', async () => {
    const count = await ctx.rtm.json('events/Journeys_Waitlist_Lab/registrations/count');
    const res = await post('Journeys_Waitlist_Lab', WAITLIST_BODY);
    assert.equal(res.json.status, 'Success', res.json.errorMessage);
    await ctx.dev.process();
    const rec = (await ctx.dev.records('Journeys_Waitlist_Lab')).find((r) => r.email === 'email@contoso.com');
    assert.equal(rec.waitlisted, true);
    assert.equal(await ctx.rtm.json('events/Journeys_Waitlist_Lab/registrations/count'), count, 'a waitlisted attendee takes no place');
  });

  test('the rules are real: a second body meets AlreadyRegistered, the full event refuses body 1, no jobtitle is refused', async () => {
    assert.equal((await post('Journeys_Attribute_Day', EVENT_BODY)).json.status, 'Success');
    assert.equal((await post('Journeys_Attribute_Day', SESSION_BODY)).json.errorCode, 'AlreadyRegistered');
    assert.equal((await post('Journeys_Waitlist_Lab', EVENT_BODY)).json.errorCode, 'MaximumCapacityReached');
    const noJob = JSON.parse(EVENT_BODY);
    noJob.attendees[0].email = 'other@contoso.com';
    noJob.attendees[0].responses.shift();
    assert.equal((await post('Journeys_Attribute_Day', JSON.stringify(noJob))).json.errorCode, 'RequiredRegistrationFieldMissing');
  });
});

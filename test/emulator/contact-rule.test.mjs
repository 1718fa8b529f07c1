// The emulator judges names and emails by src/rules/contact.js, as the form does: every row of
// test/helpers/contact-table.mjs through POST events/{rid}/registrations in both flavours, and a
// refusal names the attendee and the field. (The same table runs through the form in
// test/elements/evt-register.contact-rule.test.ts, which also checks that both sides agree.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EMAILS, NAMES } from '../helpers/contact-table.mjs';
import { FLAVOURS, boot, person } from './helpers.mjs';

let ctx;
before(async () => {
  ctx = await boot({ processingDelay: 5 });
});
after(() => ctx.emu.close());

test('the table is large enough and its emails distinct', () => {
  assert.ok(NAMES.length >= 50 && EMAILS.length >= 70, `${NAMES.length} names, ${EMAILS.length} emails`);
  const lower = EMAILS.map(([v]) => v.trim().toLowerCase());
  assert.equal(new Set(lower).size, lower.length);
});

for (const flavour of FLAVOURS) {
  describe(`${flavour}: names and emails by the shared rule`, () => {
    const reg = (attendee, second) => ctx.api(flavour).register('Minimal_Meetup', second ? [person(), attendee] : [attendee]);

    test('names', async () => {
      await ctx.emu.reset();
      for (const [name, accepted, why] of NAMES) {
        for (const field of ['firstName', 'lastName']) {
          const res = await reg(person({ [field]: name }));
          const label = `${field} ${JSON.stringify(name)} (${why})`;
          if (accepted) assert.equal(res.status, 'Success', `${label}: ${res.errorMessage}`);
          else {
            assert.equal(res.status, 'Failure', label);
            assert.equal(res.errorCode, 'RegistrationFailed', label);
            assert.match(res.errorMessage, new RegExp(`^Attendee 1: ${field} `), label);
          }
        }
      }
    });

    test('a free-text answer of at most 2,000 characters (the limit of the form too)', async () => {
      await ctx.emu.reset();
      const fields = await ctx.api(flavour).json('events/Open_Source_Day/custom-registration-fields');
      const text = fields.find((f) => f.type === 100000000);
      const required = fields.filter((f) => f.isRequired && f !== text);
      const answer = (value) => [
        { id: text.customRegistrationFieldId, value, values: null },
        ...required.map((f) => ({ id: f.customRegistrationFieldId, value: f.type === 100000001 ? 'Yes' : f.choices.split('\n')[0], values: null })),
      ];
      const send = (value) => ctx.api(flavour).register('Open_Source_Day', [person({ responses: answer(value) })]);
      const long = await send('x'.repeat(2001));
      assert.equal(long.status, 'Failure');
      assert.match(long.errorMessage, new RegExp(`^Attendee 1: the answer to "${text.text}" .* longer than 2000 characters`));
      const ok = await send('x'.repeat(2000));
      assert.equal(ok.status, 'Success', ok.errorMessage);
    });

    test('emails (the second attendee: the refusal names that one)', async () => {
      await ctx.emu.reset();
      for (const [email, accepted, why] of EMAILS) {
        const res = await reg(person({ email }), true);
        const label = `email ${JSON.stringify(email)} (${why})`;
        if (accepted) assert.equal(res.status, 'Success', `${label}: ${res.errorMessage}`);
        else {
          assert.equal(res.status, 'Failure', label);
          assert.match(res.errorMessage, /^Attendee 2: email /, label);
        }
      }
    });
  });
}

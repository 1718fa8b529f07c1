// Microsoft's own sample payloads (../shared/fixtures/ms-sample-portal, outside the repo) load as a
// --data document and are served exactly as given: older payloads omit keys, and so does the
// emulator. Skipped where that folder does not exist (a user's clone).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateData } from '../../demo/emulator/index.mjs';
import { FLAVOURS, boot } from './helpers.mjs';

const DIR = fileURLToPath(new URL('../../../shared/fixtures/ms-sample-portal/', import.meta.url));
const present = existsSync(DIR);
const read = (name) => JSON.parse(readFileSync(`${DIR}${name}`, 'utf8'));

describe('Microsoft sample payloads as --data', { skip: present ? false : 'no ../shared/fixtures folder' }, () => {
  let ctx;
  let published;
  let conference;
  let sessions;
  let speakers;
  let tracks;
  before(async () => {
    published = read('events-published.json');
    conference = read('event-Contoso_Ltd_Conference.json');
    sessions = read('event-Contoso_Ltd_Conference-sessions.json');
    speakers = read('event-Contoso_Ltd_Conference-speakers.json');
    tracks = read('event-Contoso_Ltd_Conference-tracks.json');
    const events = published.filter((e) => e.readableEventId !== conference.readableEventId);
    events.push({ ...conference, sessions, speakers, tracks });
    const data = { events };
    validateData(data);
    ctx = await boot({ data });
  });
  after(() => ctx?.emu.close());

  for (const flavour of FLAVOURS) {
    test(`${flavour}: every payload comes back exactly as Microsoft wrote it`, async () => {
      const api = ctx.api(flavour);
      assert.deepEqual(await api.json(`events/${conference.readableEventId}`), conference);
      assert.deepEqual(await api.json(`events/${conference.readableEventId}/sessions`), sessions);
      assert.deepEqual(await api.json(`events/${conference.readableEventId}/speakers`), speakers);
      assert.deepEqual(await api.json(`events/${conference.readableEventId}/tracks`), tracks);
      const list = await api.json('events/published');
      // The conference is served from its own file (Microsoft's two files differ in enableCaptcha).
      for (const ev of published.filter((e) => e.readableEventId !== conference.readableEventId)) {
        assert.deepEqual(list.find((e) => e.readableEventId === ev.readableEventId), ev);
      }
      assert.equal(list.length, published.length);
    });
  }
});

/**
 * Microsoft's own sample payloads (../shared/fixtures/ms-sample-portal/, outside the repository)
 * must all go through the store: fetched, validated and served. Skipped where that folder is absent
 * (a user's clone). The files are listed by the folder's README table ("file | endpoint it
 * answers"), which also says which read each one answers.
 */
import { expect } from '@open-wc/testing';
import { EventsStore } from '../../src/api/store.js';
import { fakeFetch, loadImage, OM_BASE } from './fakes.js';

/** Mocha's `this` in a test (the project has no mocha types). */
type Skippable = { skip(): never };

const DIR = '/__shared/fixtures/ms-sample-portal/';

async function listing(): Promise<[file: string, endpoint: string][] | null> {
  const res = await fetch(`${DIR}README.md`);
  if (!res.ok) return null;
  const rows = [...(await res.text()).matchAll(/^\|\s*([\w.-]+\.json)\s*\|\s*`GET ([^`]+)`/gm)];
  return rows.map((m) => [m[1]!, m[2]!]);
}

/** The store read that answers an endpoint of the listing. */
function read(store: EventsStore, endpoint: string): Promise<unknown> {
  const m = /^events\/([^/]+)(?:\/(.+))?$/.exec(endpoint);
  if (endpoint === 'events/published') return store.publishedEvents();
  if (!m) throw new Error(`no store read for ${endpoint}: extend this test`);
  const [, rid, sub] = m as unknown as [string, string, string | undefined];
  const reads: Record<string, (rid: string) => Promise<unknown>> = {
    '': (r) => store.event(r),
    sessions: (r) => store.sessions(r),
    tracks: (r) => store.tracks(r),
    speakers: (r) => store.speakers(r),
    sponsorships: (r) => store.sponsorships(r),
    passes: (r) => store.passes(r),
    'custom-registration-fields': (r) => store.customFields(r),
    'registrations/count': (r) => store.registrationCount(r),
    captcha: (r) => store.captcha(r),
  };
  const fn = reads[sub ?? ''];
  if (!fn) throw new Error(`no store read for ${endpoint}: extend this test`);
  return fn(decodeURIComponent(rid));
}

describe("Microsoft's sample payloads (ms-sample-portal)", () => {
  let files: [string, string][] | null = null;

  before(async () => {
    files = await listing();
  });

  it('every listed payload parses through the store', async function (this: Skippable) {
    if (!files) {
      console.info('skipped: ../shared/fixtures/ms-sample-portal/ is not here (only the project workspace has it)');
      this.skip();
    }
    expect(files!.length, 'the README lists the payloads').to.be.greaterThan(4);
    // The fake service answers each endpoint with its file, served by the test server.
    const byPath = new Map(files!.map(([file, endpoint]) => [endpoint, file]));
    const { fetch: fakeFetchFn, calls } = fakeFetch(async (call) => {
      const path = decodeURIComponent(call.url.pathname.slice(new URL(OM_BASE).pathname.length));
      const file = byPath.get(path);
      return file ? fetch(DIR + file) : new Response('{"Message":"no fixture"}', { status: 404 });
    });
    const store = new EventsStore({ endpoint: OM_BASE, token: 't', client: { fetch: fakeFetchFn } });
    for (const [file, endpoint] of files!) {
      const value = await read(store, endpoint).catch((err: Error) => {
        throw new Error(`${file} (GET ${endpoint}) does not parse: ${err.message}`);
      });
      expect(value, file).to.not.equal(null);
    }
    expect(calls.length).to.equal(files!.length);
  });

  it('the speakers of the sample (base64 JPEG in `image`) get photos that display', async function (this: Skippable) {
    if (!files) this.skip();
    const speakersFile = files!.find(([, e]) => /\/speakers$/.test(e));
    if (!speakersFile) this.skip();
    const speakers = (await (await fetch(DIR + speakersFile![0])).json()) as { image?: string }[];
    const store = new EventsStore({ endpoint: OM_BASE, token: 't' });
    const withImage = speakers.filter((s) => s.image);
    expect(withImage.length).to.be.greaterThan(0);
    for (const s of withImage) {
      const url = store.speakerImageUrl(s);
      expect(url).to.match(/^data:image\/jpeg;base64,/);
      const img = await loadImage(url!);
      expect(img.naturalWidth).to.be.greaterThan(0);
    }
  });
});

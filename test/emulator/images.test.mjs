// Generated images: avatars, logos, banners and a real QR code; text inside them is escaped.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import qrcode from 'qrcode-generator';
import { DEFAULT_ORIGINS } from '../../demo/emulator/index.mjs';
import { escapeXml, initials } from '../../demo/emulator/images.mjs';
import { FLAVOURS, boot } from './helpers.mjs';

const HOSTILE = 'Evil <script>alert(1)</script> & "Co" \'x\'';
const data = {
  events: [
    {
      readableEventId: 'Hostile',
      eventName: HOSTILE,
      publicEventUrl: 'https://events.example.com/über-event?x=1&y=2',
      speakers: [
        { id: 'sp1', name: HOSTILE, imageUrl: 'speakers/sp1/image' },
        { id: 'sp2', name: 'No Photo', imageUrl: null },
        { id: 'sp3', name: 'Elsewhere', imageUrl: 'https://cdn.example.com/photo.jpg' },
      ],
      sponsorships: [{ id: 'so1', sponsorName: HOSTILE }, { id: 'so2', sponsorName: null }],
    },
    { readableEventId: 'No_Public_Url', eventName: 'Plain', publicEventUrl: null },
  ],
};

let ctx;
let seeded;
before(async () => {
  ctx = await boot({ data });
  seeded = await boot();
});
after(async () => {
  await ctx.emu.close();
  await seeded.emu.close();
});

/** Dark modules of a QR SVG made by qrcode-generator (cellSize 8, margin 32). */
function svgModules(svg) {
  const cells = new Set();
  for (const m of svg.matchAll(/M(\d+),(\d+)l/g)) cells.add(`${(Number(m[2]) - 32) / 8},${(Number(m[1]) - 32) / 8}`);
  return cells;
}
function expectedModules(text) {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const cells = new Set();
  for (let r = 0; r < qr.getModuleCount(); r++) for (let c = 0; c < qr.getModuleCount(); c++) if (qr.isDark(r, c)) cells.add(`${r},${c}`);
  return cells;
}

/** Well-formedness that an XML parser would check first: no raw markup from the data. */
function assertNoRawText(svg) {
  assert.ok(!svg.includes('<script>'), 'no raw <script>');
  assert.ok(!/&(?!(amp|lt|gt|quot|apos);)/.test(svg), 'every & is an entity');
}

for (const flavour of FLAVOURS) {
  describe(`${flavour}: images`, () => {
    const api = () => ctx.api(flavour);

    test('a speaker image is an SVG avatar with escaped initials and name', async () => {
      const res = await api().get('speakers/sp1/image', { origin: null });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
      assert.ok(res.text.startsWith('<svg'));
      assert.ok(res.text.includes(`<title>${escapeXml(HOSTILE)}</title>`));
      assertNoRawText(res.text);
      const seededSpeaker = (await seeded.api(flavour).json('events/Harbour_Data_Summit/speakers'))[0];
      const avatar = await seeded.api(flavour).get(`speakers/${seededSpeaker.id}/image`, { origin: null });
      assert.ok(avatar.text.includes(`>${initials(seededSpeaker.name)}</text>`));
    });

    test('a speaker without an image has imageUrl null and its image route is 404', async () => {
      const speakers = await api().json('events/Hostile/speakers');
      assert.equal(speakers.find((s) => s.id === 'sp2').imageUrl, null);
      assert.equal((await api().get('speakers/sp2/image', { origin: null })).status, 404);
      assert.equal((await api().get('speakers/unknown/image', { origin: null })).status, 404);
    });

    test('an absolute imageUrl from a data file is served as given', async () => {
      const speakers = await api().json('events/Hostile/speakers');
      assert.equal(speakers.find((s) => s.id === 'sp3').imageUrl, 'https://cdn.example.com/photo.jpg');
    });

    test('a sponsor logo is an SVG with the escaped sponsor name; a blank name says "Sponsor"', async () => {
      const res = await api().get('sponsorships/so1/logo', { origin: null });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type'), /^image\/svg\+xml/);
      assert.ok(res.text.includes(escapeXml(HOSTILE)));
      assertNoRawText(res.text);
      assert.ok((await api().get('sponsorships/so2/logo', { origin: null })).text.includes('>Sponsor</text>'));
      assert.equal((await api().get('sponsorships/nope/logo', { origin: null })).status, 404);
    });
  });
}

describe('QR code (real-time journeys)', () => {
  test('encodes the event\'s publicEventUrl, scannable: the same modules as a reference encoder', async () => {
    const res = await ctx.rtm.get('events/Hostile/qrcode', { origin: null });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
    const url = new URL(data.events[0].publicEventUrl).href; // non-ASCII percent-encoded
    assert.deepEqual(svgModules(res.text), expectedModules(url));
    assert.ok(res.text.includes(escapeXml(url)));
  });

  test('without publicEventUrl it encodes the demo page URL made from the readableEventId', async () => {
    const res = await ctx.rtm.get('events/No_Public_Url/qrcode', { origin: null });
    assert.deepEqual(svgModules(res.text), expectedModules(`${DEFAULT_ORIGINS[0]}/?event=No_Public_Url`));
    assert.notDeepEqual(svgModules(res.text), expectedModules(`${DEFAULT_ORIGINS[0]}/?event=Other`));
  });

  test('unknown event is 404; OM has no QR route', async () => {
    assert.equal((await ctx.rtm.get('events/Nope/qrcode', { origin: null })).status, 404);
    assert.equal((await ctx.om.get('events/Hostile/qrcode')).status, 404);
  });
});

describe('event banners (/dev/images)', () => {
  test('the seed\'s event image is a generated SVG banner with the escaped event name', async () => {
    const ev = await seeded.om.json('events/Tokyo_Design_Week');
    const res = await fetch(ev.image);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^image\/svg\+xml/);
    const svg = await res.text();
    assert.ok(svg.includes(escapeXml(ev.eventName)));
    const hostile = await (await fetch(`${ctx.emu.url}/dev/images/events/Hostile/banner.svg`)).text();
    assertNoRawText(hostile);
    assert.equal((await fetch(`${ctx.emu.url}/dev/images/events/Nope/banner.svg`)).status, 404);
  });

  test('escapeXml escapes the five XML characters', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

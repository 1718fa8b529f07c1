// What a `--data` document may hold because the real API can return it, but which looks dangerous
// or odd: served as given (real data holds what organisers typed, and neutralising it is the
// widgets' job, which our tests must be able to exercise), and reported as warnings, one line
// each with its JSON path, on stderr (cli.mjs) or in `startEmulator().warnings`.
// Runs after validateData's shape checks, so every value here has its documented kind.

import { FIELD_TYPES } from './constants.mjs';
import { isWallClock } from './time.mjs';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v) => {
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** A URL with a scheme a link or an image must never use. */
const DANGEROUS_URL = /^\s*(javascript|vbscript|data|file):/i;
/** Markup that runs script where rich text is rendered carelessly. */
const DANGEROUS_HTML = /<\s*(script|iframe|object|embed)\b|\son\w+\s*=|javascript:/i;

const URL_FIELDS = {
  event: ['image', 'publicEventUrl'],
  speaker: ['imageUrl', 'website', 'blog', 'linkedin', 'twitter'],
  building: ['website'],
};
const HTML_FIELDS = {
  event: ['description', 'websiteMessage'],
  session: ['sessionSummary', 'detailedDescription', 'sessionObjectives', 'sessionPreRequisites'],
  speaker: ['about', 'accomplishments', 'publications'],
  sponsorship: ['description'],
};
const UTC_FIELDS = { event: ['startDateUTC', 'endDateUTC'], session: ['startTimeUTC', 'endTimeUTC'] };

/**
 * @param {Record<string, any>} root a document validateData accepted
 * @returns {string[]} "path: what looks wrong; what the emulator does"
 */
export function dataWarnings(root) {
  /** @type {string[]} */
  const out = [];
  const scan = (obj, path, kind) => {
    if (!isObject(obj)) return;
    for (const k of URL_FIELDS[kind] ?? []) {
      if (typeof obj[k] === 'string' && DANGEROUS_URL.test(obj[k])) out.push(`${path}.${k}: ${show(obj[k])} is a ${obj[k].trim().split(':')[0].toLowerCase()}: URL; served as given (the widgets must not link or load it)`);
    }
    for (const k of HTML_FIELDS[kind] ?? []) {
      if (typeof obj[k] === 'string' && DANGEROUS_HTML.test(obj[k])) out.push(`${path}.${k}: holds markup that runs script (${show(obj[k].match(DANGEROUS_HTML)[0])}); served as given (the widgets must sanitize it)`);
    }
    for (const k of UTC_FIELDS[kind] ?? []) {
      if (typeof obj[k] === 'string' && isWallClock(obj[k])) out.push(`${path}.${k}: ${show(obj[k])} has no "Z" or offset; read as UTC`);
    }
    if (isObject(obj.building)) scan(obj.building, `${path}.building`, 'building');
  };
  (Array.isArray(root.events) ? root.events : []).forEach((ev, i) => {
    const p = `events[${i}]`;
    scan(ev, p, 'event');
    const list = (key) => (Array.isArray(ev[key]) ? ev[key] : []);
    list('sessions').forEach((s, j) => scan(s, `${p}.sessions[${j}]`, 'session'));
    list('sponsorships').forEach((s, j) => scan(s, `${p}.sponsorships[${j}]`, 'sponsorship'));
    list('speakers').forEach((s, j) => {
      scan(s, `${p}.speakers[${j}]`, 'speaker');
      const own = `speakers/${s.id}/image`;
      if (typeof s.imageUrl === 'string' && s.imageUrl !== own && !/^https?:\/\//i.test(s.imageUrl) && !DANGEROUS_URL.test(s.imageUrl)) {
        out.push(`${p}.speakers[${j}].imageUrl: ${show(s.imageUrl)} is neither "${own}" (an image the emulator generates) nor an http(s) URL; served as given`);
      }
    });
    list('customRegistrationFields').forEach((f, j) => {
      const choice = f.type === FIELD_TYPES.MultipleChoice || f.type === FIELD_TYPES.SingleChoice;
      if (choice && (typeof f.choices !== 'string' || f.choices.trim() === '')) {
        out.push(`${p}.customRegistrationFields[${j}].choices: ${show(f.choices ?? null)} on a choice field; served as given, and any answer is accepted as text`);
      }
    });
  });
  return out;
}

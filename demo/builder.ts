// The snippet builder: a site owner's endpoint, token and options → a live preview of the elements,
// the snippet to paste, the script tag, and the Content Security Policy lines (src/csp.ts,
// the same function the CMS example's server uses, so what is shown is what is tested).
import { getStore, parseEndpoint, type EvtErrorEvent, type EvtSelectEvent } from '../src/index.js';
import '../src/define.js';
import { evtDirectives } from '../src/csp.js';
import { parseFormEmbed } from '../src/elements/evt-register/event-form.js';
import { LANGUAGE_NAMES } from '../src/i18n/names.js';

declare const __EVT_VERSION__: string;

const EMULATOR = { endpoint: 'http://127.0.0.1:4100/EvtMgmt/api/v2.0/', token: 'demo-token' };
const CDN = 'https://cdn.jsdelivr.net';
const TAGS = ['list', 'detail', 'register'] as const;
type Which = (typeof TAGS)[number];

interface Options {
  endpoint: string;
  token: string;
  elements: Which[];
  pageSize: string;
  detailUrl: string;
  filters: string;
  showPast: boolean;
  noSearch: boolean;
  eventId: string;
  registerUrl: string;
  lang: string;
  timeZone: string;
  headingLevel: number;
  host: 'cdn' | 'self';
  selfUrl: string;
  fallbackUrl: string;
  base64Images: boolean;
  useEventForm: boolean;
  formLoaderOrigin: string;
  formApiOrigin: string;
  formCachedOrigin: string;
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('#options');
const field = <T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(name: string) => form.elements.namedItem(name) as T;

// The Language menu: every built-in language, by its own name (lang= on the option for screen readers).
field<HTMLSelectElement>('lang').append(
  ...Object.entries(LANGUAGE_NAMES).map(([tag, name]) => Object.assign(new Option(name, tag), { lang: tag })),
);

function read(): Options {
  const checked = (name: string) => field(name).checked;
  const value = (name: string) => field(name).value.trim();
  return {
    endpoint: value('endpoint'),
    token: value('token'),
    elements: TAGS.filter((t) => checked(t)),
    pageSize: value('pageSize'),
    detailUrl: value('detailUrl'),
    filters: [checked('filterType') && 'type', checked('filterFormat') && 'format'].filter(Boolean).join(' '),
    showPast: checked('showPast'),
    noSearch: checked('noSearch'),
    eventId: value('eventId'),
    registerUrl: value('registerUrl'),
    lang: value('lang'),
    timeZone: value('timeZone'),
    headingLevel: Number(value('headingLevel')) || 2,
    host: (form.elements.namedItem('host') as RadioNodeList).value === 'self' ? 'self' : 'cdn',
    selfUrl: value('selfUrl'),
    fallbackUrl: value('fallbackUrl'),
    base64Images: checked('base64Images'),
    useEventForm: checked('useEventForm'),
    formLoaderOrigin: value('formLoaderOrigin'),
    formApiOrigin: value('formApiOrigin'),
    formCachedOrigin: value('formCachedOrigin'),
  };
}

type Attr = [name: string, value: string | true];

/** The attributes of each element, only those that differ from the element's defaults. */
function attributesOf(which: Which, o: Options): Attr[] {
  const a: Attr[] = [];
  if (o.lang) a.push(['lang', o.lang]);
  if (o.timeZone === 'local') a.push(['time-zone', 'local']);
  const level = which === 'register' && o.elements.includes('detail') ? Math.min(6, o.headingLevel + 1) : o.headingLevel;
  if (level !== 2) a.push(['heading-level', String(level)]);
  if (which === 'list') {
    if (o.pageSize && o.pageSize !== '12') a.push(['page-size', o.pageSize]);
    if (o.detailUrl) a.push(['detail-url', o.detailUrl]);
    if (o.filters) a.push(['filters', o.filters]);
    if (o.showPast) a.push(['show-past', true]);
    if (o.noSearch) a.push(['no-search', true]);
  }
  if (which !== 'list' && o.eventId) a.push(['event-id', o.eventId]);
  if (which === 'detail' && o.registerUrl) a.push(['register-url', o.registerUrl]);
  if (which === 'register' && o.useEventForm) a.push(['use-event-form', true]);
  return a;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attrsHtml = (attrs: Attr[]) => attrs.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');

/** The file to load: all elements, or the per-element file when the snippet has just one. */
const scriptFile = (o: Options) => (o.elements.length === 1 ? `evt-${o.elements[0]}.js` : 'evt-widgets.js');

function scriptUrl(o: Options): string {
  return o.host === 'cdn' ? `${CDN}/npm/evt-widgets@${__EVT_VERSION__}/dist/${scriptFile(o)}` : o.selfUrl || `/assets/${scriptFile(o)}`;
}

/** 'self' for a URL on the site itself, else the script host's origin. */
function scriptOrigin(o: Options): string {
  if (o.host === 'cdn') return CDN;
  try {
    const url = new URL(o.selfUrl, 'https://same-site.invalid/');
    return url.origin === 'https://same-site.invalid' ? "'self'" : url.origin;
  } catch {
    return "'self'";
  }
}

function snippetOf(o: Options): string {
  const lines = [`<div data-evt-endpoint="${escapeAttr(o.endpoint)}" data-evt-token="${escapeAttr(o.token)}">`];
  for (const which of o.elements) lines.push(`  <evt-${which}${attrsHtml(attributesOf(which, o))}></evt-${which}>`);
  if (o.fallbackUrl) lines.push(`  <noscript><p><a href="${escapeAttr(o.fallbackUrl)}">See our events</a>.</p></noscript>`);
  lines.push('</div>');
  return lines.join('\n');
}

/** A host typed as a URL (`https://host/path`) as its origin; an empty field stays empty. */
const originOf = (v: string) => {
  if (!v) return '';
  try {
    return new URL(v).origin;
  } catch {
    return v;
  }
};

function cspOf(o: Options, apiOrigin: string): string {
  const lines = (directives: [string, ...string[]][]) =>
    `Content-Security-Policy:\n${directives.map(([name, ...sources]) => `  ${name} ${sources.join(' ')}`).join(';\n')}`;
  const base = { apiOrigin, scriptOrigin: scriptOrigin(o), base64Images: o.base64Images };
  if (!o.useEventForm || !o.elements.includes('register')) return lines(evtDirectives(base));
  const loaderOrigin = originOf(o.formLoaderOrigin);
  const formApiOrigin = originOf(o.formApiOrigin);
  if (!loaderOrigin || !formApiOrigin) {
    return `${lines(evtDirectives(base))}\n<!-- use-event-form: enter the FormLoader host and the form API host (or read them from the event) for the lines its form needs. -->`;
  }
  try {
    const cachedFormOrigin = originOf(o.formCachedOrigin) || undefined;
    return lines(evtDirectives({ ...base, eventForm: { loaderOrigin, apiOrigin: formApiOrigin, cachedFormOrigin } }));
  } catch (err) {
    return `${lines(evtDirectives(base))}\n<!-- use-event-form: ${err instanceof Error ? err.message : String(err)} -->`;
  }
}

/**
 * The hosts of the event's form embed, read through the page's store (the event the snippet
 * shows, `event-id`), into the three fields; what stands in the way, said in the status.
 */
async function readFormOrigins(): Promise<void> {
  const status = $('#form-origins-status');
  const o = read();
  if (!o.eventId) {
    status.textContent = 'Enter the event (event-id) above first.';
    return;
  }
  status.textContent = 'Reading the event…';
  try {
    const event = await getStore({ endpoint: o.endpoint, token: o.token }).event(o.eventId);
    const embed = parseFormEmbed(event.registrationForm);
    if (!embed) status.textContent = `${o.eventId} has no marketing form (registrationForm): use-event-form shows the widget's own form for it.`;
    else if ('problem' in embed) status.textContent = `The marketing form of ${o.eventId} cannot be used: ${embed.problem}.`;
    else {
      field('formLoaderOrigin').value = new URL(embed.loaderUrl).origin;
      field('formApiOrigin').value = new URL(embed.apiUrl).origin;
      field('formCachedOrigin').value = new URL(embed.cachedFormUrl).origin;
      status.textContent = `Read from ${o.eventId}.`;
      update();
    }
  } catch (err) {
    status.textContent = `The event could not be read: ${err instanceof Error ? err.message : String(err)}`;
  }
}

// ── the page ─────────────────────────────────────────────────────────────────────────────────────

const preview = $('#preview');
const previewStatus = $('#preview-status');
const endpointStatus = $('#endpoint-status');
let last = '';

function update() {
  const o = read();
  for (const fs of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) {
    fs.disabled = !o.elements.includes(fs.dataset.for as Which) && !(fs.dataset.for === 'detail' && o.elements.includes('register'));
  }
  let apiOrigin = '';
  let problem = '';
  try {
    const ep = parseEndpoint(o.endpoint);
    apiOrigin = new URL(ep.base).origin;
    endpointStatus.textContent = ep.flavour === 'om' ? 'Outbound marketing (v2.0).' : `Real-time journeys (v1.0), organisation ${ep.orgId}.`;
    endpointStatus.classList.remove('error');
  } catch (err) {
    problem = err instanceof Error ? err.message : String(err);
    endpointStatus.textContent = problem;
    endpointStatus.classList.add('error');
  }
  if (!problem && !o.token) problem = 'The token is missing.';
  if (!problem && !o.elements.length) problem = 'Choose at least one element.';

  $('#snippet').textContent = problem ? `<!-- ${problem} -->` : snippetOf(o);
  $('#script').textContent = `<script type="module" src="${escapeAttr(scriptUrl(o))}"></script>`;
  $('#csp').textContent = problem ? `<!-- ${problem} -->` : cspOf(o, apiOrigin);

  const key = JSON.stringify(o);
  if (key === last) return;
  last = key;
  if (problem) {
    preview.replaceChildren();
    previewStatus.textContent = problem;
    return;
  }
  previewStatus.textContent = '';
  // The preview is the snippet itself, parsed: what the site owner copies is what they see.
  const template = document.createElement('template');
  template.innerHTML = snippetOf({ ...o, fallbackUrl: '' });
  preview.replaceChildren(template.content);
}

// In the preview, choosing an event shows it here rather than leaving the builder.
preview.addEventListener('evt-select', (e) => {
  const ev = e as EvtSelectEvent;
  ev.preventDefault();
  for (const el of preview.querySelectorAll('evt-detail, evt-register')) el.setAttribute('event-id', ev.detail.readableEventId);
  previewStatus.textContent = ev.detail.url
    ? `On your site this opens ${ev.detail.url}; here the event is shown below.`
    : `On your site this shows ${ev.detail.readableEventId} on the same page.`;
});
preview.addEventListener('evt-error', (e) => {
  const { kind, message } = (e as EvtErrorEvent).detail;
  previewStatus.textContent = `${kind}: ${message}`;
});

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 300);
});
form.addEventListener('change', update);

$('#read-form-origins').addEventListener('click', () => void readFormOrigins());

$('#use-emulator').addEventListener('click', () => {
  field('endpoint').value = EMULATOR.endpoint;
  field('token').value = EMULATOR.token;
  update();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = $(`#${button.dataset.copy}`).textContent ?? '';
    const status = $('#copied');
    try {
      // A permission prompt nobody answers (or a page without focus) can leave the promise pending:
      // after a moment, fall back to selecting the text.
      await Promise.race([
        navigator.clipboard.writeText(text),
        new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 1500)),
      ]);
      status.textContent = 'Copied.';
    } catch {
      // No clipboard access (an insecure origin, a denied permission, no answer): select it for Ctrl+C.
      getSelection()?.selectAllChildren($(`#${button.dataset.copy}`));
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
}

$('#origin').textContent = location.origin;
// A link can carry the endpoint and token (builder.html?endpoint=…&token=…); else the emulator's.
const params = new URLSearchParams(location.search);
field('endpoint').value = params.get('endpoint') ?? EMULATOR.endpoint;
field('token').value = params.get('token') ?? EMULATOR.token;
update();

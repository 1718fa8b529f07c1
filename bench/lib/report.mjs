// bench/results.md: the summary table (what the README's "Performance" section shows), then each
// measurement with its method next to its figures. Nothing here judges a number.

import { bytes, count, factor, ms, spread, withSpread } from './stats.mjs';

const TAGS = ['evt-list', 'evt-detail', 'evt-register'];
const notMeasured = (m) => `not measured: ${m?.reason ?? 'not run'}`;
const ok = (m) => m && m.status === 'measured';
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Element names as code: a bare `<evt-list>` is an unknown HTML tag to a Markdown renderer, which hides it. */
const codeTags = (md) => md.replace(/<(evt-[a-z]+)((?:\s[^<>]*)?)>/g, (m) => `\`${m}\``);

/**
 * Summary rows: [area, figure, median, spread, runs].
 * @param {Record<string, any>} r the measurements of results.json
 */
/** The budgeted pages of scripts/lib/page-weight.mjs, as the report names them. */
const SCRIPT_PAGES = {
  list: 'page with only <evt-list>, before its first event',
  full: 'event page with list, detail and register',
  event: "an event's own page, detail and register",
};

export function summaryRows(r) {
  const rows = [];
  const add = (area, figure, s, fmt) => rows.push([area, figure, s ? fmt(s.median) : '–', s ? spread(s, fmt) : '–', s ? String(s.n) : '–']);
  const na = (area, figure, m) => rows.push([area, figure, notMeasured(m), '', '']);

  // 1. Weight
  const w = r.weight;
  if (ok(w)) {
    rows.push(['1 Weight', 'dist/evt-widgets.js gzip -9 / brotli 11', `${bytes(w.bundle.gzip9)} / ${bytes(w.bundle.brotli11)}`, `raw ${bytes(w.bundle.raw)}`, '–']);
    for (const tag of TAGS) {
      const p = w.pages[tag];
      if (!ok(p)) na('1 Weight', `page with only <${tag}>: bytes transferred`, p);
      else {
        rows.push([
          '1 Weight',
          `page with only <${tag}>: transferred (script + API data${p.images?.median ? ' + images' : ''})`,
          `${bytes(p.total.median)} (${bytes(p.script.median)} + ${bytes(p.api.median)}${p.images?.median ? ` + ${bytes(p.images.median)}` : ''})`,
          spread(p.total, bytes),
          String(p.total.n),
        ]);
      }
    }
    for (const [name, p] of Object.entries(w.scriptPages ?? {})) {
      rows.push(['1 Weight', `${SCRIPT_PAGES[name] ?? name}: JS, gzip -9 per file`, bytes(p.bytes), `${p.files.length} files`, '1']);
    }
  } else na('1 Weight', 'bundle and single-element pages', w);

  // 2. Critical path
  const c = r.criticalPath;
  for (const tag of TAGS) {
    const p = ok(c) ? c.pages[tag] : c;
    if (!ok(p)) {
      na('2 Critical path', `<${tag}>`, p);
      continue;
    }
    add('2 Critical path', `<${tag}>: API round trips before content (latency ${c.latencyMs} ms)`, p.roundTrips, count);
    add('2 Critical path', `<${tag}>: script → content`, p.contentFromScript, ms);
    if (tag === 'evt-detail') {
      rows.push(['2 Critical path', '<evt-detail>: sessions, speakers, sponsors, passes asked before the event answered', p.sectionsParallelInAllRuns ? 'yes, in every run' : 'no', Object.entries(p.sectionsBeforeEvent).filter(([, v]) => v !== 'asked before the event answered').map(([k, v]) => `${k}: ${v}`).join('; ') || '', String(p.roundTrips.n)]);
    }
  }

  // 3. Full page
  const f = r.fullPage;
  if (ok(f)) {
    add('3 Full page', 'list + detail + register: API requests', f.total, count);
    add('3 Full page', 'distinct resources', f.distinct, count);
    add('3 Full page', 'duplicate requests (target 0)', f.duplicates, count);
  } else na('3 Full page', 'list + detail + register', f);

  // 4. Scale
  const sc = r.scale;
  if (ok(sc)) {
    for (const n of sc.sizes) {
      const x = sc.results[n];
      const N = `N=${Number(n).toLocaleString('en-US')}`;
      if (!x) {
        rows.push(['4 Scale', N, 'not measured', '', '']);
        continue;
      }
      if (x.defaultPage) add('4 Scale', `${N}: <evt-list> first page (${x.defaultPage.shown} items) to layout`, x.defaultPage.toLayout, ms);
      else rows.push(['4 Scale', `${N}: <evt-list> first page`, `not measured: ${x.notes.join('; ') || 'no run'}`, '', '']);
      if (x.fullRender) add('4 Scale', `${N}: <evt-list> all ${Number(n).toLocaleString('en-US')} items (page-size=N) to layout`, x.fullRender.toLayout, ms);
      add('4 Scale', `${N}: baseline, same items with one innerHTML, to layout`, x.baseline.toLayout, ms);
      add('4 Scale', `${N}: search keystroke → list updated (first search)`, x.search.defaultPage.first, ms);
      add('4 Scale', `${N}: search keystroke → list updated (again)`, x.search.defaultPage.repeat, ms);
      if (x.search.fullRender.first) add('4 Scale', `${N}: search keystroke with all N items rendered (first search)`, x.search.fullRender.first, ms);
    }
    const sizes = sc.sizes.filter((n) => sc.results[n]);
    for (let i = 1; i < sizes.length; i++) {
      const a = sc.results[sizes[i - 1]];
      const b = sc.results[sizes[i]];
      rows.push([
        '4 Scale',
        `growth N=${sizes[i - 1].toLocaleString('en-US')} → ${sizes[i].toLocaleString('en-US')} (ratio of medians): first page / all N / baseline / search`,
        `${factor(a.defaultPage?.toLayout, b.defaultPage?.toLayout)} / ${factor(a.fullRender?.toLayout, b.fullRender?.toLayout)} / ${factor(a.baseline.toLayout, b.baseline.toLayout)} / ${factor(a.search.defaultPage.first, b.search.defaultPage.first)}`,
        '',
        '',
      ]);
    }
    for (const f of Object.values(sc.form ?? {})) {
      if (f.keystroke) add('4 Scale', `<evt-register> form with ${f.sessions.toLocaleString('en-US')} sessions: keystroke → rendered (target one frame, 16 ms)`, f.keystroke, ms);
      else rows.push(['4 Scale', `<evt-register> form with ${f.sessions.toLocaleString('en-US')} sessions`, `not measured: ${f.notes.join('; ') || 'no run'}`, '', '']);
    }
  } else na('4 Scale', 'list render and search', sc);

  // 5. Memory
  const m = r.memory;
  if (ok(m)) {
    add('5 Memory', `JS heap before ${m.cycles.toLocaleString('en-US')} cycles (GC forced)`, m.heapBefore, bytes);
    add('5 Memory', `JS heap after ${m.cycles.toLocaleString('en-US')} cycles (GC forced)`, m.heapAfter, bytes);
    add('5 Memory', 'growth per create/remove cycle of the three elements', m.heapGrowthPerCycle, bytes);
    if (m.heapGrowthFirstHalf) rows.push(['5 Memory', 'growth in the first half / second half of the cycles', `${bytes(m.heapGrowthFirstHalf.median)} / ${bytes(m.heapGrowthSecondHalf.median)}`, '', String(m.heapGrowthFirstHalf.n)]);
  } else na('5 Memory', 'heap', m);

  // 6. Registration under load
  const g = r.registration;
  if (ok(g)) {
    add('6 Registration under load', `${g.forms} concurrent submissions, limit ${g.rateLimit}/${g.rateWindowSeconds} s: succeeded`, g.succeeded, count);
    add('6 Registration under load', 'POSTs answered 429', g.answered429, count);
    add('6 Registration under load', 'retried POSTs (POSTs − forms)', g.retries, count);
    add('6 Registration under load', 'duplicate registrations (same email twice)', g.duplicates, count);
  } else na('6 Registration under load', 'submissions', g);

  // 7. Edge cache under load (launch day)
  const x = r.edgeLoad;
  if (ok(x)) {
    const J = `${x.journeys.toLocaleString('en-US')} journeys in ${Math.round(x.seconds)} s through nginx (TTL ${x.ttl} s), limit ${x.rateLimit.toLocaleString('en-US')}/${x.rateWindowSeconds} s`;
    add('7 Edge cache', `${J}: origin reads (target ≤ 50)`, x.originReads, count);
    add('7 Edge cache', '429s seen by visitors (target 0)', x.visitors429, count);
    add('7 Edge cache', `visitors recorded, registered or waitlisted (of ${x.journeys.toLocaleString('en-US')})`, x.recorded, count);
    add('7 Edge cache', 'registrations recorded twice (target 0)', x.duplicates, count);
    rows.push(['7 Edge cache', `journeys per ${x.rateWindowSeconds / 60}-minute window before the limit: without / with the edge (preflights apart)`, `${x.journeysPerWindow.withoutEdge.toLocaleString('en-US')} / ${x.journeysPerWindow.withEdge.toLocaleString('en-US')}`, '', '1']);
  } else na('7 Edge cache', 'journeys through nginx', x);

  // 8. One visitor's journey in one tab (list page → event page → registration)
  const j = r.journey;
  if (ok(j)) {
    const J = '8 Journey in one tab';
    add(J, 'requests per journey, tab cache on (target ≤ 12; about 20 before)', j.tabCacheOn.requestsPerJourney, count);
    add(J, 'requests per journey, tab cache off', j.tabCacheOff.requestsPerJourney, count);
    add(J, 'event page: round trips before content after the list page (target 0)', j.tabCacheOn.detailRoundTripsBeforeContent, count);
    rows.push([J, `journeys per five-minute window before a ${j.limit.toLocaleString('en-US')}-request limit: before / tab cache off / on`, `${j.before.journeysPerWindow} / ${j.tabCacheOff.journeysPerWindow.toLocaleString('en-US')} / ${j.tabCacheOn.journeysPerWindow.toLocaleString('en-US')}`, '', '1']);
  } else na('8 Journey in one tab', 'journeys', j);
  return rows;
}

export function summaryTable(results) {
  const rows = summaryRows(results.measurements);
  const head = '| Area | Figure | Median | Spread (min–max) | Runs |\n| --- | --- | ---: | ---: | ---: |';
  return codeTags(`${head}\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}`);
}

export function machineLine(meta) {
  const m = meta.machine;
  return `${m.cores} cores (${m.cpuModel}), ${m.memoryGB} GB, ${m.os}; ${meta.chromium}; Node ${m.node.replace(/^v/, '')}; ${meta.date.slice(0, 10)}`;
}

/** The whole results.md. */
export function markdown(results) {
  const { meta, measurements: r } = results;
  const out = [];
  out.push(`# evt-widgets benchmark results`);
  out.push('');
  out.push(`Written by \`npm run bench${meta.mode === 'quick' ? ' -- --quick' : ''}\` on ${meta.date}. **Mode: ${meta.mode}**${meta.mode === 'quick' ? ' (fewer runs, smaller N: a smoke run, not the figures to quote)' : ''}.`);
  out.push('');
  out.push(`- Machine: ${meta.machine.cores} cores, ${meta.machine.cpuModel}, ${meta.machine.memoryGB} GB RAM, ${meta.machine.os}; load average at start ${meta.machine.loadAverageAtStart.join(' / ')} (1/5/15 min)`);
  out.push(`- Browser: ${meta.chromium} (headless, ${meta.chromePath}); Node ${meta.machine.node}; puppeteer-core ${meta.puppeteer}`);
  out.push(`- Code: ${meta.commit ? `commit ${meta.commit.head}${meta.commit.uncommittedChangesInSrc ? ' plus uncommitted changes in src/' : ''}` : 'not a git checkout'}; bundle ${meta.bundle.built ? `built for this run (${meta.bundle.reason})` : `as found in dist/ (${meta.bundle.reason})`}${meta.bundle.warning ? `; **warning: ${meta.bundle.warning.split('\n')[0]}**` : ''}`);
  out.push(`- Run took ${Math.round(meta.seconds)} s. Figures are medians over the runs shown, with min–max. Nothing is asserted: a benchmark measures, the README and the budgets decide.`);
  if (meta.note) out.push(`- ${meta.note}`);
  out.push('');
  out.push('## Summary');
  out.push('');
  out.push('@@SUMMARY@@');
  out.push('');

  // 1
  out.push('## 1. Weight');
  out.push('');
  if (ok(r.weight)) {
    const w = r.weight;
    out.push(`Method: ${w.method}`);
    out.push('');
    out.push(`| File | Raw | gzip -9 | brotli 11 |\n| --- | ---: | ---: | ---: |\n| dist/evt-widgets.js | ${bytes(w.bundle.raw)} | ${bytes(w.bundle.gzip9)} | ${bytes(w.bundle.brotli11)} |`);
    for (const b of Object.values(w.perElementBundles ?? {})) out.push(`| ${b.file} | ${bytes(b.raw)} | ${bytes(b.gzip9)} | ${bytes(b.brotli11)} |`);
    out.push('');
    out.push('| Page | Bundle loaded | Total transferred | Script | API data (decoded) | Images | HTML | API requests |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const tag of TAGS) {
      const p = w.pages[tag];
      if (!ok(p)) out.push(`| only <${tag}> | | ${cell(notMeasured(p))} | | | | | |`);
      else out.push(`| only <${tag}> | ${p.bundle} | ${withSpread(p.total, bytes)} | ${bytes(p.script.median)} | ${bytes(p.api.median)} (${bytes(p.apiDecoded.median)}) | ${bytes(p.images.median)} | ${bytes(p.document.median)} | ${count(p.requests.api.median)} |`);
    }
    if (w.scriptPages) {
      out.push('');
      out.push('The pages the budgets hold (scripts/lib/page-weight.mjs, package.json "pageBudget"): headless Chromium, a fresh context, the loader `dist/evt-widgets.js` in the page, every dist/ script the page asked for (the list page: those asked for before the frame that first showed an event; the others: until all their elements showed their content and the network was quiet for 0.5 s), each file compressed with gzip -9.');
      out.push('');
      out.push('| Page | JS (gzip -9) | Files |\n| --- | ---: | --- |');
      for (const [name, p] of Object.entries(w.scriptPages)) out.push(`| ${SCRIPT_PAGES[name] ?? name} | ${bytes(p.bytes)} | ${p.files.map((f) => `${f.path.replace(/^\/dist\//, '')} ${bytes(f.gzip)}`).join(', ')} |`);
    }
  } else out.push(notMeasured(r.weight));
  out.push('');

  // 2
  out.push('## 2. Critical path');
  out.push('');
  if (ok(r.criticalPath)) {
    const c = r.criticalPath;
    out.push(`Method: ${c.method}`);
    out.push('');
    out.push('| Page | Round trips before content | API requests before content | Script → content | Navigation → content |\n| --- | ---: | ---: | ---: | ---: |');
    for (const tag of TAGS) {
      const p = c.pages[tag];
      if (!ok(p)) out.push(`| only <${tag}> | ${cell(notMeasured(p))} | | | |`);
      else out.push(`| only <${tag}> | ${withSpread(p.roundTrips, count)} | ${count(p.requestsBeforeContent.median)} | ${withSpread(p.contentFromScript, ms)} | ${withSpread(p.contentFromNavigation, ms)} |`);
    }
    out.push('');
    const d = c.pages['evt-detail'];
    if (ok(d)) {
      out.push(`<evt-detail> asks for its sections before the event has answered: **${d.sectionsParallelInAllRuns ? 'yes, in every run' : 'no'}** (${Object.entries(d.sectionsBeforeEvent).map(([k, v]) => `${k}: ${v}`).join('; ')}).`);
      out.push('');
    }
    for (const tag of TAGS) {
      const p = c.pages[tag];
      if (!ok(p)) continue;
      out.push(`<details><summary>&lt;${tag}&gt;: API request timeline of the median run (ms from navigation)</summary>\n`);
      out.push('| Level | Request | Start | End | Before content |\n| ---: | --- | ---: | ---: | --- |');
      for (const q of p.timeline) out.push(`| ${q.level} | ${cell(q.path)} | ${q.start} | ${q.end} | ${q.beforeContent ? 'yes' : 'no'} |`);
      out.push('\n</details>\n');
    }
  } else out.push(notMeasured(r.criticalPath));
  out.push('');

  // 3
  out.push('## 3. Requests on a full page');
  out.push('');
  if (ok(r.fullPage)) {
    const f = r.fullPage;
    out.push(`Method: ${f.method}`);
    out.push('');
    out.push(`- API requests: ${withSpread(f.total, count)}`);
    out.push(`- Distinct resources: ${withSpread(f.distinct, count)}`);
    out.push(`- Duplicates: ${withSpread(f.duplicates, count)}${f.duplicatedResources.length ? ` — ${f.duplicatedResources.map((d) => `${d.resource} (up to ${d.times ?? d.maxTimes}×, in ${d.runs} run(s))`).join('; ')}` : ''}`);
    out.push(`- CORS preflights (not counted above): ${withSpread(f.preflights, count)}; failed or canceled requests: ${withSpread(f.failedOrCanceled, count)}`);
    out.push(`- Resources requested (last run): ${f.resources.map((x) => `\`${x}\``).join(', ')}`);
  } else out.push(notMeasured(r.fullPage));
  out.push('');

  // 4
  out.push('## 4. Scale');
  out.push('');
  if (ok(r.scale)) {
    const sc = r.scale;
    out.push(`Method: ${sc.method}`);
    out.push('');
    out.push('| N | Payload | <evt-list> first page, to layout | <evt-list> all N, to layout | Baseline innerHTML, to layout | of which data arrived (list / baseline) | Search, first | Search, clear | Search, again | Search, all N rendered: first / clear |');
    out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const n of sc.sizes) {
      const x = sc.results[n];
      if (!x) {
        out.push(`| ${Number(n).toLocaleString('en-US')} | not measured | | | | | | | | |`);
        continue;
      }
      out.push(
        `| ${Number(n).toLocaleString('en-US')} | ${bytes(x.payloadBytes)} | ${x.defaultPage ? `${withSpread(x.defaultPage.toLayout, ms)}, ${x.defaultPage.shown} items` : 'not measured'} | ${x.fullRender ? withSpread(x.fullRender.toLayout, ms) : 'not measured'} | ${withSpread(x.baseline.toLayout, ms)} | ${ms(x.defaultPage?.dataArrived?.median)} / ${ms(x.baseline.dataArrived?.median)} | ${withSpread(x.search.defaultPage.first, ms)} | ${withSpread(x.search.defaultPage.clear, ms)} | ${withSpread(x.search.defaultPage.repeat, ms)} | ${ms(x.search.fullRender.first?.median)} / ${ms(x.search.fullRender.clear?.median)} |`,
      );
    }
    out.push('');
    const sizes = sc.sizes.filter((n) => sc.results[n]);
    if (sizes.length > 1) {
      out.push('Growth between consecutive N (ratio of medians; N grows ×10 each step):');
      out.push('');
      out.push('| From → to | First page | All N | Baseline | Search, first | Search, again |\n| --- | ---: | ---: | ---: | ---: | ---: |');
      for (let i = 1; i < sizes.length; i++) {
        const a = sc.results[sizes[i - 1]];
        const b = sc.results[sizes[i]];
        out.push(`| ${sizes[i - 1].toLocaleString('en-US')} → ${sizes[i].toLocaleString('en-US')} | ${factor(a.defaultPage?.toLayout, b.defaultPage?.toLayout)} | ${factor(a.fullRender?.toLayout, b.fullRender?.toLayout)} | ${factor(a.baseline.toLayout, b.baseline.toLayout)} | ${factor(a.search.defaultPage.first, b.search.defaultPage.first)} | ${factor(a.search.defaultPage.repeat, b.search.defaultPage.repeat)} |`);
      }
      out.push('');
    }
    const notes = sizes.flatMap((n) => sc.results[n].notes.map((t) => `N=${n}: ${t}`));
    if (notes.length) out.push(`Notes: ${notes.join('; ')}`);
  } else out.push(notMeasured(r.scale));
  out.push('');

  // 5
  out.push('## 5. Memory');
  out.push('');
  if (ok(r.memory)) {
    const m = r.memory;
    out.push(`Method: ${m.method}`);
    out.push('');
    out.push(`- JS heap before: ${withSpread(m.heapBefore, bytes)}; after ${m.cycles.toLocaleString('en-US')} cycles: ${withSpread(m.heapAfter, bytes)}`);
    out.push(`- Growth: ${withSpread(m.heapGrowth, bytes)} in total, ${withSpread(m.heapGrowthPerCycle, bytes)} per cycle; first half ${withSpread(m.heapGrowthFirstHalf, bytes)}, second half ${withSpread(m.heapGrowthSecondHalf, bytes)}`);
    out.push(`- DOM nodes before / after: ${count(m.nodesBefore?.median)} / ${count(m.nodesAfter?.median)}; JS event listeners before / after: ${count(m.listenersBefore?.median)} / ${count(m.listenersAfter?.median)}`);
    out.push(`- One cycle (create three, wait for content, remove): ${withSpread(m.cycleTime, ms)}`);
    if (m.problem) out.push(`- Note: ${m.problem}`);
  } else out.push(notMeasured(r.memory));
  out.push('');

  // 6
  out.push('## 6. Registration under load');
  out.push('');
  if (ok(r.registration)) {
    const g = r.registration;
    out.push(`Method: ${g.method}`);
    out.push('');
    out.push(`- Forms submitted at once: ${g.forms}; succeeded ${withSpread(g.succeeded, count)}, failed ${withSpread(g.failed, count)}, still open at the end ${withSpread(g.unsettled, count)}`);
    out.push(`- POST …/registrations sent: ${withSpread(g.posts, count)}; answered 429: ${withSpread(g.answered429, count)}; retries (POSTs − forms): ${withSpread(g.retries, count)}; forms that retried: ${withSpread(g.formsRetried, count)}; most attempts by one form: ${withSpread(g.maxAttemptsPerForm, count)}`);
    out.push(`- Reads (GET) from the clicks until every form settled: ${withSpread(g.reads, count)}, of which answered 429: ${withSpread(g.readsAnswered429, count)}${g.readsByResource?.length ? ` (last run by resource: ${g.readsByResource.map(([k, v]) => `${k} ×${v}`).join(', ')})` : ''}`);
    out.push(`- Records created for the run's emails: ${withSpread(g.records, count)}; duplicates (same email twice): ${withSpread(g.duplicates, count)}; confirmations without a record: ${withSpread(g.successesWithoutRecord, count)}`);
    out.push(`- From the clicks until every form had settled: ${withSpread(g.timeToSettle, ms)}`);
    if (g.notices.length) out.push(`- What failed forms said: ${g.notices.map((t) => `“${t}”`).join('; ')}`);
    if (g.errorKinds.length) out.push(`- evt-error kinds seen: ${g.errorKinds.join(', ')}`);
    if (g.problem) out.push(`- Note: ${g.problem}`);
  } else out.push(notMeasured(r.registration));
  out.push('');

  // 7
  out.push('## 7. Edge cache under load (launch day)');
  out.push('');
  if (ok(r.edgeLoad)) {
    const x = r.edgeLoad;
    const v = x.visitorRequests;
    out.push(`Method: ${x.method}`);
    out.push('');
    out.push(`- Journeys: ${count(x.journeys)} started, ${count(x.completed)} completed in ${Math.round(x.seconds)} s (at most ${count(x.peakInFlight)} in flight); ${x.requestsPerJourney} requests each`);
    out.push(`- Visitors sent: ${count(v.GET)} GET, ${count(v.OPTIONS)} OPTIONS, ${count(v.POST)} POST; answered 429: ${count(v.limited)}; other failures (not 200, or no answer): ${count(v.failed)}`);
    out.push(`- Edge answers to the GETs: ${Object.entries(x.cacheStatus).map(([k, n]) => `${k} ${count(n)}`).join(', ')}`);
    out.push(`- Reached the origin: ${count(x.originReads.median)} reads (${count(x.originReads429)} of them answered 429), ${count(x.originPreflights)} preflights, ${count(x.originPosts)} POSTs: ${x.originPerJourney.toFixed(2)} requests per journey`);
    out.push(`- Registrations: final answers ${Object.entries(x.answers).map(([k, n]) => `${k} ${count(n)}`).join(', ')}; ${count(v.waitlistJoins)} visitors found the event full and joined the waitlist (a second POST); recorded ${count(x.recorded.median)} (registered or waitlisted), twice ${count(x.duplicates.median)}, missing ${count(x.missing)}`);
    out.push(`- Journeys per ${x.rateWindowSeconds / 60}-minute window before ${x.rateLimit.toLocaleString('en-US')} requests: ${count(x.journeysPerWindow.withoutEdge)} without the edge, ${count(x.journeysPerWindow.withEdge)} with it (preflights apart, as the emulator does not count them; the registration POSTs then dominate)`);
  } else out.push(notMeasured(r.edgeLoad));
  out.push('');

  // 8
  out.push('## 8. One visitor\'s journey in one tab');
  out.push('');
  if (ok(r.journey)) {
    const j = r.journey;
    out.push(`Method: ${j.method}`);
    out.push('');
    for (const [label, f] of [['tab cache on', j.tabCacheOn], ['tab cache off', j.tabCacheOff]]) {
      out.push(`- ${label}: requests per journey ${withSpread(f.requestsPerJourney, count)} (list ${count(f.list.median)}, event page ${count(f.detail.median)}, registration page ${count(f.register.median)}); event page round trips before content ${count(f.detailRoundTripsBeforeContent.median)}; journeys per five-minute window before ${j.limit.toLocaleString('en-US')} requests: ${count(f.journeysPerWindow)}; refreshes after the registration (not in the journey): ${count(f.refreshesAfterRegistration.median)}, with them ${count(f.journeysPerWindowWithRefreshes)} journeys per window`);
      out.push(`  - requests (last run): ${f.resources.map((s) => `${s.page}: ${s.resources.map((x) => `\`${x}\``).join(', ') || 'none'}`).join('; ')}`);
    }
    out.push(`- before (issue 13): about ${j.before.requestsPerJourney} requests per journey, ${j.before.journeysPerWindow} journeys per window`);
  } else out.push(notMeasured(r.journey));
  out.push('');
  return codeTags(out.join('\n')).replace('@@SUMMARY@@', summaryTable(results));
}

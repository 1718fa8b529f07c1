/**
 * Records when each API request starts and ends while `run` goes on (by wrapping `window.fetch`),
 * as `start <path>` / `end <path>` / `fail <path>` lines, the path from `events/` on.
 */
export async function logFetches(run: (log: readonly string[]) => Promise<unknown>): Promise<string[]> {
  const log: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const path = url.pathname.replace(/^.*?\/(?=events\/)/, '');
    log.push(`start ${path}`);
    const p = original(input, init);
    p.then(
      () => log.push(`end ${path}`),
      () => log.push(`fail ${path}`),
    );
    return p;
  };
  try {
    await run(log);
  } finally {
    window.fetch = original;
  }
  return log;
}

/**
 * The requests in `subs` (under `events/<rid>/`) that did not start before the event's own answer,
 * each with why: an empty list means one round trip.
 */
export function startedBeforeEventAnswer(log: string[], rid: string, subs: string[]): string[] {
  const event = `events/${rid}`;
  const answered = log.indexOf(`end ${event}`);
  if (answered < 0) return [`the event was never answered:\n${log.join('\n')}`];
  return subs
    .map((sub) => [sub, log.indexOf(`start ${event}/${sub}`)] as const)
    .filter(([, started]) => started < 0 || started > answered)
    .map(([sub, started]) => `${sub} ${started < 0 ? 'never requested' : "started after the event's answer"}`);
}

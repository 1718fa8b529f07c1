import { expect } from '@open-wc/testing';
import { useEmulator } from '../helpers/emulator.js';
import { TOKEN, fill, until } from './rich-description.js';

// <evt-register> loads its sending code (chunks/send-answer-*.js) when the visitor starts on the
// form. Where that file cannot be had (served here from /__nosend/, where it answers 404), a submit
// says the registration could not be sent, sends nothing, and keeps everything typed; the form
// stays usable.

describe('dist/evt-register.js without its sending chunk', () => {
  const emu = useEmulator();
  const reported: unknown[] = [];
  const original = console.error;
  before(() => {
    console.error = (...args: unknown[]) => void reported.push(args);
  });
  after(() => {
    console.error = original;
  });

  it('a submit says so, sends nothing and keeps the form as typed', async () => {
    const file: string = '/__nosend/evt-register.js';
    await import(/* @vite-ignore */ file);
    const el = document.createElement('evt-register') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('endpoint', emu.omBase);
    el.setAttribute('token', TOKEN);
    el.setAttribute('event-id', 'Minimal_Meetup');
    document.body.append(el);
    const root = () => el.shadowRoot!;
    expect(await until(() => !!root().getElementById('a1-firstName')), 'the form shows').to.equal(true);
    await fill(el, 'a1-firstName', 'Nadia');
    await fill(el, 'a1-lastName', 'Offline');
    await fill(el, 'a1-email', 'nadia.offline@example.com');
    (root().querySelector('[part~="submit"]') as HTMLButtonElement).click();
    expect(await until(() => !!root().querySelector('[part~="notice"]')), 'a notice').to.equal(true);
    const notice = root().querySelector('[part~="notice"]')!;
    expect(notice.textContent!.trim()).to.equal('The registration could not be sent. Please try again.');
    expect((root().querySelector('[part~="submit"]') as HTMLButtonElement).getAttribute('aria-disabled'), 'not sending any more').to.equal('false');
    expect((root().getElementById('a1-email') as HTMLInputElement).value, 'what was typed stays').to.equal('nadia.offline@example.com');
    const records = (await (await fetch(`${emu.url}/dev/registrations?readableEventId=Minimal_Meetup`)).json()) as unknown[];
    expect(records, 'nothing was sent').to.deep.equal([]);
    el.remove();
  });
});

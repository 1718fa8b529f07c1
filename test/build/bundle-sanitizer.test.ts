import { expect } from '@open-wc/testing';
import { useEmulator } from '../helpers/emulator.js';
import { captureWarnings, hasSanitizerApi, scriptsLoaded, showDescription, showEventForm, until } from './rich-description.js';

// The self-contained file with DOMPurify beside it (`dist/purify.js`, not inside: most visitors'
// browsers have the HTML Sanitizer API and never need it): loaded only where that API is missing.
describe('dist/evt-widgets.bundle.js: rich text', () => {
  const emu = useEmulator();
  const warnings = captureWarnings();

  it('sanitizes the description, loading purify.js beside it only without the Sanitizer API', async () => {
    const bundle: string = '/dist/evt-widgets.bundle.js';
    await import(/* @vite-ignore */ bundle);
    const { el, part } = await showDescription(emu.omBase);
    expect(await until(() => !!part.querySelector('strong')), 'sanitized markup').to.equal(true);
    expect(part.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(part.textContent, 'no script text').to.not.include('script ran');
    expect(!!part.querySelector('img'), 'the image without a usable src is gone').to.equal(false);
    expect(scriptsLoaded().filter((p) => p === '/dist/purify.js').length).to.equal(hasSanitizerApi ? 0 : 1);
    expect(warnings.filter((w) => w.includes('purify.js'))).to.deep.equal([]);
    el.remove();
  });

  // The event's own form (src/elements/evt-register/event-form.ts) is beside the file too
  // (`dist/event-form.js`, 2.3 KB): loaded only by <evt-register use-event-form> for an event with one.
  it('renders the event’s own form with event-form.js beside it, loading that file only then', async () => {
    expect(scriptsLoaded().filter((p) => p.endsWith('/event-form.js')), 'not before').to.deep.equal([]);
    const { el, shown } = await showEventForm(emu.rtmBase);
    expect(shown).to.equal('event-form');
    expect(scriptsLoaded().filter((p) => p === '/dist/event-form.js').length).to.equal(1);
    expect(warnings.filter((w) => w.includes('use-event-form'))).to.deep.equal([]);
    el.remove();
  });
});

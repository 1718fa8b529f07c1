import { expect } from '@open-wc/testing';
import { useEmulator } from '../helpers/emulator.js';
import { captureWarnings, hasSanitizerApi, scriptsLoaded, showDescription, showEventForm, until } from './rich-description.js';

// A site that uploaded the self-contained file alone (served from /__alone/, where nothing else
// is): DOMPurify (`purify.js`) is not beside it. Where the browser has the HTML Sanitizer API the
// description is rich text as everywhere; elsewhere (WebKit) it is plain text, said once in the
// console: never a broken element, never unsanitized markup.
describe('dist/evt-widgets.bundle.js uploaded alone: rich text', () => {
  const emu = useEmulator();
  const warnings = captureWarnings();

  it('shows the description: sanitized markup, or its plain text where no sanitizer can be had', async () => {
    const alone: string = '/__alone/evt-widgets.bundle.js';
    await import(/* @vite-ignore */ alone);
    const { el, part } = await showDescription(emu.omBase);
    expect(part.textContent).to.include('data that moves');
    expect(part.textContent, 'no script text').to.not.include('script ran');
    if (hasSanitizerApi) {
      expect(!!part.querySelector('strong'), 'sanitized markup').to.equal(true);
    } else {
      expect(await until(() => warnings.some((w) => w.includes('purify.js'))), `a console warning names purify.js: ${warnings.join(' | ')}`).to.equal(true);
      expect(part.textContent).to.include('Harbour boat tour');
      expect(part.querySelector('.rich')?.childElementCount, 'no markup without a sanitizer').to.equal(0);
    }
    expect(scriptsLoaded().filter((p) => p.endsWith('/purify.js')).length, 'asked at most once').to.be.at.most(1);
    expect(warnings.filter((w) => w.includes('purify.js')).length, 'said at most once').to.be.at.most(1);
    el.remove();
  });

  // Nor is `event-form.js`: <evt-register use-event-form> shows its own form, and says why.
  it('use-event-form without event-form.js beside it: our own form, with a console note', async () => {
    const { el, shown } = await showEventForm(emu.rtmBase);
    expect(await until(() => warnings.some((w) => w.includes('use-event-form') && w.includes('event-form.js') && w.includes('could not be loaded'))), `a console note: ${warnings.join(' | ')}`).to.equal(true);
    expect(shown).to.equal('own-form');
    expect(el.querySelector('.evt-event-form form')).to.equal(null);
    expect(scriptsLoaded().filter((p) => p.endsWith('/event-form.js')).length, 'asked once').to.equal(1);
    el.remove();
  });
});

/**
 * English in parts (src/i18n/en.ts): the shared texts are always there, an element's own texts
 * arrive with its module, the parts never define a key twice and together are all of English, and
 * the public `messagesFor()` answers with every text whichever elements are loaded.
 * This file imports no element up front: the page starts with the shared texts only.
 */
import { expect } from '@open-wc/testing';
import { en, englishNumbers } from '../../src/i18n/en.js';
import { enList } from '../../src/i18n/en-list.js';
import { enDetail } from '../../src/i18n/en-detail.js';
import { enRegister } from '../../src/i18n/en-register.js';
import { enRegisterAnswers } from '../../src/i18n/en-register-answers.js';
import { enAll } from '../../src/i18n/en-all.js';
import { addEnglish, chooseLanguage, defineMessages } from '../../src/i18n/index.js';

const texts = (tag: string) => chooseLanguage(tag).messages as unknown as Record<string, unknown>;

describe('English in parts', () => {
  it('the parts never define a key twice, and together they are all of English', () => {
    const numbers = englishNumbers('en');
    const parts = [en('en', numbers), enList(numbers), enDetail(numbers), enRegister(numbers), enRegisterAnswers(numbers)].map((p) => Object.keys(p));
    const all = parts.flat();
    expect(all.filter((k, i) => all.indexOf(k) !== i), 'keys in two parts').to.deep.equal([]);
    expect([...all].sort()).to.deep.equal(Object.keys(enAll('en')).sort());
    expect(parts[1]!.every((k) => k.startsWith('list') || k.startsWith('event')), 'the list part holds list keys').to.equal(true);
    expect(parts[3]!.every((k) => k.startsWith('register')), 'the register part holds register keys').to.equal(true);
    expect(parts[4]!.every((k) => k.startsWith('register')), "the register's answers hold register keys").to.equal(true);
  });

  it('before an element is loaded, English has the shared texts and none of its own', () => {
    const m = texts('en');
    expect(m.loading).to.equal('Loading…');
    expect(m.placesLeft).to.be.a('function');
    expect(m.listLabel).to.equal(undefined);
    expect(m.registerHeading).to.equal(undefined);
  });

  it("an element's module adds its part; languages chosen before are chosen again with it", async () => {
    const before = chooseLanguage('en-GB');
    expect((before.messages as unknown as Record<string, unknown>).listLabel).to.equal(undefined);
    await import('../../src/evt-list.js');
    const after = chooseLanguage('en-GB');
    expect(after, 'chosen again').to.not.equal(before);
    expect(after.messages!.listLabel).to.equal('Events');
    expect(after.messages!.listShowing(1200, 1200), 'numbers in the locale').to.equal('Showing 1,200 of 1,200 events');
    expect(texts('en').detailAgenda, 'the detail part is not there yet').to.equal(undefined);
    addEnglish(enList); // twice is once: nothing is chosen again
    expect(chooseLanguage('en-GB')).to.equal(after);
  });

  it("a site's text for a key of a part not loaded yet is kept, and shows once the part is there", () => {
    defineMessages('en', { detailAgenda: 'Programme' });
    expect(texts('en').detailAgenda).to.equal('Programme');
    addEnglish(enDetail);
    expect(texts('en').detailAgenda).to.equal('Programme');
    expect(texts('en').detailVenue).to.equal('Venue');
  });

  it("the register's answers arrive with its sending code, and an element's texts follow at once", async () => {
    await import('../../src/evt-register.js');
    expect(texts('en').registerHeading).to.equal('Register');
    expect(texts('en').registerErrors, 'not with the form').to.equal(undefined);
    const el = document.createElement('evt-register') as HTMLElement & { msg: Record<string, unknown>; updateComplete: Promise<unknown> };
    document.body.append(el);
    await el.updateComplete;
    expect(el.msg.registerErrors).to.equal(undefined);
    await import('../../src/elements/evt-register/send-answer.js');
    // No render in between: the element's cached texts are stale once a part of English arrives.
    expect((el.msg.registerErrors as Record<string, string>).EventNotLive).to.equal('This event is not open for registration.');
    el.remove();
  });

  it('the public messagesFor() has every text, whichever elements are loaded', async () => {
    const { messagesFor, loadMessages } = await import('../../src/internal/messages.js');
    expect(messagesFor('en').registerHeading).to.equal('Register');
    expect((await loadMessages('en')).registerErrors.EventNotLive).to.equal('This event is not open for registration.');
  });
});

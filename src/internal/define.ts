/**
 * Registers an element once. Loading the script twice, or two versions on one page, must never
 * throw: the first definition wins and a console warning says what happened.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `[evt-widgets] <${tag}> is already defined on this page (another copy or version of evt-widgets was loaded first); keeping the first definition.`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}

import { onBeforeUnmount, ref } from 'vue';

/** A very small router (history API): the example needs only routes that mount and unmount. */
export function navigate(to: string) {
  history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath() {
  const path = ref(location.pathname);
  const update = () => (path.value = location.pathname);
  addEventListener('popstate', update);
  onBeforeUnmount(() => removeEventListener('popstate', update));
  return path;
}

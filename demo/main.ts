// The demo site: every element against the local emulator, in either API flavour.
import { configure } from '../src/index.js';
import '../src/define.js';

const EMULATOR = 'http://127.0.0.1:4100';
const ENDPOINTS = {
  om: `${EMULATOR}/EvtMgmt/api/v2.0/`,
  rtm: `${EMULATOR}/api/v1.0/orgs/11111111-1111-4111-8111-111111111111/eventmanagement/`,
};

const params = new URLSearchParams(location.search);
const api = params.get('api') === 'rtm' ? 'rtm' : 'om';
configure({ endpoint: ENDPOINTS[api], token: 'demo-token' });

document.querySelector('#endpoint')!.textContent = ENDPOINTS[api];
for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-api]')) {
  if (a.dataset.api === api) a.setAttribute('aria-current', 'page');
}

const tz = document.querySelector<HTMLSelectElement>('#time-zone')!;
tz.addEventListener('change', () => {
  for (const el of document.querySelectorAll('evt-list, evt-detail, evt-register')) el.setAttribute('time-zone', tz.value);
});

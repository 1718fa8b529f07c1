import { expect } from '@open-wc/testing';
import { parseEndpoint } from '../../src/api/endpoint.js';
import { EvtApiError, isEvtApiError } from '../../src/api/errors.js';

const ORG = '11111111-1111-4111-8111-111111111111';

function configError(input: string): EvtApiError {
  try {
    parseEndpoint(input);
  } catch (err) {
    expect(isEvtApiError(err), String(err)).to.equal(true);
    expect((err as EvtApiError).kind).to.equal('config');
    return err as EvtApiError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

describe('parseEndpoint', () => {
  describe('accepts the base URL as a customer copies it', () => {
    const cases: [string, string, 'om' | 'rtm'][] = [
      ['https://contoso.svc.dynamics.com/EvtMgmt/api/v2.0/', 'https://contoso.svc.dynamics.com/EvtMgmt/api/v2.0/', 'om'],
      ['https://0a1b2c3d4e5f60718293a4b5c6d7e8f9.svc.dynamics.com/EvtMgmt/api/v2.0', 'https://0a1b2c3d4e5f60718293a4b5c6d7e8f9.svc.dynamics.com/EvtMgmt/api/v2.0/', 'om'],
      ['  https://contoso.svc-tip.dynamics.com/EvtMgmt/api/v2.0//\n', 'https://contoso.svc-tip.dynamics.com/EvtMgmt/api/v2.0/', 'om'],
      ['https://contoso.svc.dynamics.com/evtmgmt/API/v2.0/', 'https://contoso.svc.dynamics.com/evtmgmt/API/v2.0/', 'om'],
      ['http://127.0.0.1:4100/EvtMgmt/api/v2.0/', 'http://127.0.0.1:4100/EvtMgmt/api/v2.0/', 'om'],
      ['https://www.example.org/proxy/EvtMgmt/api/v2.0', 'https://www.example.org/proxy/EvtMgmt/api/v2.0/', 'om'],
      [`https://public-eur.mkt.dynamics.com/api/v1.0/orgs/${ORG}/eventmanagement/`, `https://public-eur.mkt.dynamics.com/api/v1.0/orgs/${ORG}/eventmanagement/`, 'rtm'],
      [` https://public-eur.mkt.dynamics.com/api/v1.0/orgs/${ORG}/eventmanagement `, `https://public-eur.mkt.dynamics.com/api/v1.0/orgs/${ORG}/eventmanagement/`, 'rtm'],
      [`http://127.0.0.1:4100/api/v1.0/orgs/${ORG}/eventmanagement/`, `http://127.0.0.1:4100/api/v1.0/orgs/${ORG}/eventmanagement/`, 'rtm'],
      [`HTTPS://PUBLIC-EUR.MKT.DYNAMICS.COM/api/v1.0/orgs/${ORG.toUpperCase()}/eventmanagement/`, `https://public-eur.mkt.dynamics.com/api/v1.0/orgs/${ORG.toUpperCase()}/eventmanagement/`, 'rtm'],
    ];
    for (const [input, base, flavour] of cases) {
      it(`${JSON.stringify(input)} → ${flavour}`, () => {
        const ep = parseEndpoint(input);
        expect(ep.flavour).to.equal(flavour);
        expect(ep.base).to.equal(base);
        expect(ep.base.endsWith('/')).to.equal(true);
        if (flavour === 'rtm') expect(ep.orgId).to.equal(ORG);
        else expect(ep.orgId).to.equal(undefined);
      });
    }
  });

  // Launch day (README, "edge cache"): the widgets are pointed at a caching proxy by its URL only;
  // the same path shapes on the proxy's host and port, or below a prefix of a site's own proxy.
  describe('accepts an edge cache in front of the API (another host and port, same paths)', () => {
    const cases: [string, string, 'om' | 'rtm'][] = [
      ['http://127.0.0.1:8081/EvtMgmt/api/v2.0', 'http://127.0.0.1:8081/EvtMgmt/api/v2.0/', 'om'],
      [`http://127.0.0.1:8081/api/v1.0/orgs/${ORG}/eventmanagement`, `http://127.0.0.1:8081/api/v1.0/orgs/${ORG}/eventmanagement/`, 'rtm'],
      [`http://localhost:8081/api/v1.0/orgs/${ORG}/eventmanagement/`, `http://localhost:8081/api/v1.0/orgs/${ORG}/eventmanagement/`, 'rtm'],
      [`https://events-edge.example.org/api/v1.0/orgs/${ORG}/eventmanagement/`, `https://events-edge.example.org/api/v1.0/orgs/${ORG}/eventmanagement/`, 'rtm'],
      [`https://www.example.org/edge/api/v1.0/orgs/${ORG}/eventmanagement`, `https://www.example.org/edge/api/v1.0/orgs/${ORG}/eventmanagement/`, 'rtm'],
      ['http://[::1]:8081/EvtMgmt/api/v2.0/', 'http://[::1]:8081/EvtMgmt/api/v2.0/', 'om'],
    ];
    for (const [input, base, flavour] of cases) {
      it(`${JSON.stringify(input)} → ${flavour}`, () => {
        const ep = parseEndpoint(input);
        expect(ep.flavour).to.equal(flavour);
        expect(ep.base).to.equal(base);
        if (flavour === 'rtm') expect(ep.orgId).to.equal(ORG);
      });
    }
  });

  describe('refuses anything else with a config error that shows both valid forms', () => {
    const cases: [string, RegExp][] = [
      ['', /is empty/],
      ['   ', /is empty/],
      ['contoso.svc.dynamics.com/EvtMgmt/api/v2.0/', /not an absolute URL/],
      ['EvtMgmt/api/v2.0/', /not an absolute URL/],
      ['ftp://contoso.svc.dynamics.com/EvtMgmt/api/v2.0/', /ftp: where http\(s\) is needed/],
      ['javascript:alert(1)//EvtMgmt/api/v2.0/', /javascript: where http\(s\) is needed/],
      ['https://contoso.svc.dynamics.com/', /wrong path/],
      ['https://contoso.svc.dynamics.com/EvtMgmt/api/v1.0/', /wrong API version/],
      ['https://public-eur.mkt.dynamics.com/api/v1.0/orgs/eventmanagement/', /wrong path for real-time journeys/],
      ['https://public-eur.mkt.dynamics.com/api/v1.0/orgs/contoso/eventmanagement/', /organization id "contoso" that is not a GUID/],
      ['https://public-eur.mkt.dynamics.com/api/v1.0/orgs//eventmanagement/', /organization id "" that is not a GUID/],
      ['https://contoso.svc.dynamics.com/EvtMgmt/api/v2.0/events/published', /goes beyond the base: remove "events\/published"/],
      [`https://public-eur.mkt.dynamics.com/api/v1.0/orgs/${ORG}/eventmanagement/events/X`, /goes beyond the base/],
      ['https://contoso.svc.dynamics.com/EvtMgmt/api/v2.0/?emApplicationtoken=secret-token', /query or fragment/],
      ['https://user:pw@contoso.svc.dynamics.com/EvtMgmt/api/v2.0/', /user name or password/],
    ];
    for (const [input, problem] of cases) {
      it(`${JSON.stringify(input)}: ${problem.source}`, () => {
        const err = configError(input);
        expect(err.message).to.match(problem);
        expect(err.message).to.contain('https://<org>.svc.dynamics.com/EvtMgmt/api/v2.0/');
        expect(err.message).to.contain('/api/v1.0/orgs/<organization id>/eventmanagement/');
      });
    }

    it('never repeats a token pasted in the query', () => {
      const err = configError('https://contoso.svc.dynamics.com/EvtMgmt/api/v2.0/?emApplicationtoken=secret-token');
      expect(err.message).not.to.contain('secret-token');
    });

    it('is an EvtApiError (instanceof and the cross-copy brand)', () => {
      const err = configError('nope');
      expect(err).to.be.instanceOf(EvtApiError);
      expect(err).to.be.instanceOf(Error);
      expect(err.name).to.equal('EvtApiError');
    });
  });
});

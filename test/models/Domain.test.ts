import { describe, expect, it } from 'vitest';
import { CNameTarget } from '../../src/models/CNameTarget';
import { Domain, type DomainJSON } from '../../src/models/Domain';
import { fixture } from '../helpers/nock';

const satellite = fixture<DomainJSON>('domains/domain');
const primary = fixture<DomainJSON>('domains/primary-domain');

describe('Domain.fromJSON', () => {
  it('maps each cname target to a CNameTarget, keeping order and raw JSON', () => {
    const domain = Domain.fromJSON(satellite);
    expect(domain.cnameTargets).toHaveLength(2);
    domain.cnameTargets.forEach((target, i) => {
      expect(target).toBeInstanceOf(CNameTarget);
      expect(target.raw).toBe(satellite.cname_targets?.[i]);
    });
    expect(domain.cnameTargets[1]).toMatchObject({ host: 'clk._domainkey.shop.example.com', required: false });
    expect(domain.raw).toBe(satellite);
  });

  it('turns null or missing cname targets into an empty list and missing optional URLs into null', () => {
    expect(Domain.fromJSON(primary).cnameTargets).toEqual([]);
    const { cname_targets: _targets, accounts_portal_url: _portal, proxy_url: _proxy, ...bare } = primary;
    const domain = Domain.fromJSON(bare);
    expect(domain).toMatchObject({ cnameTargets: [], accountsPortalUrl: null, proxyUrl: null, frontendApiUrl: 'https://clerk.example.com' });
  });
});

import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, DeletedObject } from '../../src/index';
import { CNameTarget } from '../../src/models/CNameTarget';
import { Domain } from '../../src/models/Domain';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const deletedDomain = fixture('domains/delete-domain');
const satellite = fixture('domains/domain');
const primary = fixture('domains/primary-domain');

describe('domains.deleteDomain', () => {
  it('deletes by encoded id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/domains/dmn_a%2F..').reply(200, deletedDomain);
    const deleted = await testClient().domains.deleteDomain('dmn_a/..');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'domain', id: deletedDomain.id, deleted: true });
  });

  it('rejects with the API error on 403 (primary domain)', async () => {
    clerkApi()
      .delete(`/v1/domains/${deletedDomain.id}`)
      .reply(403, { errors: [{ code: 'operation_not_allowed', message: 'not allowed', long_message: 'The primary domain cannot be deleted.' }] });
    const error = await rejectionOf(testClient().domains.deleteDomain(deletedDomain.id));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(403);
    expect(error.message).toContain('The primary domain cannot be deleted.');
  });
});

describe('domains.list', () => {
  it('gets every domain with no query and maps them, with the total', async () => {
    clerkApi()
      .get('/v1/domains')
      .query((q) => Object.keys(q).length === 0)
      .reply(200, { data: [primary, satellite], total_count: 2 });
    const list = await testClient().domains.list();
    expect(list).toHaveLength(2);
    expect(list.totalCount).toBe(2);
    expect(list[0]).toBeInstanceOf(Domain);
    expect(list[0]).toMatchObject({
      id: primary.id,
      name: 'example.com',
      isSatellite: false,
      accountsPortalUrl: 'https://accounts.example.com',
      proxyUrl: 'https://example.com/__clerk',
      cnameTargets: [],
    });
    expect(list[1]?.cnameTargets[0]).toBeInstanceOf(CNameTarget);
    expect(list[1]?.cnameTargets.map((c) => ({ ...c }))).toEqual([
      { host: 'clerk.shop.example.com', value: 'frontend-api.clerk.services', required: true },
      { host: 'clk._domainkey.shop.example.com', value: 'dkim1.abc123.clerk.services', required: false },
    ]);
  });
});

describe('domains.add', () => {
  it('posts the camelCase params as snake_case and maps the new domain', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/domains', sent.match).matchHeader('content-type', 'application/json').reply(200, satellite);
    const domain = await testClient().domains.add({ name: 'shop.example.com', isSatellite: true, proxyUrl: null });
    expect(sent.body).toEqual({ name: 'shop.example.com', is_satellite: true, proxy_url: null });
    expect(domain).toBeInstanceOf(Domain);
    expect(domain).toMatchObject({
      id: satellite.id,
      name: 'shop.example.com',
      isSatellite: true,
      frontendApiUrl: 'https://clerk.shop.example.com',
      accountsPortalUrl: null,
      proxyUrl: null,
      developmentOrigin: '',
    });
    expect(domain.raw).toEqual(satellite);
  });

  it('also accepts the snake_case keys @clerk/backend used', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/domains', sent.match).reply(200, satellite);
    const legacy = { name: 'shop.example.com', is_satellite: true, proxy_url: 'https://shop.example.com/__clerk' };
    await testClient().domains.add(legacy as unknown as { name: string; isSatellite: boolean });
    expect(sent.body).toEqual(legacy);
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/domains')
      .reply(422, {
        errors: [{ code: 'form_identifier_exists', message: 'taken', long_message: 'This domain is already in use.', meta: { param_name: 'name' } }],
      });
    const error = await rejectionOf(testClient().domains.add({ name: 'shop.example.com', isSatellite: true }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: 'form_identifier_exists', meta: { paramName: 'name' } });
  });
});

describe('domains.update', () => {
  it('patches the encoded id with the other fields in snake_case', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/domains/dmn_a%2F..', sent.match).matchHeader('content-type', 'application/json').reply(200, primary);
    const domain = await testClient().domains.update({ domainId: 'dmn_a/..', proxyUrl: 'https://example.com/__clerk', isSecondary: false });
    expect(sent.body).toEqual({ proxy_url: 'https://example.com/__clerk', is_secondary: false });
    expect(domain).toBeInstanceOf(Domain);
    expect(domain).toMatchObject({ id: primary.id, proxyUrl: 'https://example.com/__clerk', isSatellite: false });
  });

  it('sends null to switch a proxy off', async () => {
    const sent = captureBody();
    clerkApi()
      .patch(`/v1/domains/${primary.id}`, sent.match)
      .reply(200, { ...primary, proxy_url: null });
    const domain = await testClient().domains.update({ domainId: primary.id, proxyUrl: null });
    expect(sent.body).toEqual({ proxy_url: null });
    expect(domain.proxyUrl).toBeNull();
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().domains.update({ domainId: '', name: 'example.org' }));
    expect(error.code).toBe('invalid_argument');
  });
});

describe('domains.delete', () => {
  it('is deleteDomain under the @clerk/backend name', async () => {
    clerkApi().delete('/v1/domains/dmn_b%20c').reply(200, deletedDomain);
    const deleted = await testClient().domains.delete('dmn_b c');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'domain', deleted: true });
  });
});

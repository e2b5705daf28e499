import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, DeletedObject } from '../../src/index';
import { JwtTemplate } from '../../src/models/JwtTemplate';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const template = fixture('jwt-templates/jwt-template');
const claims = { aud: 'authenticated', role: 'authenticated', user_metadata: { email: '{{user.primary_email_address}}' } };

describe('jwtTemplates.list', () => {
  it('asks for a paginated list and maps items with the total', async () => {
    clerkApi()
      .get('/v1/jwt_templates')
      .query({ limit: '10', offset: '10', paginated: 'true' })
      .reply(200, { data: [template], total_count: 11 });
    const list = await testClient().jwtTemplates.list({ limit: 10, offset: 10 });
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(11);
    expect(list[0]).toBeInstanceOf(JwtTemplate);
    expect(list[0]).toMatchObject({ id: template.id, name: 'supabase' });
  });

  it('works with no arguments', async () => {
    clerkApi().get('/v1/jwt_templates').query({ paginated: 'true' }).reply(200, { data: [], total_count: 0 });
    expect(await testClient().jwtTemplates.list()).toHaveLength(0);
  });
});

describe('jwtTemplates.get', () => {
  it('gets by encoded id and keeps the claims verbatim', async () => {
    clerkApi().get('/v1/jwt_templates/jtmp_a%2F..').reply(200, template);
    const result = await testClient().jwtTemplates.get('jtmp_a/..');
    expect(result).toBeInstanceOf(JwtTemplate);
    expect(result).toMatchObject({
      id: template.id,
      name: 'supabase',
      lifetime: 60,
      allowedClockSkew: 5,
      customSigningKey: true,
      signingAlgorithm: 'HS256',
      createdAt: 1716900000000,
      updatedAt: 1716903000000,
    });
    expect(result.claims).toEqual(claims);
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/jwt_templates/jtmp_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'JWT template not found' }] });
    const error = await rejectionOf(testClient().jwtTemplates.get('jtmp_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('jwtTemplates.create', () => {
  it('posts snake_case fields with the claims untouched', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/jwt_templates', sent.match).matchHeader('content-type', 'application/json').reply(200, template);
    const result = await testClient().jwtTemplates.create({
      name: 'supabase',
      claims,
      lifetime: 60,
      allowedClockSkew: 5,
      customSigningKey: true,
      signingAlgorithm: 'HS256',
      signingKey: 'super-secret-signing-key',
    });
    expect(sent.body).toEqual({
      name: 'supabase',
      claims: { aud: 'authenticated', role: 'authenticated', user_metadata: { email: '{{user.primary_email_address}}' } },
      lifetime: 60,
      allowed_clock_skew: 5,
      custom_signing_key: true,
      signing_algorithm: 'HS256',
      signing_key: 'super-secret-signing-key',
    });
    expect(result).toBeInstanceOf(JwtTemplate);
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/jwt_templates')
      .reply(422, {
        errors: [{ code: 'form_identifier_exists', message: 'taken', long_message: 'A template with this name already exists.', meta: { param_name: 'name' } }],
      });
    const error = await rejectionOf(testClient().jwtTemplates.create({ name: 'supabase', claims: {} }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.errors[0]).toMatchObject({ code: 'form_identifier_exists', meta: { paramName: 'name' } });
  });
});

describe('jwtTemplates.update', () => {
  it('patches the encoded id, leaving it out of the body', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/jwt_templates/jtmp_a%23b', sent.match).reply(200, template);
    const result = await testClient().jwtTemplates.update({ templateId: 'jtmp_a#b', name: 'supabase', claims, lifetime: null });
    expect(sent.body).toEqual({ name: 'supabase', claims, lifetime: null });
    expect(result).toBeInstanceOf(JwtTemplate);
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().jwtTemplates.update({ templateId: '', name: 'x', claims: {} }));
    expect(error.code).toBe('invalid_argument');
  });
});

describe('jwtTemplates.delete', () => {
  it('deletes by encoded id and returns a DeletedObject', async () => {
    clerkApi().delete(`/v1/jwt_templates/${template.id}`).reply(200, { object: 'jwt_template', id: template.id, deleted: true });
    const deleted = await testClient().jwtTemplates.delete(template.id);
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'jwt_template', id: template.id, deleted: true });
  });
});

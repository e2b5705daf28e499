import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { InstanceSettings } from '../../src/models/InstanceSettings';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const settings = fixture('beta-features/update-instance-settings');

describe('betaFeatures.updateInstanceSettings', () => {
  it('patches snake_case settings and maps the answer', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/beta_features/instance_settings', sent.match).reply(200, settings);
    const result = await testClient().betaFeatures.updateInstanceSettings({ restrictedToAllowlist: true, fromEmailAddress: 'accounts', testMode: false });
    expect(sent.body).toEqual({ restricted_to_allowlist: true, from_email_address: 'accounts', test_mode: false });
    expect(result).toBeInstanceOf(InstanceSettings);
    expect(result).toMatchObject({
      id: 'ins_2xJ8qR4sT6uV8wX0yZ2aB4c',
      restrictedToAllowlist: true,
      fromEmailAddress: 'accounts',
      progressiveSignUp: true,
      enhancedEmailDeliverability: false,
    });
  });

  it('maps fields the answer leaves out to null', async () => {
    clerkApi().patch('/v1/beta_features/instance_settings').reply(200, { object: 'instance_settings' });
    const result = await testClient().betaFeatures.updateInstanceSettings({ progressiveSignUp: false });
    expect(result).toMatchObject({ id: null, restrictedToAllowlist: null, fromEmailAddress: null, progressiveSignUp: null });
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .patch('/v1/beta_features/instance_settings')
      .reply(422, {
        errors: [{ code: 'form_param_format_invalid', message: 'invalid', long_message: 'from_email_address may only contain letters and digits.' }],
      });
    const error = await rejectionOf(testClient().betaFeatures.updateInstanceSettings({ fromEmailAddress: 'a b' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
  });
});

describe('betaFeatures.changeDomain', () => {
  it('posts to /instance/change_domain (the listed endpoint) and resolves to undefined on 202', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/instance/change_domain', sent.match).reply(202);
    const result = await testClient().betaFeatures.changeDomain({ homeUrl: 'https://www.example.com', isSecondary: false });
    expect(result).toBeUndefined();
    expect(sent.body).toEqual({ home_url: 'https://www.example.com', is_secondary: false });
  });
});

describe('betaFeatures.updateProductionInstanceDomain', () => {
  it('puts to /beta_features/domain and resolves to undefined on 202', async () => {
    const sent = captureBody();
    clerkApi().put('/v1/beta_features/domain', sent.match).reply(202);
    const result = await testClient().betaFeatures.updateProductionInstanceDomain({ homeUrl: 'https://app.example.com', isSecondary: true });
    expect(result).toBeUndefined();
    expect(sent.body).toEqual({ home_url: 'https://app.example.com', is_secondary: true });
  });
});

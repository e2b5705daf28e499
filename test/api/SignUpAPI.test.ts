import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { SignUp } from '../../src/models/SignUp';
import { SignUpVerification } from '../../src/models/SignUpVerification';
import { SignUpVerifications } from '../../src/models/SignUpVerifications';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const signUp = fixture('sign-ups/sign-up');
const updated = fixture('sign-ups/update-sign-up');

describe('signUps.get', () => {
  it('gets by encoded id and maps the sign-up with its verifications', async () => {
    clerkApi().get('/v1/sign_ups/sua_1%2F..').reply(200, signUp);
    const result = await testClient().signUps.get('sua_1/..');
    expect(result).toBeInstanceOf(SignUp);
    expect(result).toMatchObject({
      id: signUp.id,
      status: 'missing_requirements',
      requiredFields: ['email_address', 'password'],
      unverifiedFields: ['email_address'],
      emailAddress: 'ada@example.com',
      passwordEnabled: true,
      firstName: 'Ada',
      lastName: null,
      abandonAt: 1716986400000,
      legalAcceptedAt: 1716900000000,
      locale: 'en-GB',
      externalAccount: null,
    });
    expect(result.unsafeMetadata).toEqual({ signup_source: 'landing-page', utmParams: { utm_campaign: 'spring' } });
    expect(result.verifications).toBeInstanceOf(SignUpVerifications);
    expect(result.verifications.emailAddress).toBeInstanceOf(SignUpVerification);
    expect(result.verifications.emailAddress).toMatchObject({ nextAction: 'needs_attempt', supportedStrategies: ['email_code', 'email_link'] });
    expect(result.verifications.emailAddress?.raw.strategy).toBe('email_code');
    expect(result.verifications.phoneNumber).toBeNull();
  });

  it('rejects with the API error on 403', async () => {
    clerkApi()
      .get('/v1/sign_ups/sua_other')
      .reply(403, { errors: [{ code: 'authorization_invalid', message: 'forbidden', long_message: 'You are not authorized to access this sign up.' }] });
    const error = await rejectionOf(testClient().signUps.get('sua_other'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(403);
    expect(error.errors[0].code).toBe('authorization_invalid');
  });
});

describe('signUps.update', () => {
  it('patches the encoded id, leaving it out of the snake_case body', async () => {
    const sent = captureBody();
    clerkApi().patch('/v1/sign_ups/sua_a%23b', sent.match).matchHeader('content-type', 'application/json').reply(200, updated);
    const result = await testClient().signUps.update({ signUpAttemptId: 'sua_a#b', externalId: 'legacy-user-8812', customAction: true });
    expect(sent.body).toEqual({ external_id: 'legacy-user-8812', custom_action: true });
    expect(result).toBeInstanceOf(SignUp);
    expect(result).toMatchObject({
      status: 'complete',
      customAction: true,
      externalId: 'legacy-user-8812',
      createdUserId: updated.created_user_id,
      createdSessionId: updated.created_session_id,
      legalAcceptedAt: null,
      unsafeMetadata: null,
      publicMetadata: null,
      locale: null,
    });
    expect(result.verifications).toMatchObject({ emailAddress: null, phoneNumber: null, web3Wallet: null, externalAccount: null });
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().signUps.update({ signUpAttemptId: '', externalId: 'x' }));
    expect(error.code).toBe('invalid_argument');
  });
});

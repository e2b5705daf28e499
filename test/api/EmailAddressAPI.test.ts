import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject, EmailAddress, IdentificationLink, Verification } from '../../src/index';
import { IdentificationVerification } from '../../src/models/IdentificationVerification';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const email = fixture('email-addresses/get-email-address');

describe('emailAddresses.getEmailAddress', () => {
  it('fetches by encoded id and maps the address with its verification and links', async () => {
    clerkApi().get('/v1/email_addresses/idn_2ada01').reply(200, email);
    const result = await testClient().emailAddresses.getEmailAddress('idn_2ada01');
    expect(result).toBeInstanceOf(EmailAddress);
    expect(result).toMatchObject({
      id: 'idn_2ada01',
      emailAddress: 'ada@example.com',
      reserved: false,
      matchesSsoConnection: false,
      createdAt: 1716900000000,
      updatedAt: 1716900300000,
    });
    expect(result.verification).toBeInstanceOf(Verification);
    expect(result.verification).toMatchObject({
      object: 'verification_otp',
      status: 'verified',
      strategy: 'email_code',
      attempts: 1,
      expireAt: 1716900600000,
      channel: null,
      verifiedAtClient: 'client_2abc',
    });
    expect(result.linkedTo[0]).toBeInstanceOf(IdentificationLink);
    expect(result.linkedTo.map((l) => ({ id: l.id, type: l.type }))).toEqual([{ id: 'idn_2google01', type: 'oauth_google' }]);
  });

  it('encodes ids containing slashes', async () => {
    clerkApi().get('/v1/email_addresses/idn%2F..%2Fusers').reply(200, email);
    const result = await testClient().emailAddresses.getEmailAddress('idn/../users');
    expect(result.emailAddress).toBe('ada@example.com');
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/email_addresses/idn_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Email address not found' }] });
    const error = await rejectionOf(testClient().emailAddresses.getEmailAddress('idn_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().emailAddresses.getEmailAddress(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('emailAddresses.createEmailAddress', () => {
  it('posts snake_case JSON', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/email_addresses', sent.match).matchHeader('content-type', 'application/json').reply(200, email);
    const result = await testClient().emailAddresses.createEmailAddress({
      userId: 'user_2ada',
      emailAddress: 'ada@example.com',
      verified: true,
      primary: false,
      notifyPrimaryEmailAddressChanged: false,
    });
    expect(sent.body).toEqual({
      user_id: 'user_2ada',
      email_address: 'ada@example.com',
      verified: true,
      primary: false,
      notify_primary_email_address_changed: false,
    });
    expect(result.id).toBe('idn_2ada01');
  });

  it('rejects with the API error on 422', async () => {
    clerkApi()
      .post('/v1/email_addresses')
      .reply(422, { errors: [{ code: 'form_identifier_exists', message: 'taken', long_message: 'That email address is taken.' }] });
    const error = await rejectionOf(testClient().emailAddresses.createEmailAddress({ userId: 'user_2ada', emailAddress: 'ada@example.com' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(422);
  });
});

describe('emailAddresses.updateEmailAddress', () => {
  it('patches the flags given', async () => {
    const sent = captureBody();
    clerkApi()
      .patch('/v1/email_addresses/idn_2ada01', sent.match)
      .reply(200, { ...email, verification: null });
    const result = await testClient().emailAddresses.updateEmailAddress('idn_2ada01', { primary: true, verified: false });
    expect(sent.body).toEqual({ primary: true, verified: false });
    expect(result.verification).toBeNull();
  });
});

describe('emailAddresses.deleteEmailAddress', () => {
  it('deletes by id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/email_addresses/idn_2ada01').reply(200, fixture('email-addresses/delete-email-address'));
    const deleted = await testClient().emailAddresses.deleteEmailAddress('idn_2ada01');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'email_address', id: 'idn_2ada01', deleted: true });
  });
});

describe('emailAddresses.prepareEmailAddressVerification', () => {
  it('POSTs with no body and maps the started verification', async () => {
    const sent: unknown[] = [];
    clerkApi()
      .post('/v1/email_addresses/idn_2ada01/prepare_verification', (body) => {
        sent.push(body);
        return true;
      })
      .reply(200, fixture('email-addresses/prepare-email-address-verification'));
    const result = await testClient().emailAddresses.prepareEmailAddressVerification('idn_2ada01');
    expect(sent).toEqual(['']);
    expect(result).toBeInstanceOf(IdentificationVerification);
    expect(result).toEqual(
      expect.objectContaining({
        object: 'verification',
        id: 'ver_2email01',
        status: 'unverified',
        strategy: 'email_code',
        attempts: 0,
        expireAt: 1717400600000,
        channel: null,
      }),
    );
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .post('/v1/email_addresses/idn_missing/prepare_verification')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Email address not found' }] });
    const error = await rejectionOf(testClient().emailAddresses.prepareEmailAddressVerification('idn_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

describe('emailAddresses.attemptEmailAddressVerification', () => {
  it('posts the verification id and code and maps the result', async () => {
    const sent = captureBody();
    const json = fixture('email-addresses/attempt-email-address-verification');
    clerkApi().post('/v1/email_addresses/idn_2ada01/attempt_verification', sent.match).reply(200, json);
    const result = await testClient().emailAddresses.attemptEmailAddressVerification('idn_2ada01', {
      verificationId: 'ver_2email01',
      code: '424242',
    });
    expect(sent.body).toEqual({ verification_id: 'ver_2email01', code: '424242' });
    expect(result).toBeInstanceOf(IdentificationVerification);
    expect(result).toMatchObject({ id: 'ver_2email01', status: 'verified', attempts: 1 });
    expect(result.raw).toEqual(json);
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().emailAddresses.attemptEmailAddressVerification('', { verificationId: 'v', code: '1' }));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

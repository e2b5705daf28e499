import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, ClerkSDKError, DeletedObject, PhoneNumber, Verification } from '../../src/index';
import { IdentificationVerification } from '../../src/models/IdentificationVerification';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const phone = fixture('phone-numbers/get-phone-number');

describe('phoneNumbers.getPhoneNumber', () => {
  it('fetches by id and maps the number', async () => {
    clerkApi().get('/v1/phone_numbers/idn_2phone01').reply(200, phone);
    const result = await testClient().phoneNumbers.getPhoneNumber('idn_2phone01');
    expect(result).toBeInstanceOf(PhoneNumber);
    expect(result).toMatchObject({
      id: 'idn_2phone01',
      phoneNumber: '+15555550100',
      reservedForSecondFactor: false,
      defaultSecondFactor: true,
      reserved: false,
      backupCodes: null,
      linkedTo: [],
      createdAt: 1716900000000,
      updatedAt: 1716900200000,
    });
    expect(result.verification).toBeInstanceOf(Verification);
    expect(result.verification).toMatchObject({ status: 'verified', strategy: 'phone_code', channel: 'sms' });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/phone_numbers/idn_missing')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Phone number not found' }] });
    const error = await rejectionOf(testClient().phoneNumbers.getPhoneNumber('idn_missing'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].longMessage).toBe('Phone number not found');
  });

  it('rejects an empty id without sending anything', async () => {
    const error = await rejectionOf(testClient().phoneNumbers.getPhoneNumber(''));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('invalid_argument');
  });
});

describe('phoneNumbers.createPhoneNumber', () => {
  it('posts snake_case JSON', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/phone_numbers', sent.match).matchHeader('content-type', 'application/json').reply(200, phone);
    const result = await testClient().phoneNumbers.createPhoneNumber({
      userId: 'user_2ada',
      phoneNumber: '+15555550100',
      verified: true,
      primary: true,
      reservedForSecondFactor: false,
    });
    expect(sent.body).toEqual({
      user_id: 'user_2ada',
      phone_number: '+15555550100',
      verified: true,
      primary: true,
      reserved_for_second_factor: false,
    });
    expect(result.phoneNumber).toBe('+15555550100');
  });
});

describe('phoneNumbers.updatePhoneNumber', () => {
  it('patches the flags given, by encoded id', async () => {
    const sent = captureBody();
    clerkApi()
      .patch('/v1/phone_numbers/idn%202', sent.match)
      .reply(200, { ...phone, reserved_for_second_factor: true });
    const result = await testClient().phoneNumbers.updatePhoneNumber('idn 2', { reservedForSecondFactor: true });
    expect(sent.body).toEqual({ reserved_for_second_factor: true });
    expect(result.reservedForSecondFactor).toBe(true);
  });
});

describe('phoneNumbers.deletePhoneNumber', () => {
  it('deletes by id and returns a DeletedObject', async () => {
    clerkApi().delete('/v1/phone_numbers/idn_2phone01').reply(200, fixture('phone-numbers/delete-phone-number'));
    const deleted = await testClient().phoneNumbers.deletePhoneNumber('idn_2phone01');
    expect(deleted).toBeInstanceOf(DeletedObject);
    expect(deleted).toMatchObject({ object: 'phone_number', id: 'idn_2phone01', deleted: true });
  });
});

describe('phoneNumbers.preparePhoneNumberVerification', () => {
  it('POSTs with no body and maps the started verification with its channel', async () => {
    const sent: unknown[] = [];
    clerkApi()
      .post('/v1/phone_numbers/idn_2phone01/prepare_verification', (body) => {
        sent.push(body);
        return true;
      })
      .reply(200, fixture('phone-numbers/prepare-phone-number-verification'));
    const result = await testClient().phoneNumbers.preparePhoneNumberVerification('idn_2phone01');
    expect(sent).toEqual(['']);
    expect(result).toBeInstanceOf(IdentificationVerification);
    expect(result).toMatchObject({
      object: 'verification',
      id: 'ver_2phone01',
      status: 'unverified',
      strategy: 'phone_code',
      attempts: 0,
      expireAt: 1717400600000,
      channel: 'sms',
    });
  });

  it('rejects with the API error when rate limited', async () => {
    clerkApi()
      .post('/v1/phone_numbers/idn_2phone01/prepare_verification')
      .reply(429, { errors: [{ code: 'too_many_requests', message: 'slow down', long_message: 'Too many codes requested.' }] }, { 'retry-after': '30' });
    const error = await rejectionOf(testClient({ httpOptions: { retry: 0 } }).phoneNumbers.preparePhoneNumberVerification('idn_2phone01'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(30);
  });
});

describe('phoneNumbers.attemptPhoneNumberVerification', () => {
  it('posts the verification id and code; a wrong code comes back as a failed status, not an error', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/phone_numbers/idn_2phone01/attempt_verification', sent.match).reply(200, fixture('phone-numbers/attempt-phone-number-verification'));
    const result = await testClient().phoneNumbers.attemptPhoneNumberVerification('idn_2phone01', {
      verificationId: 'ver_2phone01',
      code: '000000',
    });
    expect(sent.body).toEqual({ verification_id: 'ver_2phone01', code: '000000' });
    expect(result).toBeInstanceOf(IdentificationVerification);
    expect(result).toMatchObject({ id: 'ver_2phone01', status: 'failed', attempts: 3, channel: 'sms' });
  });
});

import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError, EmailAddress, PhoneNumber } from '../../src/index';
import { rejectionOf } from '../helpers/nock';
import { firstError, useEmulator } from './helpers';

const t = useEmulator();

async function newUser(body: Record<string, unknown> = {}) {
  return (await t.call('POST', '/users', { body: { username: `user${Math.random().toString(36).slice(2, 10)}`, ...body } })).body;
}

describe('email addresses over plain HTTP', () => {
  it('creates, verifies, promotes and deletes an email address', async () => {
    const user = await newUser({ email_address: ['first@example.com'] });
    const created = await t.call('POST', '/email_addresses', { body: { user_id: user.id, email_address: 'Second@Example.com' } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ object: 'email_address', email_address: 'second@example.com', verification: null });
    expect(created.body.id).toMatch(/^idn_/);

    const notVerified = await t.call('PATCH', `/email_addresses/${created.body.id}`, { body: { primary: true } });
    expect(firstError(notVerified.body)).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'primary' } });

    const promoted = await t.call('PATCH', `/email_addresses/${created.body.id}`, { body: { verified: true, primary: true } });
    expect(promoted.body.verification).toMatchObject({ status: 'verified' });
    expect((await t.call('GET', `/users/${user.id}`)).body.primary_email_address_id).toBe(created.body.id);
    expect((await t.call('GET', `/email_addresses/${created.body.id}`)).body).toEqual(promoted.body);

    const deleted = await t.call('DELETE', `/email_addresses/${created.body.id}`);
    expect(deleted.body).toEqual({ object: 'email_address', id: created.body.id, deleted: true });
    const after = (await t.call('GET', `/users/${user.id}`)).body;
    // The remaining verified address became primary again.
    expect(after.primary_email_address_id).toBe(user.email_addresses[0].id);
    expect(after.email_addresses).toHaveLength(1);
  });

  it('refuses taken, malformed and missing values', async () => {
    const user = await newUser({ email_address: ['owner@example.com'] });
    const taken = await t.call('POST', '/email_addresses', { body: { user_id: user.id, email_address: 'owner@example.com' } });
    expect(firstError(taken.body)).toMatchObject({ code: 'form_identifier_exists', meta: { param_name: 'email_address' } });
    const malformed = await t.call('POST', '/email_addresses', { body: { user_id: user.id, email_address: 'nope' } });
    expect(firstError(malformed.body).code).toBe('form_param_format_invalid');
    const missing = await t.call('POST', '/email_addresses', { body: { user_id: user.id } });
    expect(missing.status).toBe(422);
    expect(firstError(missing.body)).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'email_address' } });
    const noUser = await t.call('POST', '/email_addresses', { body: { user_id: 'user_nobody', email_address: 'x@example.com' } });
    expect(noUser.status).toBe(404);
    expect((await t.call('GET', '/email_addresses/idn_missing')).status).toBe(404);
  });

  it('replaces all of a user email addresses with one', async () => {
    const user = await newUser({ email_address: ['old1@example.com', 'old2@example.com'] });
    const replaced = await t.call('PUT', `/users/${user.id}/email_address`, { body: { email_address: 'new@example.com' } });
    expect(replaced.status).toBe(200);
    const after = (await t.call('GET', `/users/${user.id}`)).body;
    expect(after.email_addresses.map((e: any) => e.email_address)).toEqual(['new@example.com']);
    expect(after.primary_email_address_id).toBe(replaced.body.id);
  });
});

describe('phone numbers over plain HTTP', () => {
  it('creates, reserves for second factor and deletes a phone number', async () => {
    const user = await newUser();
    const created = await t.call('POST', '/phone_numbers', {
      body: { user_id: user.id, phone_number: '+15555550111', verified: true, reserved_for_second_factor: true },
    });
    expect(created.body).toMatchObject({
      object: 'phone_number',
      phone_number: '+15555550111',
      reserved_for_second_factor: true,
      default_second_factor: true,
    });
    const fetchedUser = (await t.call('GET', `/users/${user.id}`)).body;
    expect(fetchedUser.primary_phone_number_id).toBe(created.body.id);
    expect(fetchedUser.two_factor_enabled).toBe(true);

    const updated = await t.call('PATCH', `/phone_numbers/${created.body.id}`, { body: { reserved_for_second_factor: false } });
    expect(updated.body).toMatchObject({ reserved_for_second_factor: false, default_second_factor: false });
    expect((await t.call('DELETE', `/phone_numbers/${created.body.id}`)).body).toEqual({
      object: 'phone_number',
      id: created.body.id,
      deleted: true,
    });
    expect((await t.call('GET', `/phone_numbers/${created.body.id}`)).status).toBe(404);
  });

  it('refuses numbers that are not E.164', async () => {
    const user = await newUser();
    const response = await t.call('POST', '/phone_numbers', { body: { user_id: user.id, phone_number: '0555 0100' } });
    expect(firstError(response.body)).toMatchObject({ code: 'form_param_format_invalid', meta: { param_name: 'phone_number' } });
  });
});

describe('email addresses and phone numbers through the SDK', () => {
  it('round-trips both with model results', async () => {
    const user = await t.clerk.users.createUser({ username: 'sdkuser' });
    const email = await t.clerk.emailAddresses.createEmailAddress({ userId: user.id, emailAddress: 'sdk@example.com', verified: true });
    expect(email).toBeInstanceOf(EmailAddress);
    expect(email.emailAddress).toBe('sdk@example.com');
    const emailId = email.id!;
    expect(emailId).toMatch(/^idn_/);
    expect((await t.clerk.emailAddresses.getEmailAddress(emailId)).id).toBe(emailId);
    expect((await t.clerk.emailAddresses.updateEmailAddress(emailId, { primary: true })).id).toBe(emailId);
    expect((await t.clerk.users.getUser(user.id)).primaryEmailAddressId).toBe(emailId);
    expect(await t.clerk.emailAddresses.deleteEmailAddress(emailId)).toMatchObject({ id: emailId, deleted: true });

    const phone = await t.clerk.phoneNumbers.createPhoneNumber({ userId: user.id, phoneNumber: '+15555550199', verified: true });
    expect(phone).toBeInstanceOf(PhoneNumber);
    expect(phone.phoneNumber).toBe('+15555550199');
    const phoneId = phone.id!;
    expect((await t.clerk.phoneNumbers.updatePhoneNumber(phoneId, { reservedForSecondFactor: true })).reservedForSecondFactor).toBe(true);
    expect((await t.clerk.phoneNumbers.getPhoneNumber(phoneId)).defaultSecondFactor).toBe(true);
    expect(await t.clerk.phoneNumbers.deletePhoneNumber(phoneId)).toMatchObject({ id: phoneId, deleted: true });
    const error = await rejectionOf(t.clerk.phoneNumbers.getPhoneNumber(phoneId));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
  });
});

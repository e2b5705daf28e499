import { describe, expect, it, vi } from 'vitest';
import { ClerkSDKError, Email, EmailAPI } from '../../src/index';
import type { Requester } from '../../src/core/http';
import { rejectionOf, testClient } from '../helpers/nock';

const params = { fromEmailName: 'support', emailAddressId: 'idn_1', subject: 'Hello', body: 'Hi there' };

describe('emails.createEmail (retired)', () => {
  it('rejects with endpoint_removed and says there is no replacement', async () => {
    const error = await rejectionOf(testClient().emails.createEmail(params));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('endpoint_removed');
    expect(error.message).toContain('emails.createEmail');
    expect(error.message).toContain('no Backend API replacement');
  });

  it('never reaches the requester', async () => {
    const requester: Requester = { request: vi.fn() };
    const error = await rejectionOf(new EmailAPI(requester).createEmail(params));
    expect(error.code).toBe('endpoint_removed');
    expect(requester.request).not.toHaveBeenCalled();
  });
});

describe('Email model (kept from v4)', () => {
  it('maps v4 fields', () => {
    const email = Email.fromJSON({
      object: 'email',
      id: 'ema_1',
      from_email_name: 'support',
      email_address_id: 'idn_1',
      to_email_address: 'ada@example.com',
      subject: 'Hello',
      body: '<p>Hi</p>',
      status: 'queued',
    });
    expect(email).toMatchObject({
      id: 'ema_1',
      fromEmailName: 'support',
      emailAddressId: 'idn_1',
      toEmailAddress: 'ada@example.com',
      subject: 'Hello',
      body: '<p>Hi</p>',
      status: 'queued',
    });
  });
});

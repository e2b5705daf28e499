import { describe, expect, it, vi } from 'vitest';
import { ClerkSDKError, SMSMessage, SMSMessageAPI } from '../../src/index';
import type { Requester } from '../../src/core/http';
import { rejectionOf, testClient } from '../helpers/nock';

const params = { phoneNumberId: 'idn_phone_1', message: 'Your order shipped' };

describe('smsMessages.createSMSMessage (retired)', () => {
  it('rejects with endpoint_removed and says there is no replacement', async () => {
    const error = await rejectionOf(testClient().smsMessages.createSMSMessage(params));
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('endpoint_removed');
    expect(error.message).toContain('smsMessages.createSMSMessage');
    expect(error.message).toContain('no Backend API replacement');
  });

  it('never reaches the requester', async () => {
    const requester: Requester = { request: vi.fn() };
    const error = await rejectionOf(new SMSMessageAPI(requester).createSMSMessage(params));
    expect(error.code).toBe('endpoint_removed');
    expect(requester.request).not.toHaveBeenCalled();
  });
});

describe('SMSMessage model (kept from v4)', () => {
  it('maps v4 fields', () => {
    const sms = SMSMessage.fromJSON({
      object: 'sms_message',
      id: 'sms_1',
      from_phone_number: '+15550100',
      to_phone_number: '+15550199',
      phone_number_id: null,
      message: 'Your order shipped',
      status: 'sent',
    });
    expect(sms).toMatchObject({
      id: 'sms_1',
      fromPhoneNumber: '+15550100',
      toPhoneNumber: '+15550199',
      phoneNumberId: null,
      message: 'Your order shipped',
      status: 'sent',
    });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ClerkSDKError, InterstitialAPI } from '../../src/index';
import type { Requester } from '../../src/core/http';
import { rejectionOf, testClient } from '../helpers/nock';

describe('interstitial.getInterstitial (retired)', () => {
  it('rejects with endpoint_removed and points to the public interstitial', async () => {
    const error = await rejectionOf(testClient().interstitial.getInterstitial());
    expect(error).toBeInstanceOf(ClerkSDKError);
    expect(error.code).toBe('endpoint_removed');
    expect(error.message).toContain('/public/interstitial');
  });

  it('never reaches the requester', async () => {
    const requester: Requester = { request: vi.fn() };
    const error = await rejectionOf(new InterstitialAPI(requester).getInterstitial());
    expect(error.code).toBe('endpoint_removed');
    expect(requester.request).not.toHaveBeenCalled();
  });
});

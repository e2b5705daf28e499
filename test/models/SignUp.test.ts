import { describe, expect, it } from 'vitest';
import { SignUp, type SignUpJSON } from '../../src/models/SignUp';
import { SignUpVerification } from '../../src/models/SignUpVerification';
import { SignUpVerifications } from '../../src/models/SignUpVerifications';
import { fixture } from '../helpers/nock';

const json = fixture<SignUpJSON>('sign-ups/sign-up');

describe('SignUp.fromJSON', () => {
  it('maps the verifications through their own models', () => {
    const signUp = SignUp.fromJSON(json);
    expect(signUp.verifications).toBeInstanceOf(SignUpVerifications);
    expect(signUp.verifications.raw).toBe(json.verifications);
    const email = signUp.verifications.emailAddress;
    expect(email).toBeInstanceOf(SignUpVerification);
    expect(email?.raw).toBe(json.verifications.email_address);
    expect(email).toMatchObject({ nextAction: 'needs_attempt', supportedStrategies: ['email_code', 'email_link'] });
    expect(signUp.verifications).toMatchObject({ phoneNumber: null, web3Wallet: null, externalAccount: null });
  });

  it('keeps metadata and the external account verbatim', () => {
    const external = { provider: 'oauth_google', email_address: 'ada@example.com' };
    const signUp = SignUp.fromJSON({
      ...json,
      external_account: external,
      verifications: { ...json.verifications, external_account: { status: 'verified', strategy: 'oauth_google' } },
    });
    expect(signUp.unsafeMetadata).toEqual({ signup_source: 'landing-page', utmParams: { utm_campaign: 'spring' } });
    expect(signUp.publicMetadata).toEqual({});
    expect(signUp.externalAccount).toEqual(external);
    expect(signUp.verifications.externalAccount).toEqual({ status: 'verified', strategy: 'oauth_google' });
  });

  it('defaults a verification without fields to no next action and no strategies', () => {
    const signUp = SignUp.fromJSON({ ...json, verifications: { ...json.verifications, phone_number: {} } });
    expect(signUp.verifications.phoneNumber).toMatchObject({ nextAction: null, supportedStrategies: [] });
  });
});

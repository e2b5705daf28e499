import { describe, expect, it } from 'vitest';
import { OAuthApplication } from '../../src/models/OAuthApplication';
import { OAuthApplicationWithSecret, type OAuthApplicationWithSecretJSON } from '../../src/models/OAuthApplicationWithSecret';
import { fixture } from '../helpers/nock';

describe('OAuthApplicationWithSecret.fromJSON', () => {
  it('maps every OAuthApplication field plus the client secret', () => {
    const json = fixture<OAuthApplicationWithSecretJSON>('oauth-applications/create-oauth-application');
    const app = OAuthApplicationWithSecret.fromJSON(json);
    expect(app).toBeInstanceOf(OAuthApplication);
    expect(app).toMatchObject({
      id: 'oa_2mQx7YhT3kVb9NcR1sLp5FwZ8dE',
      clientId: 'Xp4dQ9mWv2LkT7sB',
      clientSecret: 'sk_oauth_Qm3v8Zx1Lp6Tn2Rb9Wc4Yd7F',
      dynamicallyRegistered: false,
      callbackUrl: 'https://analytics.acme.dev/oauth/callback',
      authorizeUrl: 'https://clerk.acme.dev/oauth/authorize',
      tokenFetchUrl: 'https://clerk.acme.dev/oauth/token',
      userInfoUrl: 'https://clerk.acme.dev/oauth/userinfo',
    });
    expect(app.raw).toBe(json);
  });

  it('gives null when the secret is absent, and keeps an empty one (public clients) as is', () => {
    const { client_secret: _ignored, ...base } = fixture<OAuthApplicationWithSecretJSON>('oauth-applications/create-oauth-application');
    expect(OAuthApplicationWithSecret.fromJSON(base).clientSecret).toBeNull();
    expect(OAuthApplicationWithSecret.fromJSON({ ...base, public: true, client_secret: '' }).clientSecret).toBe('');
  });
});

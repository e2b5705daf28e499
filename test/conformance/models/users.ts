// Models of the users / emailAddresses / phoneNumbers responses and everything nested in a User.
import { EmailAddress } from '../../../src/models/EmailAddress';
import { EnterpriseAccount } from '../../../src/models/EnterpriseAccount';
import { EnterpriseAccountConnection } from '../../../src/models/EnterpriseAccountConnection';
import { ExternalAccount } from '../../../src/models/ExternalAccount';
import { IdentificationLink } from '../../../src/models/IdentificationLink';
import { OauthAccessToken } from '../../../src/models/OauthAccessToken';
import { Passkey } from '../../../src/models/Passkey';
import { PhoneNumber } from '../../../src/models/PhoneNumber';
import { SamlAccount } from '../../../src/models/SamlAccount';
import { SamlAccountConnection } from '../../../src/models/SamlAccountConnection';
import { TrustedDevice } from '../../../src/models/TrustedDevice';
import { User } from '../../../src/models/User';
import { UserScim } from '../../../src/models/UserScim';
import { Verification } from '../../../src/models/Verification';
import { Web3Wallet } from '../../../src/models/Web3Wallet';
import type { ModelRegistry } from '../types';

export const models: ModelRegistry = {
  User: User.fromJSON,
  EmailAddress: EmailAddress.fromJSON,
  PhoneNumber: PhoneNumber.fromJSON,
  Web3Wallet: Web3Wallet.fromJSON,
  Passkey: Passkey.fromJSON,
  IdentificationLink: IdentificationLink.fromJSON,
  ExternalAccountWithVerification: ExternalAccount.fromJSON,
  SAMLAccount: SamlAccount.fromJSON,
  SAMLAccountConnection: SamlAccountConnection.fromJSON,
  EnterpriseAccount: EnterpriseAccount.fromJSON,
  EnterpriseAccountConnection: EnterpriseAccountConnection.fromJSON,
  // The spec's OAuthAccessToken is an array schema; this maps one of its items.
  OAuthAccessToken: OauthAccessToken.fromJSON,
  TrustedDevice: TrustedDevice.fromJSON,
  SCIMUserMetadata: UserScim.fromJSON,
  // Every verification variant maps to the one Verification model, which carries the union of their fields.
  verification_admin: Verification.fromJSON,
  verification_email_link: Verification.fromJSON,
  verification_from_oauth: Verification.fromJSON,
  verification_google_one_tap: Verification.fromJSON,
  verification_oauth: Verification.fromJSON,
  verification_otp: Verification.fromJSON,
  verification_passkey: Verification.fromJSON,
  verification_saml: Verification.fromJSON,
  verification_scim: Verification.fromJSON,
  verification_ticket: Verification.fromJSON,
  verification_web3: Verification.fromJSON,
};

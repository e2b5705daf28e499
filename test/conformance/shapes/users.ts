// Call shapes of the users / emailAddresses / phoneNumbers methods added for 2026-05-12 whose arguments are not
// "path ids, then one object". The three below take @clerk/backend's signature: one object holding both path ids.
// (The v4 methods of these resources are described in ./v4.ts.)
import type { CallShapes } from '../types';

export const shapes: CallShapes = {
  'users.getOrganizationInvitationList': { args: ({ userId, ...rest }) => [{ userId, ...rest }] },
  'users.deleteUserPasskey': {
    args: (p) => [{ userId: p.userId, passkeyIdentificationId: p.passkeyIdentificationId }],
  },
  'users.deleteUserWeb3Wallet': {
    args: (p) => [{ userId: p.userId, web3WalletIdentificationId: p.web3WalletIdentificationId }],
  },
  'users.deleteUserExternalAccount': {
    args: (p) => [{ userId: p.userId, externalAccountId: p.externalAccountId }],
  },
};

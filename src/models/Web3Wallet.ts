import { Verification, type VerificationJSON } from './Verification';
import { ClerkModel } from './ClerkModel';

/**
 * Wire shape of a web3 wallet.
 * @public
 */
export interface Web3WalletJSON {
  // <generated:Web3WalletJSON>
  id?: string;
  object: 'web3_wallet';
  web3_wallet: string;
  verification: VerificationJSON | null;
  created_at: number;
  updated_at: number;
  // </generated:Web3WalletJSON>
}

/**
 * A crypto wallet address a user can sign in with.
 * @public
 */
export class Web3Wallet extends ClerkModel<Web3WalletJSON> {
  // @model Web3Wallet from Web3Wallet
  // <generated:Web3Wallet>
  /** Unique id of the wallet, when the API reports it. */
  declare readonly id: string | null;
  /** The wallet address. */
  declare readonly web3Wallet: string;
  /** How and whether ownership of the wallet was proven. */
  declare readonly verification: Verification | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a Web3Wallet from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: Web3WalletJSON) => Web3Wallet;

  /** Maps the wire JSON; prefer {@link Web3Wallet.fromJSON}. */
  constructor(data: Web3WalletJSON) {
    super(data);
    this.id = data.id ?? null;
    this.web3Wallet = data.web3_wallet;
    this.verification = data.verification ? Verification.fromJSON(data.verification) : null;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:Web3Wallet>
}

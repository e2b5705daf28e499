import { ClerkModel } from './ClerkModel';
/**
 * Platforms a trusted device can run on.
 * @public
 */
export type TrustedDevicePlatform = 'ios' | 'android';

/**
 * Whether a trusted device can still be used.
 * @public
 */
export type TrustedDeviceStatus = 'active' | 'revoked';

/**
 * Wire shape of a trusted device (spec schema `TrustedDevice`).
 * @public
 */
export interface TrustedDeviceJSON {
  // <generated:TrustedDeviceJSON>
  object: 'trusted_device';
  id: string;
  platform: TrustedDevicePlatform;
  app_identifier: string;
  name?: string | null;
  algorithm: 'ES256';
  status: TrustedDeviceStatus;
  created_at: number;
  updated_at: number;
  last_used_at?: number | null;
  revoked_at?: number | null;
  // </generated:TrustedDeviceJSON>
}

/**
 * A mobile device a user enrolled so that it can vouch for them at sign-in.
 * @public
 */
export class TrustedDevice extends ClerkModel<TrustedDeviceJSON> {
  // @model TrustedDevice from TrustedDevice
  // <generated:TrustedDevice>
  /** Unique id of the trusted device. */
  declare readonly id: string;
  /** Operating system of the device. */
  declare readonly platform: TrustedDevicePlatform;
  /** Identifier of the app that enrolled the device (bundle id or package name). */
  declare readonly appIdentifier: string;
  /** Human-readable name of the device, when one was given. */
  declare readonly name: string | null;
  /** Signing algorithm of the device's key. */
  declare readonly algorithm: 'ES256';
  /** `active` while the device can be used, `revoked` once it no longer can. */
  declare readonly status: TrustedDeviceStatus;
  /** Enrollment time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** When the device was last used, Unix milliseconds; null when never or not reported. */
  declare readonly lastUsedAt: number | null;
  /** When the device was revoked, Unix milliseconds; null while it is active. */
  declare readonly revokedAt: number | null;
  /** Builds a TrustedDevice from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: TrustedDeviceJSON) => TrustedDevice;

  /** Maps the wire JSON; prefer {@link TrustedDevice.fromJSON}. */
  constructor(data: TrustedDeviceJSON) {
    super(data);
    this.id = data.id;
    this.platform = data.platform;
    this.appIdentifier = data.app_identifier;
    this.name = data.name ?? null;
    this.algorithm = data.algorithm;
    this.status = data.status;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
    this.lastUsedAt = data.last_used_at ?? null;
    this.revokedAt = data.revoked_at ?? null;
  }
  // </generated:TrustedDevice>
}

import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the device and location details recorded for a session's latest request.
 * @public
 */
export interface SessionActivityJSON {
  // <generated:SessionActivityJSON>
  object: string;
  id: string;
  device_type?: string;
  is_mobile: boolean;
  browser_name?: string;
  browser_version?: string;
  ip_address?: string;
  city?: string;
  country?: string;
  // </generated:SessionActivityJSON>
}

/**
 * Where and on what device a session was last used, as far as Clerk could tell from the request.
 * @public
 */
export class SessionActivity extends ClerkModel<SessionActivityJSON> {
  // @model SessionActivity from SessionActivityResponse
  // <generated:SessionActivity>
  /** Unique id of this activity record. */
  declare readonly id: string;
  /** Kind of device, such as `Macintosh` or `iPhone`, when known. */
  declare readonly deviceType: string | null;
  /** Whether the request came from a mobile device. */
  declare readonly isMobile: boolean;
  /** Browser family, such as `Chrome`, when known. */
  declare readonly browserName: string | null;
  /** Browser version string, when known. */
  declare readonly browserVersion: string | null;
  /** IP address the request came from, when known. */
  declare readonly ipAddress: string | null;
  /** City derived from the IP address, when known. */
  declare readonly city: string | null;
  /** Country derived from the IP address (ISO code), when known. */
  declare readonly country: string | null;
  /** Builds a SessionActivity from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SessionActivityJSON) => SessionActivity;

  /** Maps the wire JSON; prefer {@link SessionActivity.fromJSON}. */
  constructor(data: SessionActivityJSON) {
    super(data);
    this.id = data.id;
    this.deviceType = data.device_type ?? null;
    this.isMobile = data.is_mobile;
    this.browserName = data.browser_name ?? null;
    this.browserVersion = data.browser_version ?? null;
    this.ipAddress = data.ip_address ?? null;
    this.city = data.city ?? null;
    this.country = data.country ?? null;
  }
  // </generated:SessionActivity>
}

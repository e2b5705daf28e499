import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a redirect URL.
 * @public
 */
export interface RedirectUrlJSON {
  // <generated:RedirectUrlJSON>
  object: 'redirect_url';
  id: string;
  url: string;
  created_at: number;
  updated_at: number;
  // </generated:RedirectUrlJSON>
}

/**
 * A URL that Clerk may redirect to after OAuth or other flows (used by native and mobile apps).
 * @public
 */
export class RedirectUrl extends ClerkModel<RedirectUrlJSON> {
  // @model RedirectUrl from RedirectURL
  // <generated:RedirectUrl>
  /** Unique id of the entry. */
  declare readonly id: string;
  /** The allowed redirect target, a full URL or a custom scheme. */
  declare readonly url: string;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a RedirectUrl from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: RedirectUrlJSON) => RedirectUrl;

  /** Maps the wire JSON; prefer {@link RedirectUrl.fromJSON}. */
  constructor(data: RedirectUrlJSON) {
    super(data);
    this.id = data.id;
    this.url = data.url;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:RedirectUrl>
}

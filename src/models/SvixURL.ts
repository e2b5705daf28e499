import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a Svix dashboard link (spec schema `SvixURL`).
 * @public
 */
export interface SvixURLJSON {
  // <generated:SvixURLJSON>
  svix_url: string;
  // </generated:SvixURLJSON>
}

/**
 * A short-lived link to the Svix webhook dashboard of the instance.
 * @public
 */
export class SvixURL extends ClerkModel<SvixURLJSON> {
  // @model SvixURL from SvixURL
  // <generated:SvixURL>
  /** The dashboard link; open it soon, it expires. */
  declare readonly svixUrl: string;
  /** Builds a SvixURL from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SvixURLJSON) => SvixURL;

  /** Maps the wire JSON; prefer {@link SvixURL.fromJSON}. */
  constructor(data: SvixURLJSON) {
    super(data);
    this.svixUrl = data.svix_url;
  }
  // </generated:SvixURL>
}

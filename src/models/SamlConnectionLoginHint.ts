import { ClerkModel } from './ClerkModel';
/**
 * What a SAML connection passes to the identity provider as `login_hint`: the user's email address, the value of
 * one of their public metadata keys, or nothing.
 * @public
 */
export type SamlConnectionLoginHintMode = 'email_address' | 'custom_attribute' | 'off';

/**
 * Wire shape of a SAML connection's login hint settings (spec schema `SAMLConnectionLoginHint`; enterprise
 * connections embed the same object).
 * @public
 */
export interface SamlConnectionLoginHintJSON {
  // <generated:SamlConnectionLoginHintJSON>
  mode: SamlConnectionLoginHintMode;
  source?: string;
  // </generated:SamlConnectionLoginHintJSON>
}

/**
 * How a SAML connection pre-fills the identity provider's sign-in form when it redirects a user there.
 * @public
 */
export class SamlConnectionLoginHint extends ClerkModel<SamlConnectionLoginHintJSON> {
  // @model SamlConnectionLoginHint from SAMLConnectionLoginHint
  // <generated:SamlConnectionLoginHint>
  /** Which value is sent as the hint, or `off` for none. */
  declare readonly mode: SamlConnectionLoginHintMode;
  /** Public metadata key whose value is sent when `mode` is `custom_attribute`. */
  declare readonly source: string | null;
  /** Builds a SamlConnectionLoginHint from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SamlConnectionLoginHintJSON) => SamlConnectionLoginHint;

  /** Maps the wire JSON; prefer {@link SamlConnectionLoginHint.fromJSON}. */
  constructor(data: SamlConnectionLoginHintJSON) {
    super(data);
    this.mode = data.mode;
    this.source = data.source ?? null;
  }
  // </generated:SamlConnectionLoginHint>
}

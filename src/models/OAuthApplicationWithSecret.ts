import { OAuthApplication, type OAuthApplicationJSON } from './OAuthApplication';

/**
 * Wire shape of an OAuth application together with its client secret.
 * @public
 */
export interface OAuthApplicationWithSecretJSON extends OAuthApplicationJSON {
  // <generated:OAuthApplicationWithSecretJSON>
  client_secret?: string;
  // </generated:OAuthApplicationWithSecretJSON>
}

/**
 * An OAuth application as returned right after it is created or its secret rotated: the only time the
 * client secret is shown.
 * @public
 */
export class OAuthApplicationWithSecret extends OAuthApplication {
  // @model OAuthApplicationWithSecret from OAuthApplicationWithSecret extends OAuthApplication
  // @override client_secret json: ?: string
  // @override client_secret type: string | null
  // @override client_secret value: data.client_secret ?? null
  // <generated:OAuthApplicationWithSecret>
  /** The client secret; store it now, it cannot be read again. Empty for public clients, `null` when absent. */
  declare readonly clientSecret: string | null;

  /** Maps the wire JSON; prefer {@link OAuthApplicationWithSecret.fromJSON}. */
  constructor(data: OAuthApplicationWithSecretJSON) {
    super(data);
    this.clientSecret = data.client_secret ?? null;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  override get raw(): OAuthApplicationWithSecretJSON {
    return super.raw as OAuthApplicationWithSecretJSON;
  }

  /** Builds an OAuthApplicationWithSecret from the API's JSON. */
  static override fromJSON(data: OAuthApplicationWithSecretJSON): OAuthApplicationWithSecret {
    return make(data);
  }
  // </generated:OAuthApplicationWithSecret>
}

// <generated:make-OAuthApplicationWithSecret>
function make(data: OAuthApplicationWithSecretJSON): OAuthApplicationWithSecret {
  return new OAuthApplicationWithSecret(data);
}
// </generated:make-OAuthApplicationWithSecret>

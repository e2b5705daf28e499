/**
 * Wire shape of a custom attribute definition, as enterprise connections and directories report them.
 * @public
 */
export interface CustomAttributeJSON {
  name?: string;
  key?: string;
  sso_path?: string;
  scim_path?: string;
  directory_path?: string;
  multi_valued?: boolean;
}

/**
 * An extra identity provider attribute copied into the user's metadata, on single sign-on and on directory
 * provisioning.
 * @public
 */
export class CustomAttribute {
  /** Display name of the attribute. */
  readonly name: string | null;
  /** Metadata key the value is stored under. */
  readonly key: string | null;
  /** Where the value is read from in SAML assertions or OIDC claims, if set. */
  readonly ssoPath: string | null;
  /** GJSON path of the value in SCIM user resources (older name of `directoryPath`), if set. */
  readonly scimPath: string | null;
  /** GJSON path of the value in directory user resources, if set. */
  readonly directoryPath: string | null;
  /** Whether the attribute holds a list of values (stored as an array), when reported. */
  readonly multiValued: boolean | null;
  readonly #raw: CustomAttributeJSON;

  /** Maps the wire JSON; prefer {@link CustomAttribute.fromJSON}. */
  constructor(data: CustomAttributeJSON) {
    this.name = data.name ?? null;
    this.key = data.key ?? null;
    this.ssoPath = data.sso_path ?? null;
    this.scimPath = data.scim_path ?? null;
    this.directoryPath = data.directory_path ?? null;
    this.multiValued = data.multi_valued ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): CustomAttributeJSON {
    return this.#raw;
  }

  /** Builds a CustomAttribute from the API's JSON. */
  static fromJSON(data: CustomAttributeJSON): CustomAttribute {
    return new CustomAttribute(data);
  }
}

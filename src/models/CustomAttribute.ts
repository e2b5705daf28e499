import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a custom attribute definition, as enterprise connections and directories report them.
 * @public
 */
export interface CustomAttributeJSON {
  // <generated:CustomAttributeJSON>
  name?: string;
  key?: string;
  sso_path?: string;
  scim_path?: string;
  directory_path?: string;
  multi_valued?: boolean;
  // </generated:CustomAttributeJSON>
}

/**
 * An extra identity provider attribute copied into the user's metadata, on single sign-on and on directory
 * provisioning.
 * @public
 */
export class CustomAttribute extends ClerkModel<CustomAttributeJSON> {
  // @model CustomAttribute from #/components/schemas/EnterpriseConnection/properties/custom_attributes/items
  // @override name json: ?: string
  // @override name type: string | null
  // @override name value: data.name ?? null
  // @override key json: ?: string
  // @override key type: string | null
  // @override key value: data.key ?? null
  // <generated:CustomAttribute>
  /** Display name of the attribute. */
  declare readonly name: string | null;
  /** Metadata key the value is stored under. */
  declare readonly key: string | null;
  /** Where the value is read from in SAML assertions or OIDC claims, if set. */
  declare readonly ssoPath: string | null;
  /** GJSON path of the value in SCIM user resources (older name of `directoryPath`), if set. */
  declare readonly scimPath: string | null;
  /** GJSON path of the value in directory user resources, if set. */
  declare readonly directoryPath: string | null;
  /** Whether the attribute holds a list of values (stored as an array), when reported. */
  declare readonly multiValued: boolean | null;
  /** Builds a CustomAttribute from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: CustomAttributeJSON) => CustomAttribute;

  /** Maps the wire JSON; prefer {@link CustomAttribute.fromJSON}. */
  constructor(data: CustomAttributeJSON) {
    super(data);
    this.name = data.name ?? null;
    this.key = data.key ?? null;
    this.ssoPath = data.sso_path ?? null;
    this.scimPath = data.scim_path ?? null;
    this.directoryPath = data.directory_path ?? null;
    this.multiValued = data.multi_valued ?? null;
  }
  // </generated:CustomAttribute>
}

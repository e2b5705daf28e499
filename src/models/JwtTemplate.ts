import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a JWT template.
 * @public
 */
export interface JwtTemplateJSON {
  // <generated:JwtTemplateJSON>
  object: 'jwt_template';
  id: string;
  name: string;
  claims: Record<string, unknown>;
  lifetime: number;
  allowed_clock_skew: number;
  custom_signing_key: boolean;
  signing_algorithm: string;
  created_at: number;
  updated_at: number;
  // </generated:JwtTemplateJSON>
}

/**
 * A template for minting custom JWTs from a session (for example to call a third-party service).
 * @public
 */
export class JwtTemplate extends ClerkModel<JwtTemplateJSON> {
  // @model JwtTemplate from JWTTemplate
  // @override claims value: data.claims
  // <generated:JwtTemplate>
  /** Unique id of the template. */
  declare readonly id: string;
  /** Name of the template; sessions mint tokens from it by this name. */
  declare readonly name: string;
  /** The claims the template adds, with their shortcodes, copied as the API sent them (keys untouched). */
  declare readonly claims: Record<string, unknown>;
  /** How long minted tokens are valid, in seconds. */
  declare readonly lifetime: number;
  /** Leeway allowed for clock differences when the tokens are checked, in seconds. */
  declare readonly allowedClockSkew: number;
  /** Whether tokens are signed with your own key instead of the instance's. */
  declare readonly customSigningKey: boolean;
  /** Signing algorithm of the minted tokens, such as `RS256`. */
  declare readonly signingAlgorithm: string;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number;
  /** Builds a JwtTemplate from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: JwtTemplateJSON) => JwtTemplate;

  /** Maps the wire JSON; prefer {@link JwtTemplate.fromJSON}. */
  constructor(data: JwtTemplateJSON) {
    super(data);
    this.id = data.id;
    this.name = data.name;
    this.claims = data.claims;
    this.lifetime = data.lifetime;
    this.allowedClockSkew = data.allowed_clock_skew;
    this.customSigningKey = data.custom_signing_key;
    this.signingAlgorithm = data.signing_algorithm;
    this.createdAt = data.created_at;
    this.updatedAt = data.updated_at;
  }
  // </generated:JwtTemplate>
}

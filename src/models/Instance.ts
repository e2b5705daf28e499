import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of an instance (spec schema `Instance`).
 * @public
 */
export interface InstanceJSON {
  // <generated:InstanceJSON>
  object: 'instance';
  id: string;
  environment_type: string;
  allowed_origins: string[] | null;
  workspace_id: string | null;
  // </generated:InstanceJSON>
}

/**
 * The Clerk instance the secret key belongs to.
 * @public
 */
export class Instance extends ClerkModel<InstanceJSON> {
  // @model Instance from Instance
  // @override allowed_origins type: string[] | null
  // @override allowed_origins value: data.allowed_origins ?? null
  // <generated:Instance>
  /** Unique id of the instance. */
  declare readonly id: string;
  /** Environment of the instance, such as `development` or `production`. */
  declare readonly environmentType: string;
  /** Extra origins allowed to call the instance (browser extensions, native shells); null when none are set. */
  declare readonly allowedOrigins: string[] | null;
  /** Workspace the instance belongs to, if any. */
  declare readonly workspaceId: string | null;
  /** Builds an Instance from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: InstanceJSON) => Instance;

  /** Maps the wire JSON; prefer {@link Instance.fromJSON}. */
  constructor(data: InstanceJSON) {
    super(data);
    this.id = data.id;
    this.environmentType = data.environment_type;
    this.allowedOrigins = data.allowed_origins ?? null;
    this.workspaceId = data.workspace_id ?? null;
  }
  // </generated:Instance>
}

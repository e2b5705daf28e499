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
export class Instance {
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
  readonly #raw: InstanceJSON;

  /** Maps the wire JSON; prefer {@link Instance.fromJSON}. */
  constructor(data: InstanceJSON) {
    this.id = data.id;
    this.environmentType = data.environment_type;
    this.allowedOrigins = data.allowed_origins ?? null;
    this.workspaceId = data.workspace_id ?? null;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): InstanceJSON {
    return this.#raw;
  }

  /** Builds an Instance from the API's JSON. */
  static fromJSON(data: InstanceJSON): Instance {
    return make(data);
  }
  // </generated:Instance>
}

// <generated:make-Instance>
function make(data: InstanceJSON): Instance {
  return new Instance(data);
}
// </generated:make-Instance>

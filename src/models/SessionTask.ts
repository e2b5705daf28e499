import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a step the user still has to complete before a pending session becomes active.
 * @public
 */
export interface SessionTaskJSON {
  // <generated:SessionTaskJSON>
  key: string;
  // </generated:SessionTaskJSON>
}

/**
 * A step the user must finish (for example choosing an organization) before the session is fully active.
 * @public
 */
export class SessionTask extends ClerkModel<SessionTaskJSON> {
  // @model SessionTask from SessionTask
  // <generated:SessionTask>
  /** Identifies which step is outstanding. */
  declare readonly key: string;
  /** Builds a SessionTask from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: SessionTaskJSON) => SessionTask;

  /** Maps the wire JSON; prefer {@link SessionTask.fromJSON}. */
  constructor(data: SessionTaskJSON) {
    super(data);
    this.key = data.key;
  }
  // </generated:SessionTask>
}

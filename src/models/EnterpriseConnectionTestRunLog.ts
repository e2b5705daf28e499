/**
 * Wire shape of one log line recorded during an enterprise connection test run.
 * @public
 */
export interface EnterpriseConnectionTestRunLogJSON {
  level: string;
  code?: string;
  short_message?: string;
  message: string;
}

/**
 * One step or problem recorded while an enterprise connection test run went through the sign-in flow.
 * @public
 */
export class EnterpriseConnectionTestRunLog {
  /** Severity, such as `info` or `error`. */
  readonly level: string;
  /** Machine-readable code of the entry, if any. */
  readonly code: string | null;
  /** One-line summary, if any. */
  readonly shortMessage: string | null;
  /** Full text of the entry. */
  readonly message: string;
  readonly #raw: EnterpriseConnectionTestRunLogJSON;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunLog.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunLogJSON) {
    this.level = data.level;
    this.code = data.code ?? null;
    this.shortMessage = data.short_message ?? null;
    this.message = data.message;
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): EnterpriseConnectionTestRunLogJSON {
    return this.#raw;
  }

  /** Builds an EnterpriseConnectionTestRunLog from the API's JSON. */
  static fromJSON(data: EnterpriseConnectionTestRunLogJSON): EnterpriseConnectionTestRunLog {
    return new EnterpriseConnectionTestRunLog(data);
  }
}

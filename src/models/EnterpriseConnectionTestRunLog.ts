import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of one log line recorded during an enterprise connection test run.
 * @public
 */
export interface EnterpriseConnectionTestRunLogJSON {
  // <generated:EnterpriseConnectionTestRunLogJSON>
  level: string;
  code?: string;
  short_message?: string;
  message: string;
  // </generated:EnterpriseConnectionTestRunLogJSON>
}

/**
 * One step or problem recorded while an enterprise connection test run went through the sign-in flow.
 * @public
 */
export class EnterpriseConnectionTestRunLog extends ClerkModel<EnterpriseConnectionTestRunLogJSON> {
  // @model EnterpriseConnectionTestRunLog from #/components/schemas/EnterpriseConnectionTestRun/properties/logs/items
  // <generated:EnterpriseConnectionTestRunLog>
  /** Severity, such as `info` or `error`. */
  declare readonly level: string;
  /** Machine-readable code of the entry, if any. */
  declare readonly code: string | null;
  /** One-line summary, if any. */
  declare readonly shortMessage: string | null;
  /** Full text of the entry. */
  declare readonly message: string;
  /** Builds an EnterpriseConnectionTestRunLog from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: EnterpriseConnectionTestRunLogJSON) => EnterpriseConnectionTestRunLog;

  /** Maps the wire JSON; prefer {@link EnterpriseConnectionTestRunLog.fromJSON}. */
  constructor(data: EnterpriseConnectionTestRunLogJSON) {
    super(data);
    this.level = data.level;
    this.code = data.code ?? null;
    this.shortMessage = data.short_message ?? null;
    this.message = data.message;
  }
  // </generated:EnterpriseConnectionTestRunLog>
}

import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of a DNS CNAME record a domain needs.
 * @public
 */
export interface CNameTargetJSON {
  // <generated:CNameTargetJSON>
  host: string;
  value: string;
  required: boolean;
  // </generated:CNameTargetJSON>
}

/**
 * One CNAME record to create at your DNS provider so Clerk can serve a domain.
 * @public
 */
export class CNameTarget extends ClerkModel<CNameTargetJSON> {
  // @model CNameTarget from CNameTarget
  // <generated:CNameTarget>
  /** Host name the record is created on. */
  declare readonly host: string;
  /** Target the record must point to. */
  declare readonly value: string;
  /** Whether the domain cannot work without this record (false for optional ones). */
  declare readonly required: boolean;
  /** Builds a CNameTarget from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: CNameTargetJSON) => CNameTarget;

  /** Maps the wire JSON; prefer {@link CNameTarget.fromJSON}. */
  constructor(data: CNameTargetJSON) {
    super(data);
    this.host = data.host;
    this.value = data.value;
    this.required = data.required;
  }
  // </generated:CNameTarget>
}

// Reads the generated operation table (./operations.generated.ts) into one entry per operation key, on first use.
import { OPERATIONS, type OperationKey } from './operations.generated';

let entries: Map<string, string> | undefined;

/** Every operation key with its entry (`METHOD PATH FLAGS MAPS`, see the format in operations.generated.ts). */
export function operationTable(): ReadonlyMap<string, string> {
  if (entries === undefined) {
    entries = new Map();
    for (const resource of Object.keys(OPERATIONS)) {
      for (const line of (OPERATIONS[resource] as string).split('\n')) {
        const at = line.indexOf(' ');
        if (at > 0) entries.set(`${resource}.${line.slice(0, at)}`, line.slice(at + 1));
      }
    }
  }
  return entries;
}

/** The table entry of one operation; a key the table lacks is a bug in the SDK, so it throws. */
export function operation(key: OperationKey): string {
  const entry = operationTable().get(key);
  if (entry === undefined) throw new Error(`No operation ${key} in the operation table`);
  return entry;
}

// Key conversion follows the `snake-case` package's word splitting (the one snakecase-keys 5+ uses),
// so `primaryEmailAddressID` → `primary_email_address_id` and `web3Wallet` → `web3_wallet`, matching the spec.
// The older `to-snake-case` algorithm would give `primary_email_address_i_d`.
const snakeCache = new Map<string, string>();

export function toSnakeCase(key: string): string {
  let out = snakeCache.get(key);
  if (out === undefined) {
    out = key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
      .toLowerCase();
    if (snakeCache.size < 2000) snakeCache.set(key, out);
  }
  return out;
}

export function toCamelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Shallow: only the object's own keys are converted; values (metadata maps included) are kept as they are. */
export function toSnakeKeys(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value !== undefined) out[toSnakeCase(key)] = value;
  }
  return out;
}

/**
 * Deep conversion, for the few bodies whose nested keys are fixed by the spec (SAML/OIDC blocks).
 * Keys listed in `keep` (snake_case, at any depth) hold user-owned maps and are copied without touching their
 * contents; each operation's literal at its call site lists them (the format is in src/api/operations.generated.ts).
 */
export function toSnakeKeysDeep(input: unknown, keep: readonly string[]): unknown {
  if (Array.isArray(input)) return input.map((item) => toSnakeKeysDeep(item, keep));
  if (!isPlainObject(input)) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value === undefined) continue;
    const snake = toSnakeCase(key);
    out[snake] = keep.includes(snake) ? value : toSnakeKeysDeep(value, keep);
  }
  return out;
}

/** Deep camelCase for maps whose keys the API owns (error `meta`); user metadata never goes through here. */
export function toCamelKeysDeep(input: unknown): unknown {
  if (Array.isArray(input)) return input.map(toCamelKeysDeep);
  if (!isPlainObject(input)) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) out[toCamelCase(key)] = toCamelKeysDeep(input[key]);
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
